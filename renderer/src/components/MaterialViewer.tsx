import { useEffect, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { FileCheck, Finding, Region } from '../../../shared/findings';
import { RegionImage, type OverlayRegion } from './RegionImage';
import { findingMessage } from './FindingList';

/** Full-size preview the service renders (PDFs: page 1 at print-like resolution). */
const FULL_SIZE = 2048;
const ZOOMS = [1, 1.5, 2, 3, 4, 6];

/** A region's label in the user's language: "watermark 2026-11-18" → "时间水印 2026-11-18". */
export function regionLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const [head = '', ...rest] = label.split(' ');
  const key = `ui.region.${head}`;
  const text = t(key);
  return text === key ? label : [text, ...rest].join(' ');
}

/** The regions to draw for a file, the finding's own first and labelled as the place to check. */
export function overlayRegions(check: FileCheck | undefined, active?: Finding | null): OverlayRegion[] {
  const own = (check?.regions ?? []).map((r) => ({ ...r, label: regionLabel(r.label) }));
  const fromFindings = (check?.findings ?? []).flatMap((f, i) => (f.region ? [findingRegion(f, f.region, i, active)] : []));
  return [...own, ...fromFindings];
}

function findingRegion(f: Finding, r: Region, i: number, active?: Finding | null): OverlayRegion {
  const label = f.code === 'INVENTORY_NOT_ZERO' ? t('ui.region.row') : (regionLabel(r.label) ?? t('ui.region.problem'));
  return { ...r, id: `finding-${i}`, label, tone: f === active ? 'active' : f.severity === 'error' ? 'seal' : 'watermark' };
}

type Props = { materialId: string; name: string; check: FileCheck | undefined; finding: Finding | null; onClose: () => void };

/** The whole file at full resolution with the regions: zoom (buttons, wheel), pan (drag), fit. */
export function MaterialViewer({ materialId, name, check, finding, onClose }: Props) {
  const [url, setUrl] = useState<string | null>(null);
  const [zoom, setZoom] = useState(0);
  const [pan, setPan] = useState({ x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number; px: number; py: number } | null>(null);

  useEffect(() => {
    let u: string | null = null;
    void window.jitkit.materials.preview({ id: materialId, maxSize: FULL_SIZE }).then((r) => {
      if (!r.ok) return;
      u = URL.createObjectURL(new Blob([r.value.data.slice()], { type: r.value.mime }));
      setUrl(u);
    });
    return () => {
      if (u) URL.revokeObjectURL(u);
    };
  }, [materialId]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const zoomTo = (i: number) => {
    setZoom(Math.max(0, Math.min(ZOOMS.length - 1, i)));
    if (i <= 0) setPan({ x: 0, y: 0 });
  };
  const scale = ZOOMS[zoom] ?? 1;
  return (
    <div className="viewer-backdrop" role="dialog" aria-modal="true" aria-label={t('ui.viewer.title', { name })} data-testid="viewer" data-zoom={scale}>
      <div className="viewer">
        <div className="viewer-bar">
          <strong className="viewer-name">{name}</strong>
          <span className="muted small">{t('ui.viewer.hint')}</span>
          <button type="button" className="btn btn-small" onClick={() => zoomTo(zoom - 1)} data-testid="viewer-zoom-out">{t('ui.viewer.zoomOut')}</button>
          <span className="small" data-testid="viewer-scale">{Math.round(scale * 100)}%</span>
          <button type="button" className="btn btn-small" onClick={() => zoomTo(zoom + 1)} data-testid="viewer-zoom-in">{t('ui.viewer.zoomIn')}</button>
          <button type="button" className="btn btn-small" onClick={() => zoomTo(0)} data-testid="viewer-fit">{t('ui.viewer.fit')}</button>
          <button type="button" className="btn btn-small btn-primary" onClick={onClose} data-testid="viewer-close">{t('ui.viewer.close')}</button>
        </div>
        {finding && <p className={`finding finding-${finding.severity} viewer-finding`}>{findingMessage(finding)}</p>}
        <div
          className="viewer-stage"
          onWheel={(e) => zoomTo(zoom + (e.deltaY < 0 ? 1 : -1))}
          onPointerDown={(e) => { drag.current = { x: e.clientX, y: e.clientY, px: pan.x, py: pan.y }; }}
          onPointerMove={(e) => { const d = drag.current; if (d && zoom > 0) setPan({ x: d.px + e.clientX - d.x, y: d.py + e.clientY - d.y }); }}
          onPointerUp={() => { drag.current = null; }}
          onPointerLeave={() => { drag.current = null; }}
        >
          {url ? (
            <div className="viewer-canvas" style={{ transform: `translate(${pan.x}px, ${pan.y}px) scale(${scale})` }}>
              <RegionImage src={url} alt={name} regions={overlayRegions(check, finding)} imageSize={check?.imageSize} />
            </div>
          ) : <p className="muted" role="status">{t('ui.viewer.loading')}</p>}
        </div>
      </div>
    </div>
  );
}
