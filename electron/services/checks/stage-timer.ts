/**
 * Per-stage wall time of a check, for profiling (JITKIT_STAGE_TIMES=1; tests/tools/logistics-profile.ts
 * reads it). Off by default: then `stage` only runs the stage. The totals are per process, so a
 * profile runs its files one after another.
 */
const ON = process.env.JITKIT_STAGE_TIMES === '1';
const totals = new Map<string, { ms: number; calls: number }>();

function add(name: string, ms: number): void {
  const t = totals.get(name) ?? { ms: 0, calls: 0 };
  t.ms += ms;
  t.calls++;
  totals.set(name, t);
}

/** Runs an async stage, adding its wall time to `name` when profiling. */
export async function stage<T>(name: string, run: () => Promise<T>): Promise<T> {
  if (!ON) return run();
  const t0 = performance.now();
  try {
    return await run();
  } finally {
    add(name, performance.now() - t0);
  }
}

/** The same for a synchronous stage (pixel work on the check's own thread). */
export function stageSync<T>(name: string, run: () => T): T {
  if (!ON) return run();
  const t0 = performance.now();
  try {
    return run();
  } finally {
    add(name, performance.now() - t0);
  }
}

/** The totals since the last call, then cleared (one file's stages). */
export function takeStageTimes(): Record<string, { ms: number; calls: number }> {
  const out = Object.fromEntries(totals);
  totals.clear();
  return out;
}
