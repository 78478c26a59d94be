import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportBundle, type BundleStage } from '../services/bundle';
import { runBatch } from '../services/bundle/batch';
import { readCaseJson } from '../services/bundle/seller';
import { shutdownOcr } from '../services/ocr';
import { resourcePath } from '../services/paths';
import { loadRulebook } from '../services/rulebook';
import { screenshot } from '../../tests/fixtures/bundle';
import { eventLoopDelay, memoryPeak } from './measure';

/**
 * Bundle bench (issue 7): a 15-file bundle (letter, 12 screenshots, inventory PDF, licence)
 * checked and zipped — seconds, peak memory and the share per stage — and a batch of
 * sellers (default 20; JITKIT_BENCH_SELLERS to change) in sellers per minute. Everything
 * real: content detection, the per-kind checkers, OCR, image cleaning, zip and reports.
 */
const TODAY = '2026-11-25';
const SAMPLES = () => resourcePath('samples', 'seller');
const SCREENSHOT_DATES = [
  '2026-09-02',
  '2026-09-14',
  '2026-09-27',
  '2026-10-03',
  '2026-10-11',
  '2026-10-19',
  '2026-10-28',
  '2026-11-01',
  '2026-11-06',
  '2026-11-12',
  '2026-11-17',
  '2026-11-21',
];

/** The bundle bench's 15 files (letter, licence, inventory PDF, 12 screenshots), written into `dir`. */
export async function fifteenFiles(dir: string): Promise<string[]> {
  const s = SAMPLES();
  mkdirSync(dir, { recursive: true });
  const files = ['承诺书扫描.jpg', '营业执照.jpg', '库存报表.pdf'].map((n) => {
    copyFileSync(join(s, n), join(dir, n));
    return join(dir, n);
  });
  for (const [i, date] of SCREENSHOT_DATES.entries()) {
    const file = join(dir, `screenshot-${i + 1}.png`);
    await screenshot(file, date, 500 + i);
    files.push(file);
  }
  return files;
}

async function benchOneBundle(dir: string, out = 'bundle.zip'): Promise<Record<string, unknown>> {
  const files = await fifteenFiles(join(dir, 'in'));
  const stages: Partial<Record<BundleStage, number>> = {};
  // The longest main-thread stall per stage: the check stage is the one the checks worker takes off it.
  const stageMaxBlockMs: Partial<Record<BundleStage, number>> = {};
  let current: { stage: BundleStage; t0: number; loop: ReturnType<typeof eventLoopDelay> } | null = null;
  const mark = (stage: BundleStage | null) => {
    if (current) {
      stages[current.stage] = (stages[current.stage] ?? 0) + (performance.now() - current.t0);
      stageMaxBlockMs[current.stage] = Math.max(stageMaxBlockMs[current.stage] ?? 0, current.loop.stop().maxMs);
    }
    current = stage ? { stage, t0: performance.now(), loop: eventLoopDelay() } : null;
  };
  const mem = memoryPeak();
  const loop = eventLoopDelay();
  const t0 = performance.now();
  const result = await exportBundle({
    files,
    caseInfo: readCaseJson(join(SAMPLES(), 'case.json')),
    today: TODAY,
    rulebook: loadRulebook(),
    out: join(dir, 'out', out),
    allowErrors: true,
    onStage: mark,
  });
  mark(null);
  const mainThreadBlocking = loop.stop();
  const total = performance.now() - t0;
  return {
    files: files.length,
    entries: result.entries.length,
    status: result.status,
    seconds: Math.round(total) / 1000,
    peakRssMb: mem.stop(),
    mainThreadBlocking: { ...mainThreadBlocking, stageMaxMs: stageMaxBlockMs },
    stageShare: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round((v / total) * 1000) / 1000])),
    stageSeconds: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v) / 1000])),
  };
}

async function benchBatch(dir: string, sellers: number): Promise<object> {
  const s = SAMPLES();
  for (let i = 0; i < sellers; i++) {
    const seller = join(dir, 'sellers', `seller-${String(i + 1).padStart(2, '0')}`);
    mkdirSync(seller, { recursive: true });
    for (const n of ['case.json', '承诺书扫描.jpg', '库存报表.pdf']) copyFileSync(join(s, n), join(seller, n));
    for (const [j, date] of ['2026-09-10', '2026-10-10', '2026-11-10'].entries())
      await screenshot(join(seller, `shot-${j}.png`), date, 1000 + i * 10 + j);
  }
  const mem = memoryPeak();
  const t0 = performance.now();
  const result = await runBatch({
    dir: join(dir, 'sellers'),
    outDir: join(dir, 'out'),
    today: TODAY,
    rulebook: loadRulebook(),
    allowErrors: true,
  });
  const seconds = (performance.now() - t0) / 1000;
  return {
    sellers,
    filesPerSeller: 6,
    written: result.sellers.filter((x) => x.out).length,
    seconds: Math.round(seconds * 10) / 10,
    sellersPerMinute: Math.round((sellers / seconds) * 60 * 10) / 10,
    peakRssMb: mem.stop(),
  };
}

async function checksInProcess<T>(run: () => Promise<T>): Promise<T> {
  const before = process.env.JITKIT_CHECKS_WORKER;
  process.env.JITKIT_CHECKS_WORKER = '0';
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.JITKIT_CHECKS_WORKER;
    else process.env.JITKIT_CHECKS_WORKER = before;
  }
}

export async function benchBundle(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'jitkit-bench-bundle-'));
  const sellers = Number(process.env.JITKIT_BENCH_SELLERS) > 0 ? Number(process.env.JITKIT_BENCH_SELLERS) : 20;
  try {
    const bundle = await benchOneBundle(join(dir, 'one'));
    const inProcess = await checksInProcess(() => benchOneBundle(join(dir, 'one'), 'bundle-in-process.zip'));
    // The same bundle with the checks on the main thread, for the blocking they would cause there.
    bundle.checksOnMainThread = { seconds: inProcess.seconds, mainThreadBlocking: inProcess.mainThreadBlocking };
    const batch = await benchBatch(join(dir, 'batch'), sellers);
    return { bundle, batch, loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100 };
  } finally {
    await shutdownOcr();
    rmSync(dir, { recursive: true, force: true });
  }
}
