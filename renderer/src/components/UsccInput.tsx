import { useId } from 'react';
import { t } from '../../../shared/i18n';
import { usccState } from '../lib-uscc';

/** A field's label, with the required star hidden from screen readers (the input says required). */
function FieldLabel({ htmlFor, text, required }: { htmlFor: string; text: string; required?: boolean }) {
  return (
    <label htmlFor={htmlFor}>
      {text}
      {required && (
        <span className="req" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </label>
  );
}

/** The USCC field with validation as you type (check digit of GB 32100-2015). */
export function UsccInput({
  value,
  onChange,
  required,
}: {
  value: string;
  onChange: (v: string) => void;
  required?: boolean;
}) {
  const id = useId();
  const state = usccState(value);
  const invalid = state === 'invalid';
  return (
    <div className="field">
      <FieldLabel htmlFor={id} text={t('ui.field.uscc')} required={required} />
      <input
        id={id}
        className={`mono${invalid ? ' input-invalid' : ''}${state === 'valid' ? ' input-valid' : ''}`}
        value={value}
        maxLength={18}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value.toUpperCase().replace(/\s/g, ''))}
        data-testid="uscc-input"
      />
      <span
        id={`${id}-hint`}
        className={`field-hint uscc-${state}`}
        data-testid="uscc-state"
        data-state={state}
        aria-live="polite"
      >
        {t(`ui.uscc.${state}`, { count: value.trim().length })}
      </span>
    </div>
  );
}

export function TextField({
  label,
  value,
  onChange,
  required,
  testId,
  hint,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  required?: boolean;
  testId?: string;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <FieldLabel htmlFor={id} text={label} required={required} />
      <input
        id={id}
        value={value}
        required={required}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
      {hint && <span className="field-hint">{hint}</span>}
    </div>
  );
}
