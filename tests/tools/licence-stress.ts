/**
 * Calibration only: reads every shared real licence (../shared/real-samples, never copied into
 * the repository) under the degradations a real upload has, and prints right/null/wrong per
 * field and condition. A field right on the clean file must stay right, or become null or
 * marked for confirmation, never wrong. Derived images are written under /tmp only.
 * `npx tsx tests/tools/licence-stress.ts [conditionFilter] [sampleFilter]`
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import sharp from 'sharp';
import { readLicence } from '../../electron/services/licence';
import { shutdownOcr } from '../../electron/services/ocr';
import type { LicenceReading } from '../../shared/licence';

const SAMPLES = resolve(process.cwd(), '..', 'shared', 'real-samples');
const KEYS = ['companyName', 'uscc', 'legalRepresentative'] as const;
type Key = (typeof KEYS)[number];
type Truth = { file: string; fields: Record<Key, string | null> };
type Outcome = 'right' | 'null' | 'wrong' | 'confirm';

/** A small seeded generator: the same degraded images on every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

type Raw = { data: Buffer; width: number; height: number };
async function raw(file: string): Promise<Raw> {
  const { data, info } = await sharp(file).rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
const fromRaw = (r: Raw): sharp.Sharp => sharp(r.data, { raw: { width: r.width, height: r.height, channels: 3 } });

/** Black-and-white photocopy: grey, hard threshold, speckle noise. */
async function photocopy(file: string, out: string, seed: number): Promise<void> {
  const r = await raw(file);
  const rnd = seeded(seed);
  for (let i = 0; i < r.data.length; i += 3) {
    const grey = 0.3 * (r.data[i] ?? 0) + 0.59 * (r.data[i + 1] ?? 0) + 0.11 * (r.data[i + 2] ?? 0);
    let v = grey < 150 ? 0 : 255;
    const n = rnd();
    if (n < 0.004) v = 0;
    else if (n > 0.996) v = 255;
    r.data[i] = r.data[i + 1] = r.data[i + 2] = v;
  }
  await fromRaw(r).jpeg({ quality: 85 }).toFile(out);
}

/** Uneven light (darker to one corner) and a bright glare band across the page. */
async function glare(file: string, out: string): Promise<void> {
  const r = await raw(file);
  const { width: w, height: h } = r;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      const shade = 0.65 + 0.35 * (1 - (x / w + y / h) / 2);
      // A band along the diagonal, a tenth of the page wide.
      const d = Math.abs(x / w - 0.3 - (y / h) * 0.5);
      const band = d < 0.05 ? 1 - d / 0.05 : 0;
      for (let c = 0; c < 3; c++) {
        const v = (r.data[i + c] ?? 0) * shade;
        r.data[i + c] = Math.min(255, Math.round(v + band * 0.75 * (255 - v)));
      }
    }
  }
  await fromRaw(r).jpeg({ quality: 85 }).toFile(out);
}

async function perspective(file: string, out: string): Promise<void> {
  const { width: w = 0, height: h = 0 } = await sharp(file).rotate().metadata();
  const dx = Math.round(w * 0.06);
  const dy = Math.round(h * 0.04);
  const pts = `0,0 ${dx},${dy}  ${w},0 ${w - dx / 2},0  ${w},${h} ${w},${h - dy}  0,${h} 0,${h}`;
  execFileSync('convert', [file, '-auto-orient', '-virtual-pixel', 'white', '-distort', 'Perspective', pts, out]);
}

type Condition = { name: string; make: (file: string, out: string, seed: number) => Promise<void> };
const white = { r: 255, g: 255, b: 255 };
const CONDITIONS: Condition[] = [
  { name: 'clean', make: (f, o) => Promise.resolve(writeFileSync(o, readFileSync(f))) },
  ...[90, 180, 270].map((deg) => ({
    name: `rot${deg}`,
    make: async (f: string, o: string) => void (await sharp(f).rotate().rotate(deg).jpeg({ quality: 90 }).toFile(o)),
  })),
  ...[3, -3].map((deg) => ({
    name: `skew${deg > 0 ? '+' : ''}${deg}`,
    make: async (f: string, o: string) =>
      void (await sharp(f).rotate().rotate(deg, { background: white }).jpeg({ quality: 90 }).toFile(o)),
  })),
  {
    name: 'small',
    make: async (f, o, seed) =>
      void (await sharp(f)
        .rotate()
        .resize({ width: 600 + (seed % 5) * 50 })
        .jpeg({ quality: 85 })
        .toFile(o)),
  },
  { name: 'jpeg60', make: async (f, o) => void (await sharp(f).rotate().jpeg({ quality: 60 }).toFile(o)) },
  { name: 'photocopy', make: photocopy },
  { name: 'perspective', make: perspective },
  { name: 'glare', make: glare },
  {
    name: 'crop',
    make: async (f, o) => {
      const { width: w = 0, height: h = 0 } = await sharp(f).rotate().metadata();
      const cut = { left: Math.round(w * 0.04), top: Math.round(h * 0.05) };
      const region = { ...cut, width: w - cut.left - Math.round(w * 0.03), height: h - cut.top - Math.round(h * 0.04) };
      await sharp(f).rotate().extract(region).jpeg({ quality: 90 }).toFile(o);
    },
  },
];

function outcome(reading: LicenceReading, key: Key, want: string | null): Outcome {
  const got = reading.fields[key];
  if (got === null) return want === null ? 'right' : 'null';
  if (got !== want) return reading.details[key]?.needsConfirmation ? 'confirm' : 'wrong';
  return 'right';
}

async function main(): Promise<void> {
  const [condFilter, sampleFilter] = process.argv.slice(2);
  const all = (JSON.parse(readFileSync(join(SAMPLES, 'truth.json'), 'utf8')) as { files: Truth[] }).files;
  // Each sample's seed is its place in truth.json, so a filtered run makes the same images.
  const truth = all.filter((t) => !sampleFilter || new RegExp(sampleFilter).test(t.file));
  const conditions = CONDITIONS.filter((c) => !condFilter || new RegExp(condFilter).test(c.name));
  const dir = mkdtempSync(join(tmpdir(), 'licence-stress-'));
  const table = new Map<string, Record<Key, Record<Outcome, number>>>();
  const clean = new Map<string, Record<Key, Outcome>>();
  for (const t of truth) {
    for (const c of conditions) {
      const out = join(dir, `${c.name}-${basename(t.file)}`);
      await c.make(join(SAMPLES, t.file), out, all.indexOf(t) + 1);
      const reading = await readLicence(out);
      const row = table.get(c.name) ?? emptyRow();
      table.set(c.name, row);
      const got = Object.fromEntries(KEYS.map((k) => [k, outcome(reading, k, t.fields[k])])) as Record<Key, Outcome>;
      if (c.name === 'clean') clean.set(t.file, got);
      for (const k of KEYS) row[k][got[k]]++;
      const bad = KEYS.filter((k) => got[k] !== 'right');
      // A field right on the clean file and wrong here is the regression this tool is for.
      const regress = KEYS.filter((k) => clean.get(t.file)?.[k] === 'right' && got[k] === 'wrong');
      if (bad.length)
        console.log(
          `${regress.length ? 'WRONG' : 'miss '} ${c.name.padEnd(11)} ${basename(t.file)} ${bad.map((k) => `${k}=${got[k]}:${JSON.stringify(reading.fields[k])}`).join(' ')} ${reading.findings.map((f) => f.code).join(',')} -> ${out}`,
        );
    }
  }
  console.log('\ncondition    | name r/n/w/c  | uscc r/n/w/c  | rep r/n/w/c');
  for (const [name, row] of table) {
    const cell = (k: Key): string => `${row[k].right}/${row[k].null}/${row[k].wrong}/${row[k].confirm}`.padEnd(13);
    console.log(`${name.padEnd(12)} | ${cell('companyName')} | ${cell('uscc')} | ${cell('legalRepresentative')}`);
  }
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  await shutdownOcr();
}

function emptyRow(): Record<Key, Record<Outcome, number>> {
  return Object.fromEntries(KEYS.map((k) => [k, { right: 0, null: 0, wrong: 0, confirm: 0 }])) as Record<
    Key,
    Record<Outcome, number>
  >;
}

void main();
