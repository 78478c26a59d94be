/**
 * One OCR pool per process. PaddleOCR's models take ~300 MB per loaded engine, so a thread
 * other than the main one (the checks worker) must not start a pool of its own: it sends its
 * jobs over a MessagePort to the main thread, whose shared pool runs them beside the licence
 * reads. The messages are the OCR worker's own (ToWorker / FromWorker), with the engine left
 * open so the host's paddle → tesseract fallback applies to them too.
 */
import type { MessagePort } from 'node:worker_threads';
import { OcrError, recBatchOf, type FromWorker, type WorkerJobOptions } from './messages';
import type { OcrEngineName, OcrImage, OcrLine, RecognizeOptions } from './types';

/** Client → host: a job (engine unset = the host's default with its fallback), or a cancel. */
export type ToOcrHost =
  | { type: 'request'; id: number; engine?: OcrEngineName; image: OcrImage; options: WorkerJobOptions }
  | { type: 'cancel'; id: number };

type Recognize = (image: OcrImage, options: RecognizeOptions) => Promise<OcrLine[]>;

let clients = 0;

/**
 * Serves OCR jobs arriving on `port` with `recognize` (the host's shared pool). Returns a
 * closer: it cancels the jobs in flight and closes the port (the client thread is gone).
 */
export function serveOcr(port: MessagePort, recognize: Recognize): () => void {
  const running = new Map<number, AbortController>();
  // Each thread numbers its cache keys on its own (`licence-<pid>-1` in both): keep theirs apart.
  const client = `client${++clients}:`;
  const post = (msg: FromWorker) => port.postMessage(msg);
  port.on('message', (msg: ToOcrHost) => {
    if (msg.type === 'cancel') return running.get(msg.id)?.abort();
    const controller = new AbortController();
    running.set(msg.id, controller);
    const cacheKey = msg.options.cacheKey === undefined ? undefined : client + msg.options.cacheKey;
    const options: RecognizeOptions = {
      ...msg.options,
      cacheKey,
      engine: msg.engine,
      signal: controller.signal,
      onProgress: (fraction) => post({ type: 'progress', id: msg.id, fraction }),
    };
    recognize(msg.image, options)
      .then(
        (lines) => post({ type: 'result', id: msg.id, lines }),
        (err: unknown) => {
          const code = controller.signal.aborted ? 'OCR_CANCELLED' : err instanceof OcrError ? err.code : 'OCR_FAILED';
          post({ type: 'error', id: msg.id, code, message: err instanceof Error ? err.message : String(err) });
        },
      )
      .finally(() => running.delete(msg.id));
  });
  // Listening must not keep the host process alive: a job in flight keeps its threads referenced.
  port.unref();
  return () => {
    for (const controller of running.values()) controller.abort();
    running.clear();
    port.close();
  };
}

type Pending = {
  resolve: (lines: OcrLine[]) => void;
  reject: (e: Error) => void;
  onProgress?: (fraction: number) => void;
};

/** The client side, in a thread that has no OCR pool: every job goes to the host. */
export class OcrHostClient {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly port: MessagePort) {
    port.on('message', (msg: FromWorker) => this.onMessage(msg));
    port.unref();
  }

  recognize(image: OcrImage, options: RecognizeOptions = {}): Promise<OcrLine[]> {
    if (this.closed) return Promise.reject(new OcrError('OCR_FAILED', 'OCR is shut down'));
    const { signal, onProgress, engine, regions, regionsAreLines, detectOnly, lines, cacheKey } = options;
    if (signal?.aborted) return Promise.reject(new OcrError('OCR_CANCELLED', 'OCR cancelled'));
    const id = this.nextId++;
    return new Promise<OcrLine[]>((resolve, reject) => {
      const onAbort = () => {
        this.port.postMessage({ type: 'cancel', id } satisfies ToOcrHost);
        this.settle(id, new OcrError('OCR_CANCELLED', 'OCR cancelled'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      this.pending.set(id, { resolve: (l) => (done(), resolve(l)), reject: (e) => (done(), reject(e)), onProgress });
      const request: ToOcrHost = {
        type: 'request',
        id,
        image,
        options: { regions, regionsAreLines, detectOnly, lines, cacheKey, ...recBatchOf(options) },
        ...(engine ? { engine } : {}),
      };
      this.port.postMessage(request);
    });
  }

  /** Rejects what is still waiting; later calls reject at once. */
  close(): void {
    this.closed = true;
    for (const id of [...this.pending.keys()]) this.settle(id, new OcrError('OCR_CANCELLED', 'OCR shut down'));
    this.port.close();
  }

  private onMessage(msg: FromWorker): void {
    const job = this.pending.get(msg.id);
    if (!job) return;
    if (msg.type === 'progress') job.onProgress?.(msg.fraction);
    else if (msg.type === 'result') this.settle(msg.id, null, msg.lines);
    else this.settle(msg.id, new OcrError(msg.code, msg.message));
  }

  private settle(id: number, error: Error | null, lines: OcrLine[] = []): void {
    const job = this.pending.get(id);
    if (!job) return;
    this.pending.delete(id);
    if (error) job.reject(error);
    else job.resolve(lines);
  }
}
