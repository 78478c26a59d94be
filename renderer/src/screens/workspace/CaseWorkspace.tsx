import { t } from '../../../../shared/i18n';
import type { CaseRecord } from '../../../../shared/case';
import { STATUS_TONE, StatusBadge } from '../../components/common';
import { EligibilityScreen } from '../eligibility/EligibilityScreen';
import { LicenceScreen } from '../licence/LicenceScreen';
import { LetterScreen } from '../letter/LetterScreen';
import { MaterialsScreen } from '../materials/MaterialsScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { AfterExitScreen } from '../after-exit/AfterExitScreen';
import { useStepsDone } from '../common/useStepsDone';

import { STEPS, type StepId } from '../common/screen-props';

export { STEPS, type StepId } from '../common/screen-props';

type Props = {
  caseRecord: CaseRecord;
  step: StepId;
  onStep: (step: StepId) => void;
  onCaseChange: (c: CaseRecord) => void;
};

/** One case: the guided steps on the left, the current step's screen on the right. */
export function CaseWorkspace({ caseRecord, step, onStep, onCaseChange }: Props) {
  const screenProps = { caseRecord, onCaseChange, goTo: onStep };
  const done = useStepsDone(caseRecord, step);
  return (
    <div className="workspace">
      <nav className="steps" aria-label={t('ui.nav.steps')}>
        <div className="steps-case">
          <div className="steps-case-name" title={caseRecord.companyName}>
            {caseRecord.companyName}
          </div>
          <StatusBadge status={STATUS_TONE[caseRecord.status]} label={t(`case.status.${caseRecord.status}`)} />
        </div>
        <ol>
          {STEPS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                className={`step${s === step ? ' step-current' : ''}${done[s] ? ' step-done' : ''}`}
                aria-current={s === step ? 'step' : undefined}
                onClick={() => onStep(s)}
                data-testid={`step-${s}`}
                data-done={done[s]}
              >
                <span className="step-num" aria-hidden="true">
                  {done[s] ? '✓' : i + 1}
                </span>
                <span className="step-text">
                  <span className="step-title">{t(`ui.step.${s}`)}</span>
                  <span className="step-sub">{t(`ui.step.${s}.sub`)}</span>
                  {done[s] && <span className="sr-only">{t('ui.step.done')}</span>}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <main id="main" className="page" tabIndex={-1} key={`${caseRecord.id}-${step}`}>
        {step === 'eligibility' && <EligibilityScreen {...screenProps} />}
        {step === 'licence' && <LicenceScreen {...screenProps} />}
        {step === 'letter' && <LetterScreen {...screenProps} />}
        {step === 'materials' && <MaterialsScreen {...screenProps} />}
        {step === 'review' && <ReviewScreen {...screenProps} />}
        {step === 'afterExit' && <AfterExitScreen {...screenProps} />}
      </main>
    </div>
  );
}
