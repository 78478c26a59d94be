import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConcurrency } from '../services/checks/concurrency';
import { mapBounded } from '../services/util/concurrency';
import { checkInventory } from '../services/checks/inventory';
import { checkLogistics, checkLogisticsSet } from '../services/checks/logistics';
import { shutdownOcr } from '../services/ocr';
import { loadRulebook } from '../services/rulebook';
import { generateInventory, readInventoryManifest } from '../../tests/fixtures/inventory';
import { generateLogistics, readLogisticsManifest } from '../../tests/fixtures/logistics';
import { median, timed } from './measure';

/**
 * Timestamp-evidence bench (issue 5), on the seeded fixtures generated into a temp folder:
 * seconds per screenshot warm (target ≤ 1.5 s; the band fast path and the whole-image
 * escalation of a screenshot without a watermark are reported apart), seconds per text PDF
 * (target ≤ 0.5 s), and a 12-screenshot set checked in parallel across the OCR workers
 * (JITKIT_OCR_WORKERS) plus the set-level rules.
 */
const TODAY = '2026-11-25';

async function perFile(files: string[], check: (file: string) => Promise<unknown>): Promise<{ files: number; medianSeconds: number; maxSeconds: number; medianCpuSeconds: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const file of files) {
    const [, w, c] = await timed(() => check(file));
    wall.push(w);
    cpu.push(c);
  }
  return { files: files.length, medianSeconds: median(wall), maxSeconds: Math.max(...wall), medianCpuSeconds: median(cpu) };
}

export async function benchEvidence(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'jitkit-bench-evidence-'));
  try {
    const rulebook = loadRulebook();
    const ctx = { rulebook, today: TODAY };
    const [, genSeconds] = await timed(async () => {
      for (const sub of ['logistics', 'inventory']) mkdirSync(join(dir, sub));
      await generateLogistics(join(dir, 'logistics'));
      await generateInventory(join(dir, 'inventory'));
    });
    const logs = readLogisticsManifest(join(dir, 'logistics')).items;
    const invs = readInventoryManifest(join(dir, 'inventory')).items;
    const logPath = (f: string): string => join(dir, 'logistics', f);
    const invPath = (f: string): string => join(dir, 'inventory', f);
    // Warm: OCR workers started, models loaded, pdfjs imported.
    await checkLogistics(logPath(logs[0]?.file ?? ''), ctx);
    await checkInventory(invPath(invs[0]?.file ?? ''), ctx);
    const stamped = logs.filter((i) => i.stamp !== null && !i.variant.startsWith('photo')).slice(0, 8).map((i) => logPath(i.file));
    const photos = logs.filter((i) => i.variant.startsWith('photo') && i.stamp !== null).slice(0, 4).map((i) => logPath(i.file));
    const unstamped = logs.filter((i) => i.stamp === null).slice(0, 4).map((i) => logPath(i.file));
    const textPdfs = invs.filter((i) => !i.variant.startsWith('image')).slice(0, 12).map((i) => invPath(i.file));
    const scans = invs.filter((i) => i.variant.startsWith('image')).slice(0, 2).map((i) => invPath(i.file));
    const screenshotWarm = await perFile(stamped, (f) => checkLogistics(f, ctx));
    const photoWarm = await perFile(photos, (f) => checkLogistics(f, ctx));
    const noWatermarkWarm = await perFile(unstamped, (f) => checkLogistics(f, ctx));
    const textPdf = await perFile(textPdfs, (f) => checkInventory(f, ctx));
    const scannedPdf = await perFile(scans, (f) => checkInventory(f, ctx));
    const twelve = logs.filter((i) => i.stamp !== null).slice(0, 12).map((i) => logPath(i.file));
    const [, setSeconds, setCpu] = await timed(async () => {
      const checks = await mapBounded(twelve, checkConcurrency(), (f) => checkLogistics(f, ctx));
      return checkLogisticsSet(checks, ctx);
    });
    return {
      loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
      ocrWorkers: Number(process.env.JITKIT_OCR_WORKERS) || 1,
      fixtureGenerationSeconds: genSeconds,
      screenshotWarm: { ...screenshotWarm, targetSeconds: 1.5 },
      phonePhotoWarm: photoWarm,
      screenshotWithoutWatermarkWarm: { ...noWatermarkWarm, note: 'bands, then the whole image (escalation)' },
      textPdf: { ...textPdf, targetSeconds: 0.5 },
      scannedPdf,
      set12Parallel: { files: twelve.length, seconds: setSeconds, cpuSeconds: setCpu, secondsPerScreenshot: Math.round((setSeconds / twelve.length) * 1000) / 1000, concurrency: checkConcurrency() },
    };
  } finally {
    await shutdownOcr();
    rmSync(dir, { recursive: true, force: true });
  }
}
