import { useCallback, useEffect, useState } from 'react';
import { t } from '../../../../shared/i18n';
import type { AppErrorShape } from '../../../../shared/result';
import type { CaseEvaluation, ImportSummary } from '../../../../shared/eligibility/api';
import type { ColumnMapping, EligibilityInputs } from '../../../../shared/eligibility/inputs';
import type { ExitReason } from '../../../../shared/case';
import { fileBytes } from '../../lib-files';
import { Card, ErrorNotice, ScreenHeader } from '../../components/common';
import { DropZone } from '../../components/DropZone';
import { EligibilityForm } from './EligibilityForm';
import { ColumnMappingStep } from './ColumnMappingStep';
import { EligibilityResultView } from './EligibilityResultView';
import type { ScreenProps } from '../common/screen-props';
import { announceProgress } from '../common/useStepsDone';

type Pending = { name: string; data: Uint8Array<ArrayBuffer>; summary: ImportSummary };

/** 前置校验: the exit ground, the hard indicators (typed or from an order export), go / no-go. */
export function EligibilityScreen({ caseRecord, onCaseChange }: ScreenProps) {
  const [inputs, setInputs] = useState<EligibilityInputs | null>(null);
  const [result, setResult] = useState<CaseEvaluation | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const evaluate = useCallback(async () => {
    const r = await window.jitkit.eligibility.evaluate({ caseId: caseRecord.id });
    if (r.ok) {
      setResult(r.value);
      announceProgress();
    } else setError(r.error);
  }, [caseRecord.id]);

  useEffect(() => {
    void window.jitkit.eligibility
      .getInputs({ caseId: caseRecord.id })
      .then((r) => (r.ok ? setInputs(r.value) : setError(r.error)));
    void evaluate();
  }, [caseRecord.id, evaluate]);

  const save = async (next: EligibilityInputs, exitReason: ExitReason | undefined) => {
    setBusy(true);
    setError(null);
    if (exitReason !== caseRecord.exitReason) {
      const u = await window.jitkit.case.update({ id: caseRecord.id, patch: { exitReason } });
      if (u.ok) onCaseChange(u.value);
    }
    const r = await window.jitkit.eligibility.saveInputs({ caseId: caseRecord.id, inputs: next });
    if (r.ok) setInputs(r.value);
    else setError(r.error);
    await evaluate();
    setBusy(false);
  };

  const importOrders = async (name: string, data: Uint8Array<ArrayBuffer>, mapping?: ColumnMapping) => {
    setBusy(true);
    setError(null);
    const r = await window.jitkit.eligibility.importOrders({ caseId: caseRecord.id, name, data, mapping });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    if (r.value.needsMapping) return setPending({ name, data, summary: r.value });
    setPending(null);
    await evaluate();
  };

  return (
    <>
      <ScreenHeader title={t('ui.elig.title')} lead={t('ui.elig.lead')} />
      <ErrorNotice error={error} />
      <div className="split split-responsive">
        <div className="stack">
          {result && <EligibilityResultView result={result} />}
          {!result && !error && (
            <p className="muted" role="status">
              {t('ui.elig.evaluating')}
            </p>
          )}
        </div>
        <div className="stack">
          <Card title={t('ui.elig.ordersTitle')}>
            <p className="muted small">{t('ui.elig.ordersHint')}</p>
            <DropZone
              label={t('ui.elig.dropOrders')}
              hint={t('ui.elig.dropOrdersHint')}
              accept=".csv,.xlsx,.xls"
              compact
              onFiles={([f]) => void (f && fileBytes(f).then((d) => importOrders(f.name, d)))}
              testId="orders-drop"
            />
            {result?.orders && !pending && (
              <p className="small" data-testid="orders-summary">
                {t('ui.elig.ordersRead', {
                  file: result.orders.source?.name ?? result.orders.file,
                  rows: result.orders.rowCount,
                  skipped: result.orders.skippedRows,
                })}
              </p>
            )}
            {pending && (
              <ColumnMappingStep
                summary={pending.summary}
                busy={busy}
                onCancel={() => setPending(null)}
                onApply={(mapping) => void importOrders(pending.name, pending.data, mapping)}
              />
            )}
          </Card>
          {inputs && (
            <EligibilityForm
              inputs={inputs}
              exitReason={caseRecord.exitReason}
              busy={busy}
              onSave={(i, r) => void save(i, r)}
            />
          )}
        </div>
      </div>
    </>
  );
}
