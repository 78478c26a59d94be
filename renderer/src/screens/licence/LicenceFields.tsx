import { t } from '../../../../shared/i18n';
import { TextField, UsccInput } from '../../components/UsccInput';
import { LOW_CONFIDENCE, SHOWN, type Draft, type LicenceReading } from './licence-model';

type Props = {
  draft: Draft;
  onDraft: (d: Draft) => void;
  reading: LicenceReading | null;
  onFocusField: (name: string | null) => void;
};

/** The editable identity fields (focus highlights the region they were read from). */
export function LicenceFields({ draft, onDraft, reading, onFocusField }: Props) {
  const hint = (k: keyof Draft) => {
    if (!reading) return undefined;
    const c = reading.details[k]?.confidence;
    if (c === undefined) return reading.fields[k] ? undefined : t('ui.licence.notRead');
    // The reader flags fields to confirm (its least sure character); older readings only have the mean.
    const confirm = reading.details[k]?.needsConfirmation ?? c < LOW_CONFIDENCE;
    return confirm
      ? t('ui.licence.lowConfidence', { pct: Math.round(c * 100) })
      : t('ui.licence.confidence', { pct: Math.round(c * 100) });
  };
  const focusProps = (k: string) => ({ onFocus: () => onFocusField(k), onBlur: () => onFocusField(null) });
  return (
    <div className="stack">
      <div {...focusProps('companyName')}>
        <TextField
          label={t('ui.field.companyName')}
          value={draft.companyName}
          onChange={(v) => onDraft({ ...draft, companyName: v })}
          required
          testId="l-company"
          hint={hint('companyName')}
        />
      </div>
      <div {...focusProps('uscc')}>
        <UsccInput value={draft.uscc} onChange={(v) => onDraft({ ...draft, uscc: v })} required />
      </div>
      <div {...focusProps('legalRepresentative')}>
        <TextField
          label={t('ui.field.legalRepresentative')}
          value={draft.legalRepresentative}
          onChange={(v) => onDraft({ ...draft, legalRepresentative: v })}
          required
          testId="l-legal"
          hint={hint('legalRepresentative')}
        />
      </div>
      {reading && (
        <dl className="read-only-fields">
          {SHOWN.map((k) => (
            <div key={k}>
              <dt>{t(`ui.licence.field.${k}`)}</dt>
              <dd>{reading[k] || '—'}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
