import { t } from '../../../shared/i18n';
import { worstStatus, type MaterialKind } from '../../../shared/findings';
import { ErrorNotice, ProgressBar, ScreenHeader, StatusBadge } from '../components/common';
import { DropZone } from '../components/DropZone';
import { FileCard } from './FileCard';
import { FindingList } from '../components/FindingList';
import { MATERIAL_KINDS, effectiveKind } from './materials-model';
import { useMaterials } from './useMaterials';
import type { ScreenProps } from './screen-props';

const RANK = { fail: 0, warn: 1, pass: 2 } as const;

/** One drop zone for everything; files sorted into kinds by content, checked live. */
export function MaterialsScreen({ caseRecord, goTo }: ScreenProps) {
  const m = useMaterials(caseRecord.id);
  const list = m.materials ?? [];
  const statuses = list.map((x) => m.checks.get(x.id)?.status).filter((s) => s !== undefined);
  const groups = MATERIAL_KINDS.map((kind) => ({
    kind,
    // Problems first inside each group: the file to act on is the one you see.
    items: list.filter((x) => effectiveKind(x, m.checks.get(x.id)) === kind)
      .sort((a, b) => RANK[m.checks.get(a.id)?.status ?? 'pass'] - RANK[m.checks.get(b.id)?.status ?? 'pass']),
  })).filter((g) => g.items.length > 0);

  return (
    <>
      <ScreenHeader
        title={t('ui.materials.title')}
        lead={t('ui.materials.lead')}
        actions={
          <>
            {m.running ? (
              <button type="button" className="btn" onClick={() => void m.cancel()} data-testid="cancel-checks">{t('ui.materials.cancel')}</button>
            ) : (
              <button type="button" className="btn" onClick={() => void m.runChecks()} disabled={list.length === 0} data-testid="recheck">{t('ui.materials.recheck')}</button>
            )}
            <button type="button" className="btn btn-primary" onClick={() => goTo('review')}>{t('ui.materials.toReview')}</button>
          </>
        }
      />
      <ErrorNotice error={m.error} />
      <DropZone label={t('ui.materials.drop')} hint={t('ui.materials.dropHint')} multiple onFiles={(f) => void m.drop(f)} testId="materials-drop" compact={list.length > 0} />
      {m.running && (
        <div className="overall card" role="status" data-testid="checks-running">
          <div className="row"><strong>{t('ui.materials.checking')}</strong><span className="muted small">{m.progress?.label && t('ui.materials.checked', { name: m.progress.label })}</span></div>
          <ProgressBar value={m.progress?.overall ?? 0} label={t('ui.materials.overallProgress')} />
        </div>
      )}
      {!m.running && statuses.length > 0 && (
        <div className="row summary-row" data-testid="materials-summary">
          <StatusBadge status={worstStatus(statuses)} />
          <span>{t('ui.materials.summary', { total: list.length, fail: statuses.filter((s) => s === 'fail').length, warn: statuses.filter((s) => s === 'warn').length })}</span>
        </div>
      )}
      {!m.running && m.caseFindings.length > 0 && (
        <div className="card" data-testid="case-findings"><FindingList findings={m.caseFindings} /></div>
      )}
      {groups.map((g) => (
        <section key={g.kind} className="kind-group" aria-labelledby={`group-${g.kind}`}>
          <h2 className="kind-group-head" id={`group-${g.kind}`}>{t(`ui.kind.${g.kind}`)}<span className="muted small">{g.items.length}</span></h2>
          <div className="cards">
            {g.items.map((x) => (
              <FileCard
                key={x.id}
                material={x}
                kind={g.kind}
                check={m.checks.get(x.id)}
                thumb={m.thumbs[x.id]}
                progress={m.progress ? (m.progress.done.includes(x.originalName) ? 1 : 0) : undefined}
                running={m.running}
                onKind={(k: MaterialKind) => void m.setKind(x.id, k)}
                onReplace={(f) => void m.replace(x, f, g.kind)}
                onRemove={() => void m.remove(x.id)}
              />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
