import type { CaseRecord } from '../../../../shared/case';

/** The guided steps of a case, in order (the workspace's left column). */
export const STEPS = ['eligibility', 'licence', 'letter', 'materials', 'review', 'afterExit'] as const;
export type StepId = (typeof STEPS)[number];

/** What every step screen receives from the workspace (own module: no screen ↔ workspace cycle). */
export type ScreenProps = {
  caseRecord: CaseRecord;
  onCaseChange: (c: CaseRecord) => void;
  goTo: (step: StepId) => void;
};
