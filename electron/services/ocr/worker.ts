import { workerFactory, type WorkerFactory } from '../util/worker-thread';

export type { WorkerFactory };

/** Starts one OCR worker thread (entry: ./worker-entry.ts, built as out/main/ocr-worker.js). */
export function defaultWorkerFactory(moduleUrl: string = import.meta.url): WorkerFactory {
  return workerFactory(moduleUrl, './worker-entry.ts', 'ocr-worker');
}
