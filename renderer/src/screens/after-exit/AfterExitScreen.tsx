import { useCallback, useEffect, useState } from 'react';
import { getLocale, t } from '../../../../shared/i18n';
import type { AppErrorShape } from '../../../../shared/result';
import type { AfterExitView } from '../../../../shared/eligibility/api';
import type { AfterExitInput } from '../../../../shared/eligibility/inputs';
import { fileBytes } from '../../lib-files';
import { Card, ErrorNotice, ProgressBar, ScreenHeader } from '../../components/common';
import { DropZone } from '../../components/DropZone';
import type { ScreenProps } from '../common/screen-props';
import { announceProgress } from '../common/useStepsDone';

const fmt = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');

/** Says which export re-entry progress is read from, or asks for one (the pre-check export is never reused). */
function ReentrySourceNote({ view }: { view: AfterExitView | null }) {
  const used = view?.reentrySource;
  const pre = view?.precheckSource;
  if (used) {
    const params = {
      name: used.name,
      from: used.firstDate ?? '—',
      to: used.lastDate ?? '—',
      rows: used.rowCount,
      at: used.importedAt.slice(0, 10),
    };
    const effective = view?.input.exitEffectiveDate;
    // An export that ends before the exit took effect holds no post-exit order: say so.
    const stale = effective !== undefined && used.lastDate !== null && used.lastDate < effective;
    return (
      <p className={`small${stale ? ' notice notice-warn' : ''}`} data-testid="reentry-source" data-state="used">
        {t('ui.after.sourceUsed', params)}
        {stale && ` ${t('ui.after.sourceBeforeExit', { to: used.lastDate ?? '', effective })}`}
        {!effective && ` ${t('ui.after.needEffective')}`}
      </p>
    );
  }
  if (pre)
    return (
      <p className="small notice notice-warn" data-testid="reentry-source" data-state="needed">
        {t('ui.after.needExport', { name: pre.name, from: pre.firstDate ?? '—', to: pre.lastDate ?? '—' })}
      </p>
    );
  return (
    <p className="small" data-testid="reentry-source" data-state="needed">
      {t('ui.after.needExportNoPrecheck')}
    </p>
  );
}

type Plan = NonNullable<AfterExitView['plan']>;
type Editing = {
  plan: Plan;
  input: AfterExitInput;
  setInput: (next: AfterExitInput) => void;
  save: (next: AfterExitInput) => Promise<void>;
};

/** The case's after-exit view and input, saved on change; the re-entry export imported. */
function useAfterExit(caseId: string) {
  const [view, setView] = useState<AfterExitView | null>(null);
  const [input, setInput] = useState<AfterExitInput>({});
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    void window.jitkit.afterExit.get({ caseId }).then((r) => {
      if (!r.ok) return setError(r.error);
      setView(r.value);
      setInput(r.value.input);
    });
  }, [caseId]);

  const save = useCallback(
    async (next: AfterExitInput) => {
      setInput(next);
      const r = await window.jitkit.afterExit.save({ caseId, input: next });
      if (r.ok) {
        setView(r.value);
        announceProgress();
      } else setError(r.error);
    },
    [caseId],
  );

  const importReentry = async (f: File) => {
    const r = await window.jitkit.eligibility.importOrders({
      caseId,
      name: f.name,
      data: await fileBytes(f),
      purpose: 'reentry',
    });
    if (!r.ok) return setError(r.error);
    const v = await window.jitkit.afterExit.get({ caseId });
    if (v.ok) setView(v.value);
  };
  return { view, input, setInput, error, save, importReentry };
}

function TasksCard({ plan, input, save }: Editing) {
  const toggle = (id: string, done: boolean) =>
    void save({ ...input, tasksDone: { ...input.tasksDone, [id]: done ? new Date().toISOString() : null } });
  return (
    <Card title={t('ui.after.tasksTitle')}>
      <ul className="checklist" data-testid="after-tasks">
        {plan.tasks.map((task) => (
          <li key={task.id} className={`task${task.done ? ' task-done' : ''}`}>
            <input
              type="checkbox"
              id={`task-${task.id}`}
              checked={Boolean(input.tasksDone?.[task.id])}
              onChange={(e) => toggle(task.id, e.target.checked)}
            />
            <label htmlFor={`task-${task.id}`} className="task-text">
              {task.text[getLocale()]}
            </label>
            <span className={`small ${task.overdue ? 'overdue' : 'muted'}`}>
              {task.due
                ? t(task.overdue ? 'ui.after.overdue' : 'ui.after.due', { time: fmt(task.due) })
                : t('ui.after.noApproval')}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        {t('ui.after.outcome', {
          cancel: plan.outcome.cancellationDropPercent,
          enquiry: plan.outcome.enquiryDropPercent,
        })}
      </p>
    </Card>
  );
}

function DatesCard({ plan, input, setInput, save }: Editing) {
  return (
    <Card title={t('ui.after.datesTitle')}>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="approval">{t('ui.after.approvalTime')}</label>
          <input
            id="approval"
            value={input.approvalTime ?? ''}
            placeholder="2026-11-20 14:00"
            onChange={(e) => setInput({ ...input, approvalTime: e.target.value || undefined })}
            onBlur={() => void save(input)}
            aria-invalid={!plan.approvalTimeValid && Boolean(input.approvalTime)}
          />
          {!plan.approvalTimeValid && input.approvalTime && (
            <span className="field-hint uscc-invalid">{t('ui.after.approvalInvalid')}</span>
          )}
        </div>
        <div className="field">
          <label htmlFor="effective">{t('ui.after.effectiveDate')}</label>
          <input
            id="effective"
            type="date"
            value={input.exitEffectiveDate ?? ''}
            onChange={(e) => void save({ ...input, exitEffectiveDate: e.target.value || undefined })}
          />
        </div>
      </div>
    </Card>
  );
}

function ReentryCard({
  plan,
  view,
  onImport,
}: {
  plan: Plan;
  view: AfterExitView | null;
  onImport: (f: File) => Promise<void>;
}) {
  const progress = plan.reentry.progress;
  return (
    <Card title={t('ui.after.reentryTitle')}>
      <div className="metrics">
        <div className="metric">
          <div className="metric-label">{t('ui.after.earliest')}</div>
          <div className="metric-value" data-testid="reentry-date">
            {plan.reentry.earliestDate ?? '—'}
          </div>
        </div>
        <div className="metric">
          <div className="metric-label">{t('ui.after.remaining')}</div>
          <div className="metric-value">{plan.reentry.daysRemaining ?? '—'}</div>
        </div>
      </div>
      {progress ? (
        <div className="stack">
          <span className="small">{t('ui.after.orders', { n: progress.orders, need: progress.required })}</span>
          <ProgressBar
            value={progress.required ? progress.orders / progress.required : 0}
            label={t('ui.after.ordersLabel')}
          />
          <span className="small">
            {t('ui.after.rate', { rate: progress.fulfilmentRate ?? '—', need: progress.requiredRate })}
          </span>
        </div>
      ) : null}
      <ReentrySourceNote view={view} />
      <DropZone
        compact
        label={t(view?.reentrySource ? 'ui.after.replaceOrders' : 'ui.after.dropOrders')}
        hint=""
        accept=".csv,.xlsx"
        testId="reentry-drop"
        onFiles={([f]) => void (f && onImport(f))}
      />
      <p className="muted small" style={{ marginTop: 8 }}>
        {plan.reentry.bannedIf[getLocale()]}
      </p>
    </Card>
  );
}

function BondedCard({ plan, input, setInput, save }: Editing) {
  return (
    <Card title={t('ui.after.bondedTitle')}>
      <div className="metric-value" data-testid="bonded-cost">
        ¥{plan.bonded.costYuan.toLocaleString()}
      </div>
      <p className="muted small">
        {t(plan.bonded.running ? 'ui.after.bondedRunning' : 'ui.after.bondedStopped', {
          days: plan.bonded.days,
          boxes: plan.bonded.boxes ?? 0,
          rate: plan.bonded.yuanPerBoxDay,
        })}
      </p>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="boxes">{t('ui.after.boxes')}</label>
          <input
            id="boxes"
            type="number"
            min={0}
            value={input.boxes ?? ''}
            onChange={(e) =>
              setInput({
                ...input,
                boxes: e.target.value === '' ? undefined : Math.floor(Number(e.target.value)),
              })
            }
            onBlur={() => void save(input)}
          />
        </div>
        <div className="field">
          <label htmlFor="moveout">{t('ui.after.moveOut')}</label>
          <input
            id="moveout"
            type="date"
            value={input.moveOutDoneDate ?? ''}
            onChange={(e) => void save({ ...input, moveOutDoneDate: e.target.value || undefined })}
          />
        </div>
      </div>
    </Card>
  );
}

/** After approval: the 48-hour tasks, the re-entry date and progress, the bonded-warehouse bill. */
export function AfterExitScreen({ caseRecord }: ScreenProps) {
  const { view, input, setInput, error, save, importReentry } = useAfterExit(caseRecord.id);
  const plan = view?.plan;
  const editing = plan ? { plan, input, setInput, save } : null;
  return (
    <>
      <ScreenHeader title={t('ui.after.title')} lead={t('ui.after.lead')} />
      <ErrorNotice error={error} />
      {editing && (
        <div className="split split-responsive">
          <div className="stack">
            <TasksCard {...editing} />
            <DatesCard {...editing} />
          </div>
          <div className="stack">
            <ReentryCard plan={editing.plan} view={view} onImport={importReentry} />
            <BondedCard {...editing} />
          </div>
        </div>
      )}
    </>
  );
}
