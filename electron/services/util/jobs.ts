import { randomBytes } from 'node:crypto';

/**
 * Long-running IPC jobs (checks, exports) by id, so `checks:cancel` can abort one. The UI
 * may pick the id itself (to cancel before the first progress event) or let main pick it.
 */
const jobs = new Map<string, AbortController>();

export function startJob(requested?: string): { jobId: string; signal: AbortSignal; done: () => void } {
  const jobId = requested ?? randomBytes(8).toString('hex');
  jobs.get(jobId)?.abort();
  const controller = new AbortController();
  jobs.set(jobId, controller);
  return { jobId, signal: controller.signal, done: () => jobs.get(jobId) === controller && jobs.delete(jobId) };
}

export function cancelJob(jobId: string): boolean {
  const controller = jobs.get(jobId);
  if (!controller) return false;
  controller.abort();
  jobs.delete(jobId);
  return true;
}
