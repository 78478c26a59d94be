import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Region } from '../../../shared/findings';
import { alignsEnd, labelPlacement, type Placement } from './label-placement';

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
  const { ref, layout } = useLayoutTick();
  return (
    <div className="figure" ref={ref}>
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
              {r.label && <RegionLabel text={r.label} layout={layout} />}
            </div>
          )
        );
      })}
    </div>
  );
}

/** Counts the figure's size changes (image loaded, window resized): labels are placed again on each. */
function useLayoutTick() {
  const ref = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState(0);
  useEffect(() => {
    const figure = ref.current;
    if (!figure || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setLayout((n) => n + 1));
    observer.observe(figure);
    return () => observer.disconnect();
  }, []);
  return { ref, layout };
}

/** A region's label, placed where it hides neither the region nor its neighbouring line (see labelPlacement). */
function RegionLabel({ text, layout }: { text: string; layout: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [place, setPlace] = useState<Placement & { end: boolean }>({ at: 'above', end: false });
  useLayoutEffect(() => {
    const label = ref.current;
    const region = label?.parentElement;
    const figure = region?.parentElement;
    if (!label || !region || !figure || figure.clientHeight === 0) return;
    // Layout pixels (offset*), untouched by the viewer's zoom transform; the label's one-line size.
    const box = { x: region.offsetLeft, y: region.offsetTop, width: region.offsetWidth, height: region.offsetHeight };
    const size = oneLineSize(label, figure);
    const space = { width: figure.clientWidth, height: figure.clientHeight };
    const next = labelPlacement(box, size, space);
    const end = (next.at === 'above' || next.at === 'below') && alignsEnd(box, size, space);
    setPlace((prev) =>
      prev.at === next.at && prev.maxWidth === next.maxWidth && prev.end === end ? prev : { ...next, end },
    );
  }, [text, layout]);
  const wraps = place.maxWidth !== undefined;
  return (
    <span
      ref={ref}
      className={`region-label region-label-${place.at}${place.end ? ' region-label-end' : ''}${wraps ? ' region-label-wrap' : ''}`}
      style={wraps ? { maxWidth: `${place.maxWidth}px` } : undefined}
      data-place={place.at}
    >
      {text}
    </span>
  );
}

/** The label's size on one line, measured on an invisible copy (the label itself may be wrapped). */
function oneLineSize(label: HTMLElement, figure: HTMLElement): { width: number; height: number } {
  const probe = label.cloneNode(true) as HTMLElement;
  probe.removeAttribute('style');
  probe.style.cssText = 'position:absolute;visibility:hidden;left:0;top:0;white-space:nowrap;max-width:none';
  figure.appendChild(probe);
  const size = { width: probe.offsetWidth, height: probe.offsetHeight };
  probe.remove();
  return size;
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
