/**
 * How many files are checked at once. OCR itself is bounded by the worker pool
 * (JITKIT_OCR_WORKERS, default 1); one more file than workers lets decoding and image
 * analysis of the next file overlap the OCR of the current one without piling up memory.
 */
export function checkConcurrency(): number {
  const fromEnv = Number(process.env.JITKIT_CHECK_CONCURRENCY);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  const workers = Number(process.env.JITKIT_OCR_WORKERS);
  return (Number.isInteger(workers) && workers > 0 ? workers : 1) + 1;
}

/** Maps with at most `limit` calls in flight, results in input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
