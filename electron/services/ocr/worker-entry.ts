/**
 * The OCR worker-thread entry (built as out/main/ocr-worker.js). It keeps one engine of
 * each kind loaded between jobs, runs one job at a time, reports progress and stops a job
 * at its next checkpoint when cancelled.
 */
import { parentPort } from 'node:worker_threads';
import { createEngine } from './engines';
import { OcrError, type FromWorker, type ToWorker } from './messages';
import type { OcrEngine, OcrEngineName } from './types';

const engines = new Map<OcrEngineName, Promise<OcrEngine>>();
const running = new Map<number, AbortController>();

function engine(name: OcrEngineName): Promise<OcrEngine> {
  let e = engines.get(name);
  if (!e) {
    e = createEngine(name).catch((err: unknown) => {
      engines.delete(name);
      throw new OcrError('OCR_ENGINE_UNAVAILABLE', `${name}: ${err instanceof Error ? err.message : String(err)}`);
    });
    engines.set(name, e);
  }
  return e;
}

function post(message: FromWorker): void {
  parentPort?.postMessage(message);
}

async function run(msg: Extract<ToWorker, { type: 'request' }>): Promise<void> {
  const controller = new AbortController();
  running.set(msg.id, controller);
  try {
    const e = await engine(msg.engine);
    const lines = await e.recognize(msg.image, {
      ...msg.options,
      signal: controller.signal,
      onProgress: (fraction) => post({ type: 'progress', id: msg.id, fraction }),
    });
    post({ type: 'result', id: msg.id, lines });
  } catch (err) {
    const code = controller.signal.aborted ? 'OCR_CANCELLED' : err instanceof OcrError ? err.code : 'OCR_FAILED';
    post({ type: 'error', id: msg.id, code, message: err instanceof Error ? err.message : String(err) });
  } finally {
    running.delete(msg.id);
  }
}

parentPort?.on('message', (msg: ToWorker) => {
  if (msg.type === 'cancel') running.get(msg.id)?.abort(new OcrError('OCR_CANCELLED', 'cancelled'));
  else void run(msg);
});
