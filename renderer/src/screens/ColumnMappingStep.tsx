import { useState } from 'react';
import { t } from '../../../shared/i18n';
import type { ImportSummary } from '../../../shared/eligibility/api';
import { ORDER_FIELDS, REQUIRED_ORDER_FIELDS, type ColumnMapping } from '../../../shared/eligibility/inputs';

/** The column-mapping step: which header of the export holds each order field. */
export function ColumnMappingStep({ summary, busy, onApply, onCancel }: {
  summary: ImportSummary; busy: boolean; onApply: (m: ColumnMapping) => void; onCancel: () => void;
}) {
  const [mapping, setMapping] = useState<ColumnMapping>(() => {
    const m = { ...summary.mapping };
    for (const f of ORDER_FIELDS) m[f] ??= summary.candidates[f]?.[0] ?? null;
    return m;
  });
  const complete = REQUIRED_ORDER_FIELDS.every((f) => mapping[f]);
  return (
    <div className="mapping" data-testid="column-mapping">
      <div className="notice notice-warn" role="status">{t('ui.elig.mappingIntro', { file: summary.file, count: summary.missing.length })}</div>
      {ORDER_FIELDS.map((f) => (
        <div className="mapping-row" key={f}>
          <label htmlFor={`map-${f}`}>{t(`ui.elig.orderField.${f}`)}{REQUIRED_ORDER_FIELDS.includes(f) && <span className="req"> *</span>}</label>
          <select id={`map-${f}`} value={mapping[f] ?? ''} onChange={(e) => setMapping({ ...mapping, [f]: e.target.value || null })}>
            <option value="">{t('ui.elig.notMapped')}</option>
            {summary.headers.map((h) => <option key={h} value={h}>{h}</option>)}
          </select>
        </div>
      ))}
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onCancel}>{t('ui.cancel')}</button>
        <button type="button" className="btn btn-primary" disabled={!complete || busy} onClick={() => onApply(mapping)}>{t('ui.elig.applyMapping')}</button>
      </div>
    </div>
  );
}
