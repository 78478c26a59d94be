import { useEffect, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { FileCheck, Finding, Region } from '../../../shared/findings';
import { RegionImage, type OverlayRegion } from './RegionImage';
import { mergeSamePlace } from './label-placement';
import { findingMessage } from './FindingList';

/** Full-size preview the service renders (PDFs: the page shown, at print-like resolution). */
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

/**
 * The regions to draw on one page of a file (an image is page 1), the finding's own first and
 * labelled as the place to check. A region without a page belongs to the first page; a finding's
 * region on the same place as one of the file's own is drawn once, with both labels.
 */
export function overlayRegions(check: FileCheck | undefined, active?: Finding | null, page = 1): OverlayRegion[] {
  const own = (check?.regions ?? []).map((r) => ({ ...r, label: regionLabel(r.label) }));
  const fromFindings = (check?.findings ?? []).flatMap((f, i) =>
    f.region ? [findingRegion(f, f.region, i, active)] : [],
  );
  return mergeSamePlace([...own, ...fromFindings].filter((r) => (r.page ?? 1) === page));
}

function findingRegion(f: Finding, r: Region, i: number, active?: Finding | null): OverlayRegion {
  const fallback = f.code === 'INVENTORY_NOT_ZERO' ? t('ui.region.row') : t('ui.region.problem');
  return {
    ...r,
    id: `finding-${i}`,
    label: regionLabel(r.label) ?? fallback,
    tone: f === active ? 'active' : f.severity === 'error' ? 'seal' : 'watermark',
  };
}

/** The full-size JPEG of one page (object URL, revoked on change) and the file's page count. */
function useFullPreview(materialId: string, page: number): { url: string | null; pages: number } {
  const [state, setState] = useState<{ url: string | null; pages: number }>({ url: null, pages: 1 });
  useEffect(() => {
    let u: string | null = null;
    let live = true;
    setState((s) => ({ url: null, pages: s.pages }));
    void window.jitkit.materials.preview({ id: materialId, maxSize: FULL_SIZE, page }).then((r) => {
      if (!r.ok || !live) return;
      u = URL.createObjectURL(new Blob([r.value.data.slice()], { type: r.value.mime }));
      setState({ url: u, pages: r.value.pages });
    });
    return () => {
      live = false;
      if (u) URL.revokeObjectURL(u);
    };
  }, [materialId, page]);
  return state;
}

function useEscape(onClose: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
}

type PageBarProps = { page: number; pages: number; findingPage: number | null; onPage: (page: number) => void };

/** Page navigation for a PDF of more than one page, with a jump to the marked page. */
function PageBar({ page, pages, findingPage, onPage }: PageBarProps) {
  if (pages <= 1) return null;
  return (
    <div className="viewer-pages" data-testid="viewer-pages">
      <button
        type="button"
        className="btn btn-small"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
        data-testid="viewer-prev"
      >
        {t('ui.viewer.prevPage')}
      </button>
      <span className="small" data-testid="viewer-page" data-page={page} data-pages={pages}>
        {t('ui.viewer.page', { page, total: pages })}
      </span>
      <button
        type="button"
        className="btn btn-small"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
        data-testid="viewer-next"
      >
        {t('ui.viewer.nextPage')}
      </button>
      {findingPage !== null && findingPage !== page && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onPage(findingPage)}
          data-testid="viewer-goto-finding"
        >
          {t('ui.viewer.findingPage', { page: findingPage })}
        </button>
      )}
    </div>
  );
}

type ZoomBarProps = { name: string; scale: number; onZoom: (step: number | 'fit') => void; onClose: () => void };

function ZoomBar({ name, scale, onZoom, onClose }: ZoomBarProps) {
  return (
    <div className="viewer-bar">
      <strong className="viewer-name">{name}</strong>
      <span className="muted small">{t('ui.viewer.hint')}</span>
      <button type="button" className="btn btn-small" onClick={() => onZoom(-1)} data-testid="viewer-zoom-out">
        {t('ui.viewer.zoomOut')}
      </button>
      <span className="small" data-testid="viewer-scale">
        {Math.round(scale * 100)}%
      </span>
      <button type="button" className="btn btn-small" onClick={() => onZoom(1)} data-testid="viewer-zoom-in">
        {t('ui.viewer.zoomIn')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => onZoom('fit')} data-testid="viewer-fit">
        {t('ui.viewer.fit')}
      </button>
      <button type="button" className="btn btn-small btn-primary" onClick={onClose} data-testid="viewer-close">
        {t('ui.viewer.close')}
      </button>
    </div>
  );
}

/** Zoom steps and the pan offset (dragging pans only when zoomed in). */
function useZoomPan() {
  const [zoom, setZoom] = useState(0);
  const [pan, setPan] = useState({ x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number; px: number; py: number } | null>(null);
  const zoomTo = (i: number) => {
    setZoom(Math.max(0, Math.min(ZOOMS.length - 1, i)));
    if (i <= 0) setPan({ x: 0, y: 0 });
  };
  const stage = {
    onWheel: (e: React.WheelEvent) => zoomTo(zoom + (e.deltaY < 0 ? 1 : -1)),
    onPointerDown: (e: React.PointerEvent) => {
      drag.current = { x: e.clientX, y: e.clientY, px: pan.x, py: pan.y };
    },
    onPointerMove: (e: React.PointerEvent) => {
      const d = drag.current;
      if (d && zoom > 0) setPan({ x: d.px + e.clientX - d.x, y: d.py + e.clientY - d.y });
    },
    onPointerUp: () => {
      drag.current = null;
    },
    onPointerLeave: () => {
      drag.current = null;
    },
  };
  const onZoom = (step: number | 'fit') => zoomTo(step === 'fit' ? 0 : zoom + step);
  return { scale: ZOOMS[zoom] ?? 1, pan, stage, onZoom };
}

type Props = {
  materialId: string;
  name: string;
  check: FileCheck | undefined;
  finding: Finding | null;
  onClose: () => void;
};

/**
 * The whole file at full resolution with the regions of the page shown: zoom (buttons, wheel),
 * pan (drag), fit; PDFs page by page, opened on the page the finding marks.
 */
export function MaterialViewer({ materialId, name, check, finding, onClose }: Props) {
  const findingPage = finding?.region ? (finding.region.page ?? 1) : null;
  const [page, setPage] = useState(findingPage ?? 1);
  const { url, pages } = useFullPreview(materialId, page);
  const { scale, pan, stage, onZoom } = useZoomPan();
  useEscape(onClose);
  return (
    <div
      className="viewer-backdrop"
      role="dialog"
      aria-modal="true"
      aria-label={t('ui.viewer.title', { name })}
      data-testid="viewer"
      data-zoom={scale}
    >
      <div className="viewer">
        <ZoomBar name={name} scale={scale} onZoom={onZoom} onClose={onClose} />
        {finding && <p className={`finding finding-${finding.severity} viewer-finding`}>{findingMessage(finding)}</p>}
        <PageBar
          page={page}
          pages={pages}
          findingPage={findingPage}
          onPage={(p) => setPage(Math.max(1, Math.min(pages, p)))}
        />
        <div className="viewer-stage" {...stage}>
          {url ? (
            <div className="viewer-canvas" style={{ transform: `translate(${pan.x}px, ${pan.y}px) scale(${scale})` }}>
              <RegionImage
                src={url}
                alt={name}
                regions={overlayRegions(check, finding, page)}
                imageSize={check?.imageSize}
              />
            </div>
          ) : (
            <p className="muted" role="status">
              {t('ui.viewer.loading')}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
