import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures';
import { OcrError, OcrPool } from '../../electron/services/ocr';
import type { OcrImage } from '../../electron/services/ocr/types';
import { defaultWorkerFactory } from '../../electron/services/ocr/worker';

const LICENCE = join(FIXTURES_DIR, 'licences', 'licence-01.jpg');
let full: OcrImage;
let small: OcrImage;

beforeAll(async () => {
  const data = readFileSync(LICENCE);
  full = { kind: 'encoded', data };
  // The top-left corner: the credit-code label and the code, a quick job.
  const meta = await sharp(data).metadata();
  const crop = await sharp(data)
    .extract({
      left: 0,
      top: 0,
      width: Math.round((meta.width ?? 1200) / 2),
      height: Math.round((meta.height ?? 800) / 4),
    })
    .png()
    .toBuffer();
  small = { kind: 'encoded', data: crop };
});

/** A pool whose workers the test can reach (to kill one mid-job). */
function trackedPool(opts: { maxJobsPerWorker?: number } = {}): { pool: OcrPool; workers: Worker[] } {
  const workers: Worker[] = [];
  const start = defaultWorkerFactory();
  const pool = new OcrPool({
    size: 1,
    ...opts,
    factory: () => {
      const w = start();
      workers.push(w);
      return w;
    },
  });
  return { pool, workers };
}

const pools: OcrPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('OcrPool', () => {
  it('reuses one worker between jobs and reports progress up to 1', async () => {
    const { pool } = trackedPool();
    pools.push(pool);
    const fractions: number[] = [];
    const first = await pool.recognize(small, 'paddle', { onProgress: (f) => fractions.push(f) });
    const ids = pool.workerIds();
    const second = await pool.recognize(small, 'paddle');
    expect(first.map((l) => l.text).join(' ')).toContain('统一社会信用代码');
    expect(second.map((l) => l.text)).toEqual(first.map((l) => l.text));
    expect(pool.spawned).toBe(1);
    expect(pool.workerIds()).toEqual(ids);
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('cancels a running job through its AbortSignal and keeps working', async () => {
    const { pool } = trackedPool();
    pools.push(pool);
    const controller = new AbortController();
    const job = pool.recognize(full, 'paddle', { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(job).rejects.toMatchObject({ code: 'OCR_CANCELLED' });
    const after = await pool.recognize(small, 'paddle');
    expect(after.length).toBeGreaterThan(0);
  });

  it('rejects a job whose signal is already aborted without running it', async () => {
    const { pool } = trackedPool();
    pools.push(pool);
    await expect(pool.recognize(small, 'paddle', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(OcrError);
    expect(pool.spawned).toBe(0);
  });

  it('rejects the job of a killed worker (no hang) and replaces the worker', async () => {
    const { pool, workers } = trackedPool();
    pools.push(pool);
    const job = pool.recognize(full, 'paddle', { onProgress: () => void workers[0]?.terminate() });
    await expect(job).rejects.toMatchObject({ code: 'OCR_WORKER_DIED' });
    const lines = await pool.recognize(small, 'paddle');
    expect(lines.length).toBeGreaterThan(0);
    expect(pool.spawned).toBe(2);
  });

  it('recycles a worker after its job budget', async () => {
    const { pool } = trackedPool({ maxJobsPerWorker: 2 });
    pools.push(pool);
    for (let i = 0; i < 3; i++) await pool.recognize(small, 'paddle', { detectOnly: true });
    expect(pool.spawned).toBe(2);
  });

  it('queues jobs beyond the pool size and answers each in turn', async () => {
    const { pool } = trackedPool();
    pools.push(pool);
    const results = await Promise.all([1, 2, 3].map(() => pool.recognize(small, 'paddle', { detectOnly: true })));
    expect(results.every((r) => r.length > 0 && r.every((l) => l.line !== undefined))).toBe(true);
    expect(pool.spawned).toBe(1);
  });
});
