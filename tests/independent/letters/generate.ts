/**
 * Independent signed-letter generator (issue 13): letters made without the project's renderer, to
 * calibrate and measure the signed-letter check on files our own code did not make. HTML templates
 * in Chromium with system CJK fonts, SVG seals and signatures, scan/photo/PDF/viewer captures.
 *
 *   npx tsx tests/independent/letters/generate.ts [outDir [extraSeed]]
 *
 * With an extra seed it makes an extra CALIBRATION-only set (every file's split is calibration):
 * more material to tune on that leaves the standard set and its held-out half as they are.
 *
 * Output: <outDir>/<id>-<kind>-<template>-<capture>.<ext> and truth.json (see TruthEntry).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeRng } from './rng';
import { launchBrowser, Renderer } from './browser';
import { photoScene, scanScene, viewerScene, type Scene } from './scene';
import { composeLetter } from './compose';
import { applyCapture } from './capture';
import { expectCodes, GENERATOR_VERSION, planFiles, SEED, type PlannedFile } from './plan';
import type { TruthEntry, TruthFile } from './truth';

export const DEFAULT_OUT_DIR = resolve(import.meta.dirname, '../../fixtures/generated/independent-letters');

function sceneFor(file: PlannedFile, rng: ReturnType<typeof makeRng>): { scene: Scene; dpi: number } {
  if (file.capture === 'photo')
    return {
      scene: photoScene(rng, { pages: file.kind === 'two-pages' ? 2 : 1, cutCorner: rng.chance(0.15) }),
      dpi: 0,
    };
  if (file.capture === 'viewer')
    return { scene: viewerScene(rng, `JIT退出承诺书_${file.seller.companyName.slice(0, 6)}.pdf`), dpi: 0 };
  const dpi = rng.pick(file.capture === 'scan' ? [150, 150, 200, 200, 240, 300] : [150, 150, 200, 300]);
  return { scene: scanScene(dpi), dpi };
}

async function makeFile(renderer: Renderer, file: PlannedFile, outDir: string): Promise<TruthEntry> {
  const rng = makeRng(file.seed);
  const composed = composeLetter(rng.fork('compose'), file);
  const { scene, dpi } = sceneFor(file, rng.fork('scene'));
  const { page, anchors } = await renderer.layout(scene, composed.pages);
  const png = await renderer.place(page, scene, composed.overlays(anchors), file.capture === 'viewer');
  const captured = await applyCapture(png, file.capture, rng.fork('capture'), file.rotation, dpi, file.exifOrientation);
  const template = file.kind === 'blank' || file.kind === 'licence' ? file.kind : file.template;
  const name = `${file.id}-${file.kind}-${template}-${file.capture}.${captured.ext}`;
  writeFileSync(join(outDir, name), captured.bytes);
  return {
    file: name,
    split: file.split,
    template,
    capture: file.capture,
    case: {
      companyName: file.seller.companyName,
      uscc: file.seller.uscc,
      legalRepresentative: file.seller.legalRepresentative,
    },
    printed: { companyName: file.printedCompany, legalRepresentative: file.printedLegal },
    seal: file.seal,
    signature: file.signature,
    rotation: file.rotation,
    exifOrientation: file.exifOrientation,
    badInput: file.badInput,
    expectCodes: expectCodes(file),
    kind: file.kind,
    sellerKind: file.seller.kind,
    legalLabel: file.legalLabel,
    sealBoxMm: composed.placed.seal,
    signatureBoxMm: composed.placed.signature,
    captureDetails: captured.details,
    sealStyle: composed.placed.sealStyle,
    folded: composed.placed.folded,
  };
}

function upToDate(outDir: string, seed: number): boolean {
  const truthPath = join(outDir, 'truth.json');
  if (!existsSync(truthPath)) return false;
  try {
    const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as TruthFile;
    return (
      truth.version === GENERATOR_VERSION &&
      truth.seed === seed &&
      truth.entries.every((e) => existsSync(join(outDir, e.file)))
    );
  } catch {
    return false;
  }
}

/** The standard plan, or an extra calibration-only one made from another seed. */
function plannedFiles(extraSeed: number | undefined): PlannedFile[] {
  if (extraSeed === undefined) return planFiles();
  return planFiles(extraSeed).map((f) => ({ ...f, split: 'calibration' as const }));
}

/** Generates every planned file (skipped when truth.json of this version is already there). */
export async function generateIndependentLetters(dir: string, extraSeed?: number): Promise<void> {
  const seed = extraSeed ?? SEED;
  if (upToDate(dir, seed)) return;
  mkdirSync(dir, { recursive: true });
  // Files of an older version go first, so the folder never mixes two versions.
  for (const name of readdirSync(dir)) {
    if (/^[ch]\d{3}-.*\.(jpg|png|pdf)$/.test(name) || name.startsWith('truth.json'))
      rmSync(join(dir, name), { force: true });
  }
  const started = Date.now();
  const files = plannedFiles(extraSeed);
  const browser = await launchBrowser();
  const entries = new Array<TruthEntry>(files.length);
  try {
    // Two renderers (one page each per viewport) so Chromium and sharp overlap on the two cores.
    let next = 0;
    const worker = async (): Promise<void> => {
      const renderer = new Renderer(browser);
      while (next < files.length) {
        const index = next++;
        entries[index] = await makeFile(renderer, files[index] as PlannedFile, dir);
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
  }
  const truth: TruthFile = {
    generator: 'independent-letters',
    version: GENERATOR_VERSION,
    seed,
    seconds: (Date.now() - started) / 1000,
    entries,
  };
  const tmp = join(dir, 'truth.json.tmp');
  writeFileSync(tmp, JSON.stringify(truth, null, 1));
  renameSync(tmp, join(dir, 'truth.json'));
}

const isCli =
  typeof import.meta.filename === 'string' &&
  !!process.argv[1] &&
  resolve(process.argv[1]) === resolve(import.meta.filename);
if (isCli) {
  const outDir = resolve(process.argv[2] ?? DEFAULT_OUT_DIR);
  const t0 = Date.now();
  const extraSeed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  if (extraSeed !== undefined && !Number.isInteger(extraSeed))
    throw new Error(`extra seed must be an integer: ${process.argv[3]}`);
  await generateIndependentLetters(outDir, extraSeed);
  process.stderr.write(`independent letters in ${outDir}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
