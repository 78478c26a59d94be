import { useState } from 'react';
import { t } from '../../../../shared/i18n';
import type { Finding, MaterialKind } from '../../../../shared/findings';
import { ErrorNotice, ScreenHeader } from '../../components/common';
import { DropZone } from '../../components/DropZone';
import { FindingList, type FindingActions } from '../../components/FindingList';
import { MaterialViewer } from '../../components/MaterialViewer';
import { FileCard } from './FileCard';
import { MaterialsTable } from './MaterialsTable';
import { SlotQuestion, slotConflict } from './SlotQuestion';
import { MATERIAL_KINDS, STATUS_RANK, TABLE_FROM, effectiveKind, type Material } from './materials-model';
import { useMaterials } from './useMaterials';
import { ChecksProgress, HeaderActions, MaterialsSummary, MaterialsToolbar } from './MaterialsBars';
import type { ScreenProps } from '../common/screen-props';

type GroupProps = {
  kind: MaterialKind;
  items: Material[];
  m: ReturnType<typeof useMaterials>;
  actionsFor: (x: Material) => FindingActions;
  onView: (x: Material, f: Finding | null) => void;
};

/** The cards of one kind (problems first), each with its actions. */
function KindGroup({ kind, items, m, actionsFor, onView }: GroupProps) {
  return (
    <section className="kind-group" aria-labelledby={`group-${kind}`}>
      <h2 className="kind-group-head" id={`group-${kind}`}>
        {t(`ui.kind.${kind}`)}
        <span className="muted small">{items.length}</span>
      </h2>
      <div className="cards">
        {items.map((x) => (
          <FileCard
            key={x.id}
            material={x}
            kind={kind}
            check={m.checks.get(x.id)}
            thumb={m.thumbs[x.id]}
            checking={m.pending.includes(x.id)}
            running={m.running}
            actions={actionsFor(x)}
            onKind={(k: MaterialKind) => void m.setKind(x, k)}
            onReplace={(f) => void m.replace(x, f, kind)}
            onRemove={() => m.remove(x.id)}
            onView={(f) => onView(x, f)}
          />
        ))}
      </div>
    </section>
  );
}

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
          <HeaderActions
            running={m.running}
            empty={list.length === 0}
            onCancel={() => void m.cancel()}
            onRecheck={() => m.recheckAll()}
            onNext={() => goTo('review')}
          />
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
      {m.progress && <ChecksProgress progress={m.progress} />}
      {conflict && <SlotQuestion conflict={conflict} onRemove={(id) => void m.removeNow(id)} />}
      {m.removing && (
        <div className="notice notice-info slot-question" role="status" data-testid="removed">
          <span>{t('ui.materials.removed', { name: m.removing.originalName })}</span>
          <button type="button" className="btn btn-small" onClick={m.undoRemove} data-testid="undo-remove">
            {t('ui.finding.undo')}
          </button>
        </div>
      )}
      {!m.running && statuses.length > 0 && <MaterialsSummary total={list.length} statuses={statuses} />}
      {list.length > 0 && (
        <MaterialsToolbar
          count={list.length}
          onlyFailing={onlyFailing}
          onOnlyFailing={setOnlyFailing}
          compact={compact}
          onCompact={setTable}
        />
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
          <KindGroup
            key={g.kind}
            kind={g.kind}
            items={g.items}
            m={m}
            actionsFor={actionsFor}
            onView={(x, f) => setViewing({ material: x, finding: f })}
          />
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
