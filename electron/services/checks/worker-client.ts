import { MessageChannel, type Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { makeFinding, type FileCheck, type Finding } from '../../../shared/findings';
import { getLocale } from '../../../shared/i18n';
import type { Rulebook } from '../../../shared/rulebook';
import { onOcrShutdown, serveOcrTo } from '../ocr';
import { workerFactory, type WorkerFactory } from '../util/worker-thread';
import type { FromChecksWorker, ToChecksWorker, WorkerCheckInput } from './worker-messages';

type Pending = {
  resolve: (msg: Extract<FromChecksWorker, { type: 'checked' | 'set' }>) => void;
  reject: (e: Error) => void;
  onProgress?: (fraction: number, stage: string) => void;
};

/** How long close() lets the worker finish its OCR shutdown before terminating it anyway. */
const CLOSE_GRACE_MS = 20_000;

/**
 * One reused checks worker thread (started on first use, replaced when it dies). Jobs carry
 * ids, so several run at once; a job in flight keeps the process alive, an idle worker does not.
 */
export class ChecksWorker {
  private worker: Worker | null = null;
  /** Stops serving the worker's OCR jobs on this thread's pool (its port's other end). */
  private stopOcr: () => void = () => undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Workers started so far (tests read it to see reuse). */
  spawned = 0;

  constructor(private readonly factory: WorkerFactory = defaultChecksWorkerFactory()) {}

  /** Checks one file on the worker; never throws for bad input (a finding instead), only on cancel. */
  async check(input: Omit<WorkerCheckInput, 'locale'>, signal?: AbortSignal): Promise<FileCheck> {
    try {
      const answer = await this.request(
        (id) => ({ type: 'check', id, input: { ...input, locale: getLocale() } }),
        signal,
      );
      return answer.type === 'checked' ? answer.check : failed(input.file, 'unexpected answer');
    } catch (e) {
      if (e instanceof AppError) throw e;
      return failed(input.file, e instanceof Error ? e.message : String(e));
    }
  }

  /** The set-level logistics findings (duplicates, months), computed on the worker. */
  async logisticsSet(checks: FileCheck[], ctx: { today: string; rulebook: Rulebook }): Promise<Finding[]> {
    const answer = await this.request((id) => ({
      type: 'set',
      id,
      checks,
      today: ctx.today,
      rulebook: ctx.rulebook,
      locale: getLocale(),
    }));
    return answer.type === 'set' ? answer.findings : [];
  }

  /** Lets the worker drop its OCR jobs (they run on this thread's pool), then ends it; the next job starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    this.failAll('checks worker shut down');
    this.stopOcr();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, CLOSE_GRACE_MS);
      worker.on('message', (msg: FromChecksWorker) => msg.type === 'closed' && (clearTimeout(timer), resolve()));
      worker.on('exit', () => (clearTimeout(timer), resolve()));
      worker.postMessage({ type: 'shutdown' } satisfies ToChecksWorker);
    });
    await worker.terminate();
  }

  private request(
    make: (id: number) => ToChecksWorker,
    signal?: AbortSignal,
  ): Promise<Extract<FromChecksWorker, { type: 'checked' | 'set' }>> {
    if (signal?.aborted) return Promise.reject(new AppError('CANCELLED', 'error.cancelled'));
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => worker.postMessage({ type: 'cancel', id } satisfies ToChecksWorker);
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        signal?.removeEventListener('abort', onAbort);
        this.pending.delete(id);
        if (this.pending.size === 0) this.worker?.unref();
      };
      this.pending.set(id, {
        resolve: (msg) => (done(), resolve(msg)),
        reject: (e) => (done(), reject(e)),
      });
      worker.ref();
      worker.postMessage(make(id));
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.factory();
    this.spawned++;
    worker.on('message', (msg: FromChecksWorker) => this.onMessage(msg));
    worker.on('error', (err) => this.onDeath(worker, err.message));
    worker.on('exit', (code) => this.onDeath(worker, `exit code ${code}`));
    worker.unref();
    // The worker's OCR runs on this thread's shared pool: one set of models per process.
    const { port1, port2 } = new MessageChannel();
    this.stopOcr();
    this.stopOcr = serveOcrTo(port1);
    worker.postMessage({ type: 'ocrPort', port: port2 } satisfies ToChecksWorker, [port2]);
    this.worker = worker;
    return worker;
  }

  private onMessage(msg: FromChecksWorker): void {
    if (msg.type === 'closed') return;
    const job = this.pending.get(msg.id);
    if (!job) return;
    if (msg.type === 'progress') job.onProgress?.(msg.fraction, msg.stage);
    else if (msg.type === 'error')
      job.reject(msg.cancelled ? new AppError('CANCELLED', 'error.cancelled') : new Error(msg.message));
    else job.resolve(msg);
  }

  private onDeath(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.stopOcr();
    this.failAll(`checks worker stopped (${reason})`);
  }

  private failAll(reason: string): void {
    for (const job of [...this.pending.values()]) job.reject(new Error(reason));
  }
}

function failed(file: string, detail: string): FileCheck {
  return {
    file,
    kind: 'unknown',
    status: 'fail',
    findings: [makeFinding('FILE_UNREADABLE', { detail: detail.slice(0, 200), file }, { key: 'checks.failed' })],
  };
}

/** Entry ./worker-entry.ts in source, out/main/checks-worker.js when built. */
export function defaultChecksWorkerFactory(moduleUrl: string = import.meta.url): WorkerFactory {
  return workerFactory(moduleUrl, './worker-entry.ts', 'checks-worker');
}

let shared: ChecksWorker | null = null;

/** The process's checks worker; closed with the OCR pool (shutdownOcr), whose jobs it sends. */
export function sharedChecksWorker(): ChecksWorker {
  if (!shared) {
    const worker = new ChecksWorker();
    shared = worker;
    onOcrShutdown(async () => {
      if (shared === worker) shared = null;
      await worker.close();
    });
  }
  return shared;
}
