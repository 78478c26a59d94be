import { useEffect, useState } from 'react';
import type { CaseRecord } from '../../../../shared/case';

export type StepDone = Record<'eligibility' | 'licence' | 'letter' | 'materials' | 'review' | 'afterExit', boolean>;

/** Screens fire this after saving something a step's mark depends on (ticks, inputs, imports). */
export const PROGRESS_EVENT = 'jitkit:progress';

export function announceProgress(): void {
  globalThis.dispatchEvent(new Event(PROGRESS_EVENT));
}

const NONE: StepDone = {
  eligibility: false,
  licence: false,
  letter: false,
  materials: false,
  review: false,
  afterExit: false,
};

/** Passed or warned: a warning asks for a look, it does not block the step. */
const fine = (status: string | undefined) => status === 'pass' || status === 'warn';

/**
 * Which steps of a case are done, for the marks in the step list: eligibility says go, the
 * licence and the signed letter have a check that did not fail, every material is checked
 * without a failure, the bundle was exported, every 48-hour task is ticked. Re-read whenever
 * the case changes or the user moves to another step.
 */
export function useStepsDone(caseRecord: CaseRecord, step: string): StepDone {
  const [done, setDone] = useState<StepDone>(NONE);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    globalThis.addEventListener(PROGRESS_EVENT, bump);
    return () => globalThis.removeEventListener(PROGRESS_EVENT, bump);
  }, []);
  useEffect(() => {
    let alive = true;
    void (async () => {
      const [evaluation, materials, checks, after] = await Promise.all([
        window.jitkit.eligibility.evaluate({ caseId: caseRecord.id }),
        window.jitkit.materials.list({ caseId: caseRecord.id }),
        window.jitkit.checks.latest({ caseId: caseRecord.id }),
        window.jitkit.afterExit.get({ caseId: caseRecord.id }),
      ]);
      if (!alive) return;
      const list = materials.ok ? materials.value : [];
      const statusOf = new Map((checks.ok ? checks.value : []).map((c) => [c.materialId, c.status]));
      const kindFine = (kind: string) => list.some((m) => m.kind === kind && fine(statusOf.get(m.id)));
      const tasks = after.ok ? after.value.plan.tasks : [];
      setDone({
        eligibility: evaluation.ok && evaluation.value.verdict === 'eligible',
        licence: kindFine('licence'),
        letter: kindFine('letter'),
        materials: kindFine('logistics') && kindFine('inventory') && list.every((m) => statusOf.get(m.id) !== 'fail'),
        review: caseRecord.status === 'exported',
        afterExit: tasks.length > 0 && tasks.every((t) => t.done),
      });
    })();
    return () => {
      alive = false;
    };
  }, [caseRecord, step, tick]);
  return done;
}
