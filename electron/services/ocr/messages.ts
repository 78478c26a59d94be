import type { OcrEngineName, OcrImage, OcrLine, RecognizeOptions } from './types';

/** What crosses the worker boundary: options minus the non-cloneable signal and callback. */
export type WorkerJobOptions = Pick<
  RecognizeOptions,
  'regions' | 'regionsAreLines' | 'detectOnly' | 'lines' | 'cacheKey' | 'recBatch'
>;

/** The recogniser batch option, passed on only when a caller set it. */
export function recBatchOf(options: RecognizeOptions): Pick<RecognizeOptions, 'recBatch'> {
  return options.recBatch === undefined ? {} : { recBatch: options.recBatch };
}

/** Main thread → worker. */
export type ToWorker =
  | { type: 'request'; id: number; engine: OcrEngineName; image: OcrImage; options: WorkerJobOptions }
  | { type: 'cancel'; id: number };

/** Worker → main thread. */
export type FromWorker =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'result'; id: number; lines: OcrLine[] }
  | { type: 'error'; id: number; code: OcrErrorCode; message: string };

export type OcrErrorCode = 'OCR_CANCELLED' | 'OCR_ENGINE_UNAVAILABLE' | 'OCR_FAILED' | 'OCR_WORKER_DIED';

/** An OCR failure with a stable code; the pool rejects jobs with it. */
export class OcrError extends Error {
  constructor(
    readonly code: OcrErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OcrError';
  }
}
