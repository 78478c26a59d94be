import type { ChecksRunResult } from '../../../../shared/channels/checks';
import type { AppErrorShape } from '../../../../shared/result';

/**
 * The running check job, kept outside any component so it survives leaving the screen:
 * the Materials screen re-subscribes when it comes back and sees the same N/M progress.
 * Runs are queued per app (one at a time); each names only the materials it checks.
 */
/** `pending`: the materials of this run without a result yet. */
export type CheckJob = {
  caseId: string;
  jobId: string;
  total: number;
  done: number;
  current: string;
  pending: string[];
} | null;

type Listener = () => void;
type CheckedListener = (caseId: string, materialId: string) => void;

let job: CheckJob = null;
let queue: Promise<unknown> = Promise.resolve();
let progressHooked = false;
const listeners = new Set<Listener>();
const checkedListeners = new Set<CheckedListener>();
const finishedListeners = new Set<(caseId: string, r: ChecksRunResult | null, e: AppErrorShape | null) => void>();

function set(next: CheckJob): void {
  job = next;
  for (const l of listeners) l();
}

export function subscribeJob(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export const currentJob = (): CheckJob => job;

/** A material's result is stored (cards fill in one by one). */
export function onMaterialChecked(l: CheckedListener): () => void {
  checkedListeners.add(l);
  return () => checkedListeners.delete(l);
}

export function onJobFinished(
  l: (caseId: string, r: ChecksRunResult | null, e: AppErrorShape | null) => void,
): () => void {
  finishedListeners.add(l);
  return () => finishedListeners.delete(l);
}

function hookProgress(): void {
  if (progressHooked) return;
  progressHooked = true;
  window.jitkit.onProgress((e) => {
    if (!job || e.jobId !== job.jobId || e.stage !== 'check') return;
    set({
      ...job,
      done: e.done,
      total: e.total || job.total,
      current: e.file ?? job.current,
      pending: job.pending.filter((id) => id !== e.materialId),
    });
    if (e.materialId) for (const l of checkedListeners) l(job.caseId, e.materialId);
  });
}

/** Checks these materials of the case (after any run already queued). An empty list re-judges the case only. */
export function startChecks(caseId: string, materialIds: string[]): Promise<ChecksRunResult | null> {
  hookProgress();
  // Shown as running at once (no frame where the new cards look finished); the id comes with the run.
  if (!job) set({ caseId, jobId: 'queued', total: materialIds.length, done: 0, current: '', pending: materialIds });
  else if (job.caseId === caseId) set({ ...job, pending: [...job.pending, ...materialIds] });
  const run = queue.then(async () => {
    const jobId = `ui-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const pending = job?.caseId === caseId ? [...new Set([...job.pending, ...materialIds])] : materialIds;
    set({ caseId, jobId, total: materialIds.length, done: 0, current: '', pending });
    const r = await window.jitkit.checks.run({ caseId, materialIds, jobId });
    const cancelled = job?.jobId !== jobId;
    if (!cancelled) set(null);
    const value = r.ok && !cancelled ? r.value : null;
    for (const l of finishedListeners) l(caseId, value, r.ok || cancelled ? null : r.error);
    return value;
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function cancelChecks(): Promise<void> {
  const running = job;
  set(null);
  if (running) await window.jitkit.checks.cancel({ jobId: running.jobId });
}
