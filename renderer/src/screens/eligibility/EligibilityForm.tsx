import { useEffect, useState } from 'react';
import { getLocale, t } from '../../../../shared/i18n';
import { EXIT_REASONS, type ExitReason } from '../../../../shared/case';
import type { EligibilityInputs } from '../../../../shared/eligibility/inputs';
import type { Rulebook } from '../../../../shared/rulebook';
import { Card } from '../../components/common';

type Props = {
  inputs: EligibilityInputs;
  exitReason: ExitReason | undefined;
  busy: boolean;
  onSave: (i: EligibilityInputs, r: ExitReason | undefined) => void;
};
type NumKey =
  | 'openExceptionTickets'
  | 'unreconciledTransfers'
  | 'manualFulfilmentRate'
  | 'manualLateJitOrders30d'
  | 'dailyOrders'
  | 'consecutiveFailures';
type BoolKey = 'stockCleared' | 'integratedWarehousing' | 'categoryRemovalNotice';
type DateKey = 'plannedApplicationDate' | 'manualLastJitOrderDate';

/** One input per indicator kind (number, yes/no/unknown, date), bound to the draft. */
function fieldRenderers(draft: EligibilityInputs, setDraft: (d: EligibilityInputs) => void) {
  const num = (k: NumKey) => (
    <div className="field" key={k}>
      <label htmlFor={`in-${k}`}>{t(`ui.elig.in.${k}`)}</label>
      <input
        id={`in-${k}`}
        type="number"
        min={0}
        step="any"
        value={draft[k] ?? ''}
        onChange={(e) => setDraft({ ...draft, [k]: e.target.value === '' ? undefined : Number(e.target.value) })}
      />
    </div>
  );
  const bool = (k: BoolKey) => (
    <div className="field" key={k}>
      <label htmlFor={`in-${k}`}>{t(`ui.elig.in.${k}`)}</label>
      <select
        id={`in-${k}`}
        value={draft[k] === undefined ? '' : String(draft[k])}
        onChange={(e) => setDraft({ ...draft, [k]: e.target.value === '' ? undefined : e.target.value === 'true' })}
      >
        <option value="">{t('ui.elig.unknown')}</option>
        <option value="true">{t('ui.yes')}</option>
        <option value="false">{t('ui.no')}</option>
      </select>
    </div>
  );
  const date = (k: DateKey) => (
    <div className="field" key={k}>
      <label htmlFor={`in-${k}`}>{t(`ui.elig.in.${k}`)}</label>
      <input
        id={`in-${k}`}
        type="date"
        value={draft[k] ?? ''}
        onChange={(e) => setDraft({ ...draft, [k]: e.target.value || undefined })}
      />
    </div>
  );

  return { num, bool, date };
}

/** The exit ground, with the rule's text and the evidence it asks for. */
function ExitGroundFieldset({
  reason,
  onReason,
}: {
  reason: ExitReason | undefined;
  onReason: (r: ExitReason | undefined) => void;
}) {
  const [book, setBook] = useState<Rulebook | null>(null);
  useEffect(() => {
    void window.jitkit.rulebook.get({}).then((r) => r.ok && setBook(r.value));
  }, []);
  const ground = book?.exitGrounds.find((g) => g.id === reason);
  return (
    <fieldset className="fieldset">
      <legend>{t('ui.field.exitReason')}</legend>
      <select
        aria-label={t('ui.field.exitReason')}
        value={reason ?? ''}
        onChange={(e) => onReason((e.target.value || undefined) as ExitReason | undefined)}
        data-testid="exit-reason"
      >
        <option value="">{t('ui.elig.exitReasonPick')}</option>
        {EXIT_REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`ui.exitReason.${r}`)}
          </option>
        ))}
      </select>
      {ground && (
        <p className="muted small" style={{ marginTop: 6 }}>
          {ground.text[getLocale()]}
          <br />
          {t('ui.elig.evidence', { text: ground.evidence[getLocale()] })}
        </p>
      )}
    </fieldset>
  );
}

/** The exit ground (with the rule text) and the hard indicators the platform reads. */
export function EligibilityForm({ inputs, exitReason, busy, onSave }: Props) {
  const [draft, setDraft] = useState<EligibilityInputs>(inputs);
  const [reason, setReason] = useState<ExitReason | undefined>(exitReason);

  const { num, bool, date } = fieldRenderers(draft, setDraft);

  return (
    <Card title={t('ui.elig.inputsTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave(draft, reason);
        }}
        data-testid="eligibility-form"
      >
        <ExitGroundFieldset reason={reason} onReason={setReason} />
        <fieldset className="fieldset">
          <legend>{t('ui.elig.hardTitle')}</legend>
          <div className="grid-2">
            {num('openExceptionTickets')}
            {num('unreconciledTransfers')}
            {bool('stockCleared')}
            {date('plannedApplicationDate')}
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('ui.elig.manualTitle')}</legend>
          <p className="muted small">{t('ui.elig.manualHint')}</p>
          <div className="grid-2">
            {num('manualFulfilmentRate')}
            {num('manualLateJitOrders30d')}
            {date('manualLastJitOrderDate')}
            {num('consecutiveFailures')}
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('ui.elig.riskTitle')}</legend>
          <div className="grid-2">
            {num('dailyOrders')}
            {bool('integratedWarehousing')}
            {bool('categoryRemovalNotice')}
            <div className="field">
              <label htmlFor="in-mainCategory">{t('ui.elig.in.mainCategory')}</label>
              <input
                id="in-mainCategory"
                value={draft.mainCategory ?? ''}
                onChange={(e) => setDraft({ ...draft, mainCategory: e.target.value || undefined })}
              />
            </div>
            <div className="field">
              <label htmlFor="in-markets">{t('ui.elig.in.targetMarkets')}</label>
              <input
                id="in-markets"
                value={(draft.targetMarkets ?? []).join(', ')}
                placeholder="ES, FR, KR"
                onChange={(e) =>
                  setDraft({ ...draft, targetMarkets: e.target.value.split(/[,，\s]+/).filter((m) => m.length >= 2) })
                }
              />
            </div>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="eligibility-save">
            {t('ui.elig.saveAndCheck')}
          </button>
        </div>
      </form>
    </Card>
  );
}
