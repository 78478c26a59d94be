/**
 * Peak memory of one process that reads a licence, checks a signed letter and checks a
 * logistics screenshot, the way the app does (licence on the main thread's OCR, checks on the
 * checks worker unless JITKIT_CHECKS_WORKER=0). Prints one JSON document:
 *   npx tsx scripts/ocr-memory.ts [--in-process]
 * `peakRssMb` is the whole process's high-water mark (every thread shares it); `checksLoopDelayMs`
 * the main thread's event-loop delay while the checks run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRulebook } from '../electron/services/rulebook';
import { readLicence } from '../electron/services/licence/read';
import { checkFiles } from '../electron/services/checks';
import { shutdownOcr } from '../electron/services/ocr';
import { eventLoopDelay } from '../electron/bench/measure';
import type { CaseInput } from '../shared/case';

const SELLER = join(import.meta.dirname, '../resources/samples/seller');
const mb = (bytes: number): number => Math.round(bytes / 1048576);

async function main(): Promise<void> {
  if (process.argv.includes('--in-process')) process.env.JITKIT_CHECKS_WORKER = '0';
  const rulebook = loadRulebook();
  const caseInfo = JSON.parse(readFileSync(join(SELLER, 'case.json'), 'utf8')) as CaseInput;
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const licence = await readLicence(join(SELLER, '营业执照.jpg'));
  const loop = eventLoopDelay();
  const checks = await checkFiles([join(SELLER, '承诺书扫描.jpg'), join(SELLER, '物流截图1.png')], {
    caseInfo,
    today: '2026-11-25',
    rulebook,
  });
  const seconds = Math.round(performance.now() - t0) / 1000;
  // The main thread's stalls while the two checks run (with the checks worker it relays their OCR jobs).
  const checksLoopDelayMs = loop.stop();
  clearInterval(timer);
  const result = {
    checksWorker: process.env.JITKIT_CHECKS_WORKER !== '0',
    seconds,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    sampledPeakRssMb: mb(peak),
    checksLoopDelayMs,
    licenceName: licence.fields.companyName ?? null,
    checks: checks.files.map((c) => ({ kind: c.kind, status: c.status, codes: c.findings.map((f) => f.code) })),
  };
  await shutdownOcr();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

void main();
