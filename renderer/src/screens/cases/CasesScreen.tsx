import { useCallback, useEffect, useState } from 'react';
import { t } from '../../../../shared/i18n';
import type { CaseRecord } from '../../../../shared/case';
import type { AppErrorShape } from '../../../../shared/result';
import { ErrorNotice, STATUS_TONE, ScreenHeader, StatusBadge, formatDateTime } from '../../components/common';
import { CaseForm } from './CaseForm';
import { useLastChecks, type LastCheck } from './useLastChecks';

type Props = { onOpen: (c: CaseRecord) => void };

type RowActions = {
  onOpen: (c: CaseRecord) => void;
  onDuplicate: (c: CaseRecord) => Promise<void>;
  onArchive: (c: CaseRecord, archived: boolean) => Promise<void>;
};

function CaseRow({
  c,
  last,
  onOpen,
  onDuplicate,
  onArchive,
}: RowActions & { c: CaseRecord; last: LastCheck | undefined }) {
  return (
    <tr>
      <td>
        <button type="button" className="link strong" onClick={() => onOpen(c)}>
          {c.companyName}
        </button>
        <div className="muted small">{c.legalRepresentative}</div>
      </td>
      <td>
        {c.storeName ?? '—'}
        {c.storeId && <div className="muted small">{c.storeId}</div>}
      </td>
      <td className="mono">{c.uscc || '—'}</td>
      <td>
        <StatusBadge status={STATUS_TONE[c.status]} label={t(`case.status.${c.status}`)} />
      </td>
      <td data-testid="last-check">
        {last ? (
          <>
            <StatusBadge status={last.status} />
            <div className="muted small">{formatDateTime(last.at)}</div>
          </>
        ) : (
          <span className="muted">{t('ui.cases.neverChecked')}</span>
        )}
      </td>
      <td className="muted">{formatDateTime(c.updatedAt)}</td>
      <td className="row-actions">
        <button type="button" className="btn btn-small" onClick={() => onOpen(c)}>
          {t('ui.cases.open')}
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => void onDuplicate(c)}>
          {t('ui.cases.duplicate')}
        </button>
        {c.status === 'archived' ? (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => void onArchive(c, false)}>
            {t('ui.cases.unarchive')}
          </button>
        ) : (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => void onArchive(c, true)}>
            {t('ui.cases.archive')}
          </button>
        )}
      </td>
    </tr>
  );
}

function CaseTable({
  cases,
  lastChecks,
  ...actions
}: RowActions & { cases: CaseRecord[]; lastChecks: ReturnType<typeof useLastChecks> }) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid="case-table">
        <thead>
          <tr>
            <th scope="col">{t('ui.cases.col.company')}</th>
            <th scope="col">{t('ui.cases.col.store')}</th>
            <th scope="col">{t('ui.cases.col.uscc')}</th>
            <th scope="col">{t('ui.cases.col.status')}</th>
            <th scope="col">{t('ui.cases.col.lastCheck')}</th>
            <th scope="col">{t('ui.cases.col.updated')}</th>
            <th scope="col">
              <span className="sr-only">{t('ui.cases.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <CaseRow key={c.id} c={c} last={lastChecks[c.id]} {...actions} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every case (one per store/company): search, create, duplicate, archive, open. */
export function CasesScreen({ onOpen }: Props) {
  const [cases, setCases] = useState<CaseRecord[] | null>(null);
  const [search, setSearch] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const lastChecks = useLastChecks(cases);

  const reload = useCallback(async () => {
    const r = await window.jitkit.case.list({ search: search || undefined, includeArchived: showArchived });
    if (r.ok) setCases(r.value);
    else setError(r.error);
  }, [search, showArchived]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const duplicate = async (c: CaseRecord) => {
    const r = await window.jitkit.case.duplicate({ id: c.id });
    if (!r.ok) setError(r.error);
    await reload();
  };
  const setArchived = async (c: CaseRecord, archived: boolean) => {
    const r = await window.jitkit.case.update({ id: c.id, patch: { status: archived ? 'archived' : 'draft' } });
    if (!r.ok) setError(r.error);
    await reload();
  };

  return (
    <>
      <ScreenHeader
        title={t('ui.cases.title')}
        lead={t('ui.cases.lead')}
        actions={
          !creating && (
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} data-testid="new-case">
              {t('ui.cases.new')}
            </button>
          )
        }
      />
      <ErrorNotice error={error} />
      {creating && (
        <CaseForm
          onCancel={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            onOpen(c);
          }}
        />
      )}
      <div className="toolbar">
        <label className="search">
          <span className="sr-only">{t('ui.cases.search')}</span>
          <input
            type="search"
            value={search}
            placeholder={t('ui.cases.searchPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="case-search"
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          {t('ui.cases.showArchived')}
        </label>
        {cases && <span className="muted">{t('ui.cases.count', { count: cases.length })}</span>}
      </div>
      {cases && cases.length === 0 && (
        <div className="empty">
          <p>{search ? t('ui.cases.noMatch') : t('ui.cases.empty')}</p>
        </div>
      )}
      {cases && cases.length > 0 && (
        <CaseTable
          cases={cases}
          lastChecks={lastChecks}
          onOpen={onOpen}
          onDuplicate={duplicate}
          onArchive={setArchived}
        />
      )}
    </>
  );
}
