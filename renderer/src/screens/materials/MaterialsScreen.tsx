import { useState } from 'react';
import { t } from '../../../../shared/i18n';
import { worstStatus, type Finding, type MaterialKind } from '../../../../shared/findings';
import { ErrorNotice, ProgressBar, ScreenHeader, StatusBadge } from '../../components/common';
import { DropZone } from '../../components/DropZone';
import { FindingList } from '../../components/FindingList';
import { MaterialViewer } from '../../components/MaterialViewer';
import { FileCard } from './FileCard';
import { MaterialsTable } from './MaterialsTable';
import { SlotQuestion, slotConflict } from './SlotQuestion';
import { MATERIAL_KINDS, STATUS_RANK, TABLE_FROM, effectiveKind, type Material } from './materials-model';
import { useMaterials } from './useMaterials';
import type { ScreenProps } from '../common/screen-props';

/** One drop zone for everything; files sorted into kinds by content, checked as they arrive. */
export function MaterialsScreen({ caseRecord, goTo }: ScreenProps) {
  const m = useMaterials(caseRecord.id);
  const [onlyFailing, setOnlyFailing] = useState(false);
  const [table, setTable] = useState<boolean | null>(null);
  const [viewing, setViewing] = useState<{ material: Material; finding: Finding | null } | null>(null);
  const list = m.materials ?? [];
  const statuses = list.map((x) => m.checks.get(x.id)?.status).filter((s) => s !== undefined);
  const shown = onlyFailing ? list.filter((x) => (m.checks.get(x.id)?.status ?? 'pass') !== 'pass') : list;
  const compact = table ?? list.length >= TABLE_FROM;
  const groups = MATERIAL_KINDS.map((kind) => ({
    kind,
    items: shown
      .filter((x) => effectiveKind(x, m.checks.get(x.id)) === kind)
      .sort(
        (a, b) => STATUS_RANK[m.checks.get(a.id)?.status ?? 'pass'] - STATUS_RANK[m.checks.get(b.id)?.status ?? 'pass'],
      ),
  })).filter((g) => g.items.length > 0);
  const conflict = m.running ? null : slotConflict(list, m.checks);
  const actionsFor = (x: Material) => ({
    onReview: (code: Finding['code'], note: string) => void m.review(x.id, code, note),
    onUndo: (code: Finding['code']) => void m.unreview(x.id, code),
  });

  return (
    <>
      <ScreenHeader
        title={t('ui.materials.title')}
        lead={t('ui.materials.lead')}
        actions={
          <>
            {m.running ? (
              <button type="button" className="btn" onClick={() => void m.cancel()} data-testid="cancel-checks">
                {t('ui.materials.cancel')}
              </button>
            ) : (
              <button
                type="button"
                className="btn"
                onClick={() => m.recheckAll()}
                disabled={list.length === 0}
                data-testid="recheck"
              >
                {t('ui.materials.recheck')}
              </button>
            )}
            <button type="button" className="btn btn-primary" onClick={() => goTo('review')}>
              {t('ui.materials.toReview')}
            </button>
          </>
        }
      />
      <ErrorNotice error={m.error} />
      <DropZone
        label={t('ui.materials.drop')}
        hint={t('ui.materials.dropHint')}
        multiple
        onFiles={(f) => void m.drop(f)}
        testId="materials-drop"
        compact={list.length > 0}
      />
      {m.progress && (
        <div className="overall card" role="status" data-testid="checks-running">
          <div className="row">
            <strong>{t('ui.materials.checking')}</strong>
            <span data-testid="checks-count">
              {t('ui.materials.progressCount', { done: m.progress.done, total: m.progress.total })}
            </span>
            <span className="muted small">
              {m.progress.label && t('ui.materials.checked', { name: m.progress.label })}
            </span>
          </div>
          <ProgressBar
            value={m.progress.total > 0 ? m.progress.done / m.progress.total : 0}
            label={t('ui.materials.overallProgress')}
          />
        </div>
      )}
      {conflict && <SlotQuestion conflict={conflict} onRemove={(id) => void m.removeNow(id)} />}
      {m.removing && (
        <div className="notice notice-info slot-question" role="status" data-testid="removed">
          <span>{t('ui.materials.removed', { name: m.removing.originalName })}</span>
          <button type="button" className="btn btn-small" onClick={m.undoRemove} data-testid="undo-remove">
            {t('ui.finding.undo')}
          </button>
        </div>
      )}
      {!m.running && statuses.length > 0 && (
        <div className="row summary-row" data-testid="materials-summary">
          <StatusBadge status={worstStatus(statuses)} />
          <span>
            {t('ui.materials.summary', {
              total: list.length,
              fail: statuses.filter((s) => s === 'fail').length,
              warn: statuses.filter((s) => s === 'warn').length,
            })}
          </span>
        </div>
      )}
      {list.length > 0 && (
        <div className="materials-toolbar">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={onlyFailing}
              onChange={(e) => setOnlyFailing(e.target.checked)}
              data-testid="only-failing"
            />
            {t('ui.materials.onlyFailing')}
          </label>
          {list.length >= TABLE_FROM && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={compact}
                onChange={(e) => setTable(e.target.checked)}
                data-testid="table-view"
              />
              {t('ui.materials.tableView')}
            </label>
          )}
        </div>
      )}
      {!m.running && m.caseFindings.length > 0 && (
        <div className="card" data-testid="case-findings">
          <FindingList
            findings={m.caseFindings}
            actions={{
              onReview: (code, note) => void m.review(null, code, note),
              onUndo: (code) => void m.unreview(null, code),
            }}
          />
        </div>
      )}
      {compact ? (
        <MaterialsTable
          items={groups.flatMap((g) => g.items.map((x) => ({ material: x, kind: g.kind })))}
          checks={m.checks}
          pending={m.pending}
          actionsFor={actionsFor}
          onView={(x, f) => setViewing({ material: x, finding: f })}
        />
      ) : (
        groups.map((g) => (
          <section key={g.kind} className="kind-group" aria-labelledby={`group-${g.kind}`}>
            <h2 className="kind-group-head" id={`group-${g.kind}`}>
              {t(`ui.kind.${g.kind}`)}
              <span className="muted small">{g.items.length}</span>
            </h2>
            <div className="cards">
              {g.items.map((x) => (
                <FileCard
                  key={x.id}
                  material={x}
                  kind={g.kind}
                  check={m.checks.get(x.id)}
                  thumb={m.thumbs[x.id]}
                  checking={m.pending.includes(x.id)}
                  running={m.running}
                  actions={actionsFor(x)}
                  onKind={(k: MaterialKind) => void m.setKind(x, k)}
                  onReplace={(f) => void m.replace(x, f, g.kind)}
                  onRemove={() => m.remove(x.id)}
                  onView={(f) => setViewing({ material: x, finding: f })}
                />
              ))}
            </div>
          </section>
        ))
      )}
      {viewing && (
        <MaterialViewer
          materialId={viewing.material.id}
          name={viewing.material.originalName}
          check={m.checks.get(viewing.material.id)}
          finding={viewing.finding}
          onClose={() => setViewing(null)}
        />
      )}
    </>
  );
}
