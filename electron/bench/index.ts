import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { shutdownOcr } from '../services/ocr';

/**
 * `npm run bench`: runs every feature bench that exists and prints ONE JSON document on
 * stdout (progress on stderr). Each section is isolated: one that throws reports its
 * error and the others still run, so a half-finished feature never hides the rest.
 */

declare global {
  interface ImportMeta {
    /** Vite's build-time glob import (electron-vite bundles this file). */
    glob<T>(pattern: string): Record<string, () => Promise<T>>;
  }
}

type BenchModule = Record<string, unknown>;
type Section = { name: string; exportName: string };

/** Order matters: the cheap, independent sections first. */
const SECTIONS: Section[] = [
  { name: 'eligibility', exportName: 'benchEligibility' },
  { name: 'letter', exportName: 'benchLetter' },
  { name: 'evidence', exportName: 'benchEvidence' },
  { name: 'licence', exportName: 'benchLicence' },
  { name: 'bundle', exportName: 'benchBundle' },
  { name: 'review', exportName: 'benchReview' },
];

// A glob, not static imports: a feature's bench file may not exist yet, and the build must not fail for it.
const MODULES = import.meta.glob<BenchModule>('./{licence,letter,evidence,eligibility,bundle,review}.ts');

const mb = (bytes: number): number => Math.round(bytes / 1048576);

function machine(): object {
  const list = cpus();
  return {
    date: new Date().toISOString(),
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
    cpus: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    memoryMb: mb(totalmem()),
    freeMemoryMb: mb(freemem()),
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

type SectionResult =
  { status: 'ok'; seconds: number; result: unknown } | { status: 'error' | 'missing'; seconds: number; error: string };

/**
 * Every section's module is loaded up front (each on its own, a failure stays with its
 * section): a rebuild of out/ while the bench runs renames the hashed chunks, and a
 * section loaded minutes later would then not find its file.
 */
function loadAll(): Map<string, Promise<BenchModule>> {
  const loaded = new Map<string, Promise<BenchModule>>();
  for (const [path, loader] of Object.entries(MODULES)) {
    const promise = loader();
    promise.catch(() => undefined); // reported by the section that awaits it
    loaded.set(path, promise);
  }
  return loaded;
}

async function runSection(section: Section, modules: Map<string, Promise<BenchModule>>): Promise<SectionResult> {
  const module = modules.get(`./${section.name}.ts`);
  if (!module) return { status: 'missing', seconds: 0, error: `electron/bench/${section.name}.ts does not exist yet` };
  const t0 = performance.now();
  const seconds = () => Math.round((performance.now() - t0) / 10) / 100;
  try {
    const fn = (await module)[section.exportName];
    if (typeof fn !== 'function')
      return { status: 'missing', seconds: 0, error: `${section.name}.ts exports no ${section.exportName}()` };
    const result = await (fn as () => Promise<unknown>)();
    return { status: 'ok', seconds: seconds(), result };
  } catch (e) {
    return { status: 'error', seconds: seconds(), error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  } finally {
    // A section that failed mid-way must not leave OCR workers for the next one.
    await shutdownOcr().catch(() => undefined);
  }
}

/** Only the named sections when JITKIT_BENCH_ONLY=a,b is set (handy while working on one). */
function selected(): Section[] {
  const only = (process.env.JITKIT_BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return only.length > 0 ? SECTIONS.filter((s) => only.includes(s.name)) : SECTIONS;
}

async function main(): Promise<void> {
  const started = performance.now();
  const modules = loadAll();
  const sections: Record<string, SectionResult> = {};
  for (const section of selected()) {
    process.stderr.write(`[bench] ${section.name} …\n`);
    sections[section.name] = await runSection(section, modules);
    const r = sections[section.name]!;
    process.stderr.write(
      `[bench] ${section.name}: ${r.status} in ${r.seconds} s${r.status === 'ok' ? '' : ` (${r.error})`}\n`,
    );
  }
  const doc = {
    machine: machine(),
    totalSeconds: Math.round((performance.now() - started) / 10) / 100,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    sections,
  };
  process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  // Exit 1 when a section broke, so CI notices; a missing section is not a failure.
  process.exitCode = Object.values(sections).some((s) => s.status === 'error') ? 1 : 0;
}

await main();
