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
