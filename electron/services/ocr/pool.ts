import type { Worker } from 'node:worker_threads';
import { OcrError, recBatchOf, type FromWorker, type ToWorker } from './messages';
import type { OcrEngineName, OcrImage, OcrLine, RecognizeOptions } from './types';
import { defaultWorkerFactory, type WorkerFactory } from './worker';

export type PoolOptions = {
  /** Worker threads (each engine already uses several threads; 1–2 on small machines). */
  size?: number;
  /** Restart a worker after this many jobs: WASM and ONNX heaps only grow. */
  maxJobsPerWorker?: number;
  /** How to start a worker (tests inject failing or slow ones). */
  factory?: WorkerFactory;
};

type Job = {
  id: number;
  engine: OcrEngineName;
  image: OcrImage;
  options: RecognizeOptions;
  resolve: (lines: OcrLine[]) => void;
  reject: (e: Error) => void;
  settled: boolean;
};

type Slot = { worker: Worker; job: Job | null; jobsDone: number; busy: boolean };

/** Runs OCR jobs on reusable worker threads; replaces dead workers and rejects their job. */
export class OcrPool {
  private readonly size: number;
  private readonly maxJobs: number;
  private readonly factory: WorkerFactory;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers started so far (tests and the bench read it to see reuse). */
  spawned = 0;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    this.maxJobs = Math.max(1, options.maxJobsPerWorker ?? 200);
    this.factory = options.factory ?? defaultWorkerFactory();
  }

  recognize(image: OcrImage, engine: OcrEngineName, options: RecognizeOptions = {}): Promise<OcrLine[]> {
    if (this.closed) return Promise.reject(new OcrError('OCR_FAILED', 'OCR pool is shut down'));
    return new Promise<OcrLine[]>((resolve, reject) => {
      const job: Job = { id: this.nextId++, engine, image, options, resolve, reject, settled: false };
      const { signal } = options;
      if (signal?.aborted) return reject(cancelled());
      signal?.addEventListener('abort', () => this.cancel(job), { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Thread ids of the live workers (for tests: a replaced worker has a new id). */
  workerIds(): number[] {
    return this.slots.map((s) => s.worker.threadId);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) settle(job, new OcrError('OCR_CANCELLED', 'OCR pool shut down'));
    // Terminating a worker while onnxruntime is inside a native call (creating a session on
    // a cold start, say) aborts the whole process: let a running job answer first.
    await Promise.all(
      this.slots.splice(0).map(async (s) => {
        if (s.busy) await answered(s.worker, CLOSE_GRACE_MS);
        await s.worker.terminate();
      }),
    );
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    // The worker stops at its next checkpoint; its slot stays busy until it answers.
    const slot = this.slots.find((s) => s.job === job);
    slot?.worker.postMessage({ type: 'cancel', id: job.id } satisfies ToWorker);
    settle(job, cancelled());
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < this.size ? this.spawn() : null);
      if (!slot) return;
      const job = this.queue.shift() as Job;
      slot.busy = true;
      slot.job = job;
      // A running job keeps the process alive; an idle worker does not (see spawn).
      slot.worker.ref();
      const { regions, regionsAreLines, detectOnly, lines, cacheKey } = job.options;
      const options = { regions, regionsAreLines, detectOnly, lines, cacheKey, ...recBatchOf(job.options) };
      slot.worker.postMessage({
        type: 'request',
        id: job.id,
        engine: job.engine,
        image: job.image,
        options,
      } satisfies ToWorker);
    }
  }

  private spawn(): Slot {
    const worker = this.factory();
    this.spawned++;
    const slot: Slot = { worker, job: null, jobsDone: 0, busy: false };
    worker.on('message', (msg: FromWorker) => this.onMessage(slot, msg));
    worker.on('error', (err) => this.onDeath(slot, err.message));
    worker.on('exit', (code) => this.onDeath(slot, `exit code ${code}`));
    // Idle workers must not keep the CLI process alive.
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private onMessage(slot: Slot, msg: FromWorker): void {
    const job = slot.job;
    if (!job || job.id !== msg.id) return;
    if (msg.type === 'progress') {
      if (!job.settled) job.options.onProgress?.(msg.fraction);
      return;
    }
    if (msg.type === 'result') settle(job, null, msg.lines);
    else settle(job, new OcrError(msg.code, msg.message));
    this.release(slot);
  }

  private release(slot: Slot): void {
    slot.job = null;
    slot.busy = false;
    slot.worker.unref();
    slot.jobsDone++;
    if (slot.jobsDone >= this.maxJobs) this.retire(slot);
    this.pump();
  }

  private retire(slot: Slot): void {
    this.remove(slot);
    void slot.worker.terminate();
  }

  private remove(slot: Slot): boolean {
    const i = this.slots.indexOf(slot);
    if (i < 0) return false;
    this.slots.splice(i, 1);
    return true;
  }

  private onDeath(slot: Slot, reason: string): void {
    if (!this.remove(slot)) return;
    if (slot.job) settle(slot.job, new OcrError('OCR_WORKER_DIED', `OCR worker stopped (${reason})`));
    if (!this.closed) this.pump();
  }
}

function settle(job: Job, error: Error | null, lines: OcrLine[] = []): void {
  if (job.settled) return;
  job.settled = true;
  if (error) job.reject(error);
  else job.resolve(lines);
}

function cancelled(): OcrError {
  return new OcrError('OCR_CANCELLED', 'OCR cancelled');
}

function defaultPoolSize(): number {
  const fromEnv = Number(process.env.JITKIT_OCR_WORKERS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 1;
}

/** How long close() waits for a running job before terminating its worker anyway. */
const CLOSE_GRACE_MS = 20_000;

/** Resolves when the worker answers its job (result or error) or exits, or after `ms`. */
function answered(worker: Worker, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (msg: FromWorker) => {
      if (msg.type !== 'progress') done();
    };
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    worker.on('message', onMessage);
    worker.on('exit', done);
  });
}
