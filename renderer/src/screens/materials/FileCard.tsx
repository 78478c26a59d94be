import { useRef } from 'react';
import { t } from '../../../../shared/i18n';
import type { Finding, MaterialKind } from '../../../../shared/findings';
import { ProgressBar, StatusBadge } from '../../components/common';
import { FindingList, type FindingActions } from '../../components/FindingList';
import { RegionImage } from '../../components/RegionImage';
import { overlayRegions } from '../../components/MaterialViewer';
import { MATERIAL_KINDS, checkedTime, formatSize, type CheckedFile, type Material } from './materials-model';
import type { Thumb } from './useThumbnails';

type Props = {
  material: Material;
  kind: MaterialKind;
  check: CheckedFile | undefined;
  thumb: Thumb | undefined;
  /** This file is waiting in (or being checked by) the running job. */
  checking: boolean;
  running: boolean;
  actions: FindingActions;
  onKind: (kind: MaterialKind) => void;
  onReplace: (file: File) => void;
  onRemove: () => void;
  onView: (f: Finding | null) => void;
};

/** One file: thumbnail with found regions, status, each finding with its fix, actions. */
export function FileCard({
  material,
  kind,
  check,
  thumb,
  checking,
  running,
  actions,
  onKind,
  onReplace,
  onRemove,
  onView,
}: Props) {
  const picker = useRef<HTMLInputElement>(null);
  const regions = overlayRegions(check);
  const status = checking ? 'running' : check ? check.status : 'pending';
  const selectId = `kind-${material.id}`;

  return (
    <article
      className={`file-card${check && !checking ? ` file-card-${check.status}` : ''}`}
      data-testid="file-card"
      data-name={material.originalName}
      data-id={material.id}
      data-status={status}
      data-checked-at={check?.checkedAt ?? ''}
      aria-label={material.originalName}
    >
      <button
        type="button"
        className="thumb thumb-button"
        onClick={() => onView(null)}
        aria-label={t('ui.finding.view')}
        data-testid="open-viewer"
      >
        {thumb ? (
          <RegionImage
            src={thumb.url}
            alt={t('ui.materials.thumbAlt', { name: material.originalName })}
            regions={regions}
            imageSize={check?.imageSize}
          />
        ) : (
          <span>{fileTypeLabel(material.originalName)}</span>
        )}
      </button>
      <div className="file-body">
        <div className="file-card-head">
          <span className="file-name" title={material.originalName}>
            {material.originalName}
          </span>
          <StatusBadge status={status} />
        </div>
        <div className="muted small">
          {formatSize(material.size)}
          {check && ` · ${t('ui.materials.findingCount', { count: check.findings.length })}`}
          {check?.checkedAt && !checking && (
            <span data-testid="checked-at">
              {' '}
              · {t('ui.materials.checkedAt', { time: checkedTime(check.checkedAt) })}
            </span>
          )}
        </div>
        {checking && (
          <ProgressBar value={0.5} label={t('ui.materials.fileProgress', { name: material.originalName })} />
        )}
        {check && !checking && check.findings.length === 0 && <p className="pass-line">{t('ui.materials.allGood')}</p>}
        {check && !checking && (
          <FindingList findings={check.findings} actions={{ ...actions, onView: (f) => onView(f) }} />
        )}
        <div className="file-actions">
          <label className="sr-only" htmlFor={selectId}>
            {t('ui.materials.moveTo')}
          </label>
          <select
            id={selectId}
            value={kind}
            onChange={(e) => onKind(e.target.value as MaterialKind)}
            data-testid="kind-select"
            disabled={running}
          >
            {MATERIAL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`ui.kind.${k}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => picker.current?.click()}
            disabled={checking}
            data-testid="replace"
          >
            {t('ui.materials.replace')}
          </button>
          <button type="button" className="btn btn-small btn-ghost" onClick={onRemove} disabled={checking}>
            {t('ui.materials.remove')}
          </button>
          <input
            ref={picker}
            type="file"
            hidden
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) onReplace(f);
            }}
          />
        </div>
      </div>
    </article>
  );
}

export function fileTypeLabel(name: string): string {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toUpperCase() : '';
  return ext || t('ui.materials.file');
}
