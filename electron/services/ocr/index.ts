/**
 * The OCR entry point every feature uses. Jobs run on one shared worker pool per process (off
 * the main thread, engines kept loaded between files); the checks worker sends its jobs to the
 * main thread's pool (host.ts), so PaddleOCR's models are loaded once. PaddleOCR is the
 * default: on our licence fixtures it reads Chinese names far better than tesseract.js (see
 * electron/bench/licence.ts); tesseract.js is the fallback when onnxruntime cannot load.
 */
import type { MessagePort } from 'node:worker_threads';
import { OcrHostClient, serveOcr } from './host';
import { OcrError } from './messages';
import { OcrPool } from './pool';
import type { OcrEngineName, OcrImage, OcrLine, RecognizeOptions } from './types';

export type { Box, OcrEngineName, OcrImage, OcrLine, RecognizeOptions, RotatedLine } from './types';
export { OcrError } from './messages';
export { OcrPool } from './pool';

export const DEFAULT_ENGINE: OcrEngineName = 'paddle';

let pool: OcrPool | null = null;
/** Set once paddle failed to load here, so later calls go straight to the fallback. */
let paddleUnavailable = false;

function sharedPool(): OcrPool {
  pool ??= new OcrPool();
  return pool;
}

/** OCR worker threads this thread's pool has started (tests: the checks worker's OCR lands here). */
export function ocrWorkersSpawned(): number {
  return pool?.spawned ?? 0;
}

/** Set in a thread that sends its OCR to the main thread's pool (the checks worker). */
let host: OcrHostClient | null = null;

/** In this thread, run every OCR job on the pool behind `port` (see host.ts); no pool of its own. */
export function useOcrHost(port: MessagePort): void {
  host?.close();
  host = new OcrHostClient(port);
}

/** Runs the OCR jobs another thread sends on `port` on this thread's pool; returns the closer. */
export function serveOcrTo(port: MessagePort): () => void {
  return serveOcr(port, recognize);
}

/**
 * Reads text lines (with boxes and confidences) from an image. With `regions`, only those
 * parts are read; `regionsAreLines` skips detection and reads each region as one line.
 */
/** JITKIT_OCR_PROFILE=1: each OCR job's kind and wall time on stderr (profiling the licence pass). */
const PROFILE = process.env.JITKIT_OCR_PROFILE === '1';

export async function recognize(image: OcrImage, options: RecognizeOptions = {}): Promise<OcrLine[]> {
  if (host) return host.recognize(image, options);
  const requested = options.engine ?? (paddleUnavailable ? 'tesseract' : DEFAULT_ENGINE);
  try {
    if (!PROFILE) return await sharedPool().recognize(image, requested, options);
    const t0 = performance.now();
    const out = await sharedPool().recognize(image, requested, options);
    const what = options.detectOnly ? 'detect' : options.lines ? `lines ${options.lines.length}` : 'page';
    process.stderr.write(`ocr-profile ${what} ${Math.round(performance.now() - t0)} ms\n`);
    return out;
  } catch (e) {
    const fallBack =
      e instanceof OcrError && e.code === 'OCR_ENGINE_UNAVAILABLE' && requested === 'paddle' && !options.engine;
    if (!fallBack) throw e;
    paddleUnavailable = true;
    process.stderr.write(`OCR: PaddleOCR unavailable (${e.message}); using tesseract.js\n`);
    return sharedPool().recognize(image, 'tesseract', options);
  }
}

let prewarmed = false;

/**
 * Starts a worker and loads the engine in the background (a blank 32×32 detection), so a
 * caller's own decoding overlaps the cold start. Errors surface on the real job instead.
 */
export function prewarmOcr(engine?: OcrEngineName): void {
  if (prewarmed) return;
  prewarmed = true;
  const blank: OcrImage = {
    kind: 'raw',
    data: new Uint8Array(32 * 32 * 3).fill(255),
    width: 32,
    height: 32,
    channels: 3,
  };
  recognize(blank, { engine, detectOnly: true }).catch(() => undefined);
}

/** Other threads that run OCR of their own (the checks worker): shutdownOcr stops them too. */
const hosts = new Set<() => Promise<void>>();

/** Registers a closer run by shutdownOcr; it is forgotten once run. */
export function onOcrShutdown(close: () => Promise<void>): void {
  hosts.add(close);
}

/** Stops the OCR workers (call before a CLI command returns so the process exits promptly). */
export async function shutdownOcr(): Promise<void> {
  const p = pool;
  pool = null;
  // A client thread's waiting jobs are rejected; it stays a client (never starts a pool of its own).
  host?.close();
  prewarmed = false;
  const closers = [...hosts];
  hosts.clear();
  await Promise.all([p?.close(), ...closers.map((close) => close())]);
}
