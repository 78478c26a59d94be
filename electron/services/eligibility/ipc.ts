import type { Handle } from '../../../shared/ipc';
import type { ServiceContext } from '../context';
import { getInputs, saveInputs } from './case-data';
import { afterExitForCase, evaluateCase, importOrdersForCase, saveAfterExit } from './index';
import { scanJitLabels } from './label-scan';
import { recognize } from '../ocr';

/** The eligibility pre-check and after-exit planner over IPC (see shared/channels/eligibility.ts). */
export function registerEligibilityIpc(handle: Handle, ctx: ServiceContext): void {
  const { store, rulebook } = ctx;
  handle('eligibility:getInputs', (a) => getInputs(store, a.caseId));
  handle('eligibility:saveInputs', (a) => saveInputs(store, a.caseId, a.inputs));
  handle('eligibility:importOrders', (a) =>
    importOrdersForCase({
      store,
      rulebook,
      caseId: a.caseId,
      name: a.name,
      data: a.data,
      mapping: a.mapping ?? null,
      sheet: a.sheet ?? null,
      purpose: a.purpose,
    }),
  );
  handle('eligibility:evaluate', (a) => evaluateCase(store, rulebook, a.caseId, a.today));
  handle('afterExit:get', (a) => afterExitForCase(store, rulebook, a.caseId, a.today));
  handle('afterExit:save', (a) => saveAfterExit(store, rulebook, a.caseId, a.input, a.today));
  handle('afterExit:scanLabels', (a) => {
    store.getCase(a.caseId);
    const jobId = a.jobId ?? `labels-${a.caseId}`;
    return scanJitLabels(a.images, recognize, (done, total, file) =>
      ctx.emitProgress({ jobId, stage: 'labels', done, total, file }),
    );
  });
}
