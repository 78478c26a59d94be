import { useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { FileCheck, MaterialKind } from '../../../shared/findings';
import { ProgressBar, StatusBadge } from '../components/common';
import { FindingList } from '../components/FindingList';
import { RegionImage, type OverlayRegion } from '../components/RegionImage';
import { MATERIAL_KINDS, formatSize, type Material } from './materials-model';
import type { Thumb } from './useThumbnails';

type Props = {
  material: Material;
  kind: MaterialKind;
  check: FileCheck | undefined;
  thumb: Thumb | undefined;
  progress: number | undefined;
  running: boolean;
  onKind: (kind: MaterialKind) => void;
  onReplace: (file: File) => void;
  onRemove: () => void;
};

/** One file: thumbnail with found regions, status, each finding with its fix, actions. */
export function FileCard({ material, kind, check, thumb, progress, running, onKind, onReplace, onRemove }: Props) {
  const picker = useRef<HTMLInputElement>(null);
  const [expanded, setExpanded] = useState(false);
  const regions: OverlayRegion[] = [
    ...(check?.regions ?? []),
    ...(check?.findings.flatMap((f) => (f.region ? [{ ...f.region, tone: f.severity === 'error' ? 'seal' : 'watermark' }] : [])) ?? []),
  ].map((r) => ({ ...r, label: r.label ? regionLabel(r.label) : undefined }));
  const status = check ? check.status : running ? 'running' : 'pending';
  const selectId = `kind-${material.id}`;

  return (
    <article className={`file-card${check ? ` file-card-${check.status}` : ''}${expanded ? ' file-card-expanded' : ''}`} data-testid="file-card" data-name={material.originalName} data-status={status} aria-label={material.originalName}>
      <div className="thumb">
        {thumb ? <RegionImage src={thumb.url} alt={t('ui.materials.thumbAlt', { name: material.originalName })} regions={regions} imageSize={check?.imageSize} /> : <span>{fileTypeLabel(material.originalName)}</span>}
      </div>
      <div className="file-body">
        <div className="file-card-head">
          <span className="file-name" title={material.originalName}>{material.originalName}</span>
          <StatusBadge status={status} />
        </div>
        <div className="muted small">{formatSize(material.size)}{check && ` · ${t('ui.materials.findingCount', { count: check.findings.length })}`}</div>
        {progress !== undefined && !check && <ProgressBar value={progress} label={t('ui.materials.fileProgress', { name: material.originalName })} />}
        {check && check.findings.length === 0 && <p className="pass-line">{t('ui.materials.allGood')}</p>}
        {check && <FindingList findings={check.findings} />}
        <div className="file-actions">
          <label className="sr-only" htmlFor={selectId}>{t('ui.materials.moveTo')}</label>
          <select id={selectId} value={kind} onChange={(e) => onKind(e.target.value as MaterialKind)} data-testid="kind-select" disabled={running}>
            {MATERIAL_KINDS.map((k) => <option key={k} value={k}>{t(`ui.kind.${k}`)}</option>)}
          </select>
          <button type="button" className="btn btn-small" onClick={() => picker.current?.click()} disabled={running} data-testid="replace">{t('ui.materials.replace')}</button>
          {thumb && regions.length > 0 && (
            <button type="button" className="btn btn-small btn-ghost" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
              {t(expanded ? 'ui.materials.hideRegions' : 'ui.materials.showRegions')}
            </button>
          )}
          <button type="button" className="btn btn-small btn-ghost" onClick={onRemove} disabled={running}>{t('ui.materials.remove')}</button>
          <input ref={picker} type="file" hidden onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) onReplace(f); }} />
        </div>
      </div>
      {expanded && thumb && (
        <div className="file-zoom">
          <RegionImage src={thumb.url} alt={t('ui.materials.thumbAlt', { name: material.originalName })} regions={regions} imageSize={check?.imageSize} />
        </div>
      )}
    </article>
  );
}

function regionLabel(label: string): string {
  const key = `ui.region.${label}`;
  const text = t(key);
  return text === key ? label : text;
}

function fileTypeLabel(name: string): string {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toUpperCase() : '';
  return ext || t('ui.materials.file');
}
