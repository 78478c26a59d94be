import { t } from '../../../../shared/i18n';
import { worstStatus, type FileStatus } from '../../../../shared/findings';
import { ProgressBar, StatusBadge } from '../../components/common';
import { TABLE_FROM } from './materials-model';
import type { Progress } from './useMaterials';

/** The Materials screen's bars: header actions, the running job, the summary, the view options. */

type HeaderProps = {
  running: boolean;
  empty: boolean;
  onCancel: () => void;
  onRecheck: () => void;
  onNext: () => void;
};

export function HeaderActions({ running, empty, onCancel, onRecheck, onNext }: HeaderProps) {
  return (
    <>
      {running ? (
        <button type="button" className="btn" onClick={onCancel} data-testid="cancel-checks">
          {t('ui.materials.cancel')}
        </button>
      ) : (
        <button type="button" className="btn" onClick={onRecheck} disabled={empty} data-testid="recheck">
          {t('ui.materials.recheck')}
        </button>
      )}
      <button type="button" className="btn btn-primary" onClick={onNext}>
        {t('ui.materials.toReview')}
      </button>
    </>
  );
}

/** N/M while the job runs (it lives outside the screen, so it survives navigation). */
export function ChecksProgress({ progress }: { progress: NonNullable<Progress> }) {
  return (
    <div className="overall card" role="status" data-testid="checks-running">
      <div className="row">
        <strong>{t('ui.materials.checking')}</strong>
        <span data-testid="checks-count">
          {t('ui.materials.progressCount', { done: progress.done, total: progress.total })}
        </span>
        <span className="muted small">{progress.label && t('ui.materials.checked', { name: progress.label })}</span>
      </div>
      <ProgressBar
        value={progress.total > 0 ? progress.done / progress.total : 0}
        label={t('ui.materials.overallProgress')}
      />
    </div>
  );
}

export function MaterialsSummary({ total, statuses }: { total: number; statuses: FileStatus[] }) {
  return (
    <div className="row summary-row" data-testid="materials-summary">
      <StatusBadge status={worstStatus(statuses)} />
      <span>
        {t('ui.materials.summary', {
          total: total,
          fail: statuses.filter((s) => s === 'fail').length,
          warn: statuses.filter((s) => s === 'warn').length,
        })}
      </span>
    </div>
  );
}

type ToolbarProps = {
  count: number;
  onlyFailing: boolean;
  onOnlyFailing: (v: boolean) => void;
  compact: boolean;
  onCompact: (v: boolean) => void;
};

/** "只看未通过" and, from TABLE_FROM files on, the compact table. */
export function MaterialsToolbar({ count, onlyFailing, onOnlyFailing, compact, onCompact }: ToolbarProps) {
  return (
    <div className="materials-toolbar">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={onlyFailing}
          onChange={(e) => onOnlyFailing(e.target.checked)}
          data-testid="only-failing"
        />
        {t('ui.materials.onlyFailing')}
      </label>
      {count >= TABLE_FROM && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={compact}
            onChange={(e) => onCompact(e.target.checked)}
            data-testid="table-view"
          />
          {t('ui.materials.tableView')}
        </label>
      )}
    </div>
  );
}
