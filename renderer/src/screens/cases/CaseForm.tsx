import { useState, type FormEvent } from 'react';
import { t } from '../../../../shared/i18n';
import { EXIT_REASONS, type CaseRecord, type ExitReason } from '../../../../shared/case';
import type { AppErrorShape } from '../../../../shared/result';
import { Card, ErrorNotice } from '../../components/common';
import { TextField, UsccInput } from '../../components/UsccInput';

type Props = { onCreated: (c: CaseRecord) => void; onCancel: () => void };

/** New case: the identity fields can be filled now or later from the licence OCR. */
export function CaseForm({ onCreated, onCancel }: Props) {
  const [companyName, setCompanyName] = useState('');
  const [legalRepresentative, setLegal] = useState('');
  const [uscc, setUscc] = useState('');
  const [storeName, setStoreName] = useState('');
  const [storeId, setStoreId] = useState('');
  const [exitReason, setExitReason] = useState<ExitReason | ''>('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await window.jitkit.case.create({
      companyName,
      legalRepresentative,
      uscc,
      storeName: storeName || undefined,
      storeId: storeId || undefined,
      exitReason: exitReason || undefined,
    });
    setBusy(false);
    if (r.ok) onCreated(r.value);
    else setError(r.error);
  };

  return (
    <Card title={t('ui.cases.newTitle')} className="case-form">
      <form onSubmit={(e) => void submit(e)} data-testid="case-form">
        <ErrorNotice error={error} />
        <div className="grid-2">
          <TextField
            label={t('ui.field.companyName')}
            value={companyName}
            onChange={setCompanyName}
            required
            testId="f-company"
          />
          <TextField
            label={t('ui.field.legalRepresentative')}
            value={legalRepresentative}
            onChange={setLegal}
            required
            testId="f-legal"
          />
          <UsccInput value={uscc} onChange={setUscc} />
          <div className="field">
            <label htmlFor="exit-reason">{t('ui.field.exitReason')}</label>
            <select
              id="exit-reason"
              value={exitReason}
              onChange={(e) => setExitReason(e.target.value as ExitReason | '')}
            >
              <option value="">{t('ui.field.exitReason.none')}</option>
              {EXIT_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`ui.exitReason.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <TextField label={t('ui.field.storeName')} value={storeName} onChange={setStoreName} testId="f-store" />
          <TextField label={t('ui.field.storeId')} value={storeId} onChange={setStoreId} />
        </div>
        <p className="muted small">{t('ui.cases.formHint')}</p>
        <div className="form-actions">
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            {t('ui.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={busy || !companyName.trim() || !legalRepresentative.trim()}
            data-testid="create-case"
          >
            {t('ui.cases.create')}
          </button>
        </div>
      </form>
    </Card>
  );
}
