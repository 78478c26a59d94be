import { useState } from 'react';
import { t } from '../../../../shared/i18n';
import type { ImportSummary } from '../../../../shared/eligibility/api';
import { ORDER_FIELDS, REQUIRED_ORDER_FIELDS, type ColumnMapping } from '../../../../shared/eligibility/inputs';
import { tCount } from './eligibility-view-model';

/** A column's sample values as one line ("e.g. JIT · 普通"), so similar headers can be told apart. */
export function samplesOf(summary: ImportSummary, column: string | null): string {
  if (!column) return '';
  const values = summary.samples?.[summary.headers.indexOf(column)] ?? [];
  return values.length ? t('ui.elig.samples', { values: values.join(' · ') }) : t('ui.elig.noSamples');
}

/** The column-mapping step: which header of the export holds each order field. */
export function ColumnMappingStep({
  summary,
  busy,
  onApply,
  onCancel,
}: {
  summary: ImportSummary;
  busy: boolean;
  onApply: (m: ColumnMapping) => void;
  onCancel: () => void;
}) {
  const [mapping, setMapping] = useState<ColumnMapping>(() => {
    // Propose the best unused candidate, required fields first, so two fields never start on one column.
    const m = { ...summary.mapping };
    const used = new Set(Object.values(m).filter(Boolean));
    for (const f of [...REQUIRED_ORDER_FIELDS, ...ORDER_FIELDS.filter((x) => !REQUIRED_ORDER_FIELDS.includes(x))]) {
      if (m[f]) continue;
      m[f] = summary.candidates[f]?.find((c) => !used.has(c)) ?? null;
      if (m[f]) used.add(m[f]);
    }
    return m;
  });
  const complete = REQUIRED_ORDER_FIELDS.every((f) => mapping[f]);
  return (
    <div className="mapping" data-testid="column-mapping">
      <div className="notice notice-warn" role="status">
        {tCount('ui.elig.mappingIntro', summary.missing.length, { file: summary.file })} {t('ui.elig.mappingReview')}
      </div>
      {ORDER_FIELDS.map((f) => (
        <div className="mapping-row" key={f}>
          <label htmlFor={`map-${f}`}>
            {t(`ui.elig.orderField.${f}`)}
            {REQUIRED_ORDER_FIELDS.includes(f) && <span className="req"> *</span>}
          </label>
          <select
            id={`map-${f}`}
            value={mapping[f] ?? ''}
            onChange={(e) => setMapping({ ...mapping, [f]: e.target.value || null })}
          >
            <option value="">{t('ui.elig.notMapped')}</option>
            {summary.headers.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
          <span className="mapping-samples muted small" data-testid={`map-samples-${f}`}>
            {samplesOf(summary, mapping[f])}
            {summary.inferredFromValues?.includes(f) && mapping[f] === summary.mapping[f] && t('ui.elig.byValues')}
          </span>
        </div>
      ))}
      <div className="form-actions">
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('ui.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={!complete || busy} onClick={() => onApply(mapping)}>
          {t('ui.elig.applyMapping')}
        </button>
      </div>
    </div>
  );
}
