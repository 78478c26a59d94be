import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readLicence } from '../services/licence';
import { resourcesDir } from '../services/paths';
import { nativeTesseract, nativeTesseractAvailable } from './licence-native';
import { median } from './measure';

/**
 * The real licences of ../shared/real-samples (beside the project, never copied in): accuracy
 * (all three key fields as printed, null where nothing is printed), invented values, warm
 * time per licence and its ratio to native tesseract run alternately on the same images.
 * Targets: ratio ≤ 0.6×, peak RSS ≤ 1.5 GB (reported by the caller).
 */
type Truth = { file: string; fields: Record<'companyName' | 'uscc' | 'legalRepresentative', string | null> };
const KEYS = ['companyName', 'uscc', 'legalRepresentative'] as const;
const norm = (s: string | null): string | null => (s === null ? null : s.normalize('NFKC').replace(/\s+/g, ''));
const ms = (t0: number): number => Math.round(performance.now() - t0);

export async function benchRealSamples(): Promise<object> {
  const dir = join(dirname(resourcesDir()), '..', 'shared', 'real-samples');
  if (!existsSync(join(dir, 'truth.json'))) return { available: false, reason: '../shared/real-samples not found' };
  const truth = (JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as { files: Truth[] }).files;
  const first = truth[0];
  // Warm-up: workers started and models loaded before anything is timed.
  if (first) await readLicence(join(dir, first.file));
  const native = nativeTesseractAvailable();
  const ours: number[] = [];
  const theirs: number[] = [];
  const files: object[] = [];
  let right = 0;
  let invented = 0;
  for (const t of truth) {
    const t0 = performance.now();
    const r = await readLicence(join(dir, t.file));
    ours.push(ms(t0));
    if (native) theirs.push(nativeTesseract(join(dir, t.file)).ms);
    const wrong = KEYS.filter((k) => norm(r.fields[k]) !== norm(t.fields[k]));
    invented += KEYS.filter((k) => t.fields[k] === null && r.fields[k] !== null).length;
    if (wrong.length === 0) right++;
    files.push({ file: t.file, ms: ours.at(-1), wrong, findings: r.findings.map((f) => f.code) });
  }
  const ratio = native ? Math.round((100 * median(ours)) / Math.max(1, median(theirs))) / 100 : null;
  return {
    n: truth.length,
    allThreePct: Math.round((1000 * right) / Math.max(1, truth.length)) / 10,
    inventedValues: invented,
    warmMedianMs: median(ours),
    nativeTesseractMedianMs: native ? median(theirs) : null,
    ratioToNative: ratio,
    files,
    targets: { allThreePct: 95, inventedValues: 0, ratioToNative: 0.6 },
  };
}
