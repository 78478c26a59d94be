import { getLocale, t } from '../../../../shared/i18n';
import { EXIT_REASONS, type ExitReason } from '../../../../shared/case';
import type { Rulebook } from '../../../../shared/rulebook';
import { Card } from '../../components/common';

/** Shown instead of an error when the case has no exit ground: pick it here, with each ground's rule text. */
export function LetterGroundPicker({
  rulebook,
  busy,
  onPick,
}: {
  rulebook: Rulebook | null;
  busy: boolean;
  onPick: (r: ExitReason) => void;
}) {
  return (
    <Card title={t('ui.letter.pickTitle')}>
      <p className="small">{t('ui.letter.pickBody')}</p>
      <fieldset className="fieldset" data-testid="letter-ground-picker">
        <legend>{t('ui.letter.pickGround')}</legend>
        {EXIT_REASONS.map((r) => {
          const ground = rulebook?.exitGrounds.find((g) => g.id === r);
          return (
            <label key={r} className="ground-option">
              <input
                type="radio"
                name="letter-ground"
                value={r}
                disabled={busy}
                onChange={() => onPick(r)}
                data-testid={`letter-ground-${r}`}
              />
              <span>
                <strong>{t(`ui.exitReason.${r}`)}</strong>
                {ground && <span className="muted small ground-text">{ground.text[getLocale()]}</span>}
              </span>
            </label>
          );
        })}
      </fieldset>
    </Card>
  );
}

/** The sign date printed on the letter; changing it regenerates the letter. */
export function SignDateField({
  value,
  busy,
  onChange,
}: {
  value: string;
  busy: boolean;
  onChange: (d: string) => void;
}) {
  return (
    <div className="field" style={{ marginTop: 12 }}>
      <label htmlFor="letter-sign-date">{t('ui.letter.signDate')}</label>
      <input
        id="letter-sign-date"
        type="date"
        value={value}
        disabled={busy}
        data-testid="letter-sign-date"
        onChange={(e) => e.target.value && onChange(e.target.value)}
      />
      <span className="field-hint muted small">{t('ui.letter.signDateHint')}</span>
    </div>
  );
}
