import { useEffect, useState } from 'react';
import type { Region } from '../../../shared/findings';

export type OverlayRegion = Region & { id?: string; tone?: string };

/**
 * An image with highlighted rectangles. Regions are in the pixel space of `imageSize` (the
 * image the service analysed), so they are drawn as percentages and scale with the view.
 */
export function RegionImage({
  src,
  alt,
  regions,
  imageSize,
  activeId,
}: {
  src: string;
  alt: string;
  regions: OverlayRegion[];
  imageSize?: { width: number; height: number };
  activeId?: string | null;
}) {
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => setNatural(null), [src]);
  const size = imageSize ?? natural;
  return (
    <div className="figure">
      <img
        src={src}
        alt={alt}
        onLoad={(e) => setNatural({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
      />
      {regions.map((r, i) => {
        // A PDF page's region carries its own space (points or OCR pixels); else the checked image's.
        const space = r.pageSize ?? size;
        return (
          space && (
            <div
              key={r.id ?? i}
              className={`region region-${r.tone ?? toneOf(r.label)}${activeId && r.id === activeId ? ' region-active' : ''}`}
              data-testid="region"
              style={{
                left: `${(r.x / space.width) * 100}%`,
                top: `${(r.y / space.height) * 100}%`,
                width: `${(r.width / space.width) * 100}%`,
                height: `${(r.height / space.height) * 100}%`,
              }}
            >
              {r.label && <span className="region-label">{r.label}</span>}
            </div>
          )
        );
      })}
    </div>
  );
}

function toneOf(label: string | undefined): string {
  const l = (label ?? '').toLowerCase();
  if (l.includes('seal') || l.includes('章')) return 'seal';
  if (l.includes('sign') || l.includes('签')) return 'signature';
  if (l.includes('water') || l.includes('time') || l.includes('水印') || l.includes('时间')) return 'watermark';
  return 'field';
}

/** An object URL for bytes, revoked when they change or the component goes away. */
export function useObjectUrl(bytes: Uint8Array | null, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!bytes) {
      setUrl(null);
      return;
    }
    const u = URL.createObjectURL(new Blob([bytes.slice()], { type }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [bytes, type]);
  return url;
}
