/**
 * Independent calibration set for the logistics-screenshot checks (issue 15). Pages are HTML
 * rendered in Chromium (playwright-core, system CJK fonts), stamps composited in the HTML,
 * some files then "photographed" with sharp and ImageMagick (rotation, perspective, moiré,
 * glare, blur, JPEG 60–90). Imports nothing from electron/** or the project's fixture
 * drawing code. Writes the files, orders.csv and truth.json (the expected codes per file).
 *
 *   npx tsx tests/independent/logistics/generate.ts [outDir]
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../helpers/chromium';
import sharp from 'sharp';
import { pageBody, PAGE_SIZES, type Rand } from './pages';
import { INDEPENDENT_TODAY, makePlan, orderExportCsv, rng, type Plan } from './plan';
import { stampHtml, type Corner, type StampStyle } from './stamps';

const run = promisify(execFile);
export const INDEPENDENT_VERSION = 5;
/** 80 calibration + 80 held-out (version 5: a new seed and more styles than the 96 of version 4). */
const COUNT = 160;
const STANDARD_SEED = 20261201;

export type IndependentTruth = {
  version: number;
  today: string;
  orders: string;
  files: (Omit<Plan, 'page'> & {
    orderId: string;
    tracking: string;
    template: string;
    pickupShown: boolean;
    mark: string | null;
  })[];
};

function html(plan: Plan, rnd: Rand): string {
  const size = PAGE_SIZES[plan.page.template];
  const stamp = plan.stamp && plan.style ? stampHtml(plan.style, plan.corner ?? 'br', plan.stamp, rnd) : null;
  plan.stampText = stamp?.text ?? null;
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;width:${size.width}px;height:${size.height}px;overflow:hidden;font-family:${plan.page.font},sans-serif}</style></head>
  <body><div style="position:relative;width:100%;height:100%">${pageBody(plan.page)}${stamp?.html ?? ''}</div></body></html>`;
}

/** A moiré of fine, slightly rotated lines and a glare spot, as an SVG the size of the image. */
function screenTexture(w: number, h: number, rnd: Rand): Buffer {
  const pitch = (2.2 + rnd() * 1.6).toFixed(2);
  const angle = (rnd() * 8 - 4).toFixed(1);
  const gx = Math.floor(rnd() * w);
  const gy = Math.floor(rnd() * h);
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <defs><pattern id="m" width="${pitch}" height="${pitch}" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})"><rect width="${pitch}" height="1" fill="rgba(0,0,0,${(0.05 + rnd() * 0.07).toFixed(2)})"/></pattern>
    <radialGradient id="g"><stop offset="0" stop-color="rgba(255,255,255,${(0.25 + rnd() * 0.35).toFixed(2)})"/><stop offset="1" stop-color="rgba(255,255,255,0)"/></radialGradient></defs>
    <rect width="100%" height="100%" fill="url(#m)"/><circle cx="${gx}" cy="${gy}" r="${Math.floor(Math.min(w, h) * (0.2 + rnd() * 0.25))}" fill="url(#g)"/></svg>`);
}

/** "Photographs" a rendered screenshot: texture, perspective or rotation, blur, exposure. */
async function photograph(png: Buffer, out: string, rnd: Rand): Promise<void> {
  const meta = await sharp(png).metadata();
  const w = meta.width ?? 1000;
  const h = meta.height ?? 800;
  let img = await sharp(png)
    .composite([{ input: screenTexture(w, h, rnd), blend: 'over' }])
    .png({ compressionLevel: 1 })
    .toBuffer();
  if (rnd() < 0.5) {
    const j = (k: number): number => Math.floor(rnd() * k);
    const dx = Math.floor(w * 0.06);
    const dy = Math.floor(h * 0.06);
    const pts = `0,0 ${j(dx)},${j(dy)}  ${w},0 ${w - j(dx)},${j(dy)}  ${w},${h} ${w - j(dx)},${h - j(dy)}  0,${h} ${j(dx)},${h - j(dy)}`;
    const tmpIn = `${out}.in.png`;
    writeFileSync(tmpIn, img);
    await run('convert', [tmpIn, '-virtual-pixel', 'black', '-distort', 'Perspective', pts, `${out}.pp.png`]);
    img = readFileSync(`${out}.pp.png`);
    await Promise.all(
      [tmpIn, `${out}.pp.png`].map((f) => import('node:fs/promises').then((fs) => fs.rm(f, { force: true }))),
    );
  } else {
    img = await sharp(img)
      .rotate(rnd() * 10 - 5, { background: { r: 20, g: 22, b: 26 } })
      .png({ compressionLevel: 1 })
      .toBuffer();
  }
  const scale = 0.75 + rnd() * 0.35;
  const m = await sharp(img).metadata();
  await sharp(img)
    .resize(Math.round((m.width ?? w) * scale))
    .blur(0.4 + rnd() * 0.8)
    .modulate({ brightness: 0.85 + rnd() * 0.25, saturation: 0.9 + rnd() * 0.2 })
    .jpeg({ quality: 60 + Math.floor(rnd() * 31) })
    .toFile(out);
}

async function renderOne(page: Page, plan: Plan, dir: string, rnd: Rand): Promise<void> {
  const size = PAGE_SIZES[plan.page.template];
  await page.setViewportSize(size);
  await page.setContent(html(plan, rnd), { waitUntil: 'load' });
  const png = await page.screenshot({ type: 'png' });
  const out = join(dir, plan.file);
  if (plan.photo) {
    plan.file = plan.file.replace(/\.png$/, '.jpg');
    await photograph(png, join(dir, plan.file), rnd);
  } else if (plan.file.endsWith('.jpg'))
    await sharp(png)
      .jpeg({ quality: 75 + Math.floor(rnd() * 20) })
      .toFile(out);
  else writeFileSync(out, png);
}

export function readIndependentTruth(dir: string): IndependentTruth {
  return JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as IndependentTruth;
}

/**
 * Generates the set into `dir` unless a truth.json of this version is already there. Another
 * seed makes an EXTRA calibration set (every file calibration), to tune on more than half
 * the standard set without touching its held-out half.
 */
export async function generateIndependentLogistics(
  dir: string,
  extraSeed?: number,
  extraCount = COUNT,
  onlyStyles?: readonly StampStyle[],
  onlyCorners?: readonly Corner[],
  capture?: 'photo' | 'screen',
): Promise<void> {
  const truthFile = join(dir, 'truth.json');
  if (existsSync(truthFile) && readIndependentTruth(dir).version === INDEPENDENT_VERSION) return;
  mkdirSync(dir, { recursive: true });
  const SEED = extraSeed ?? STANDARD_SEED;
  const plans = makePlan(extraSeed === undefined ? COUNT : extraCount, SEED, onlyStyles, onlyCorners).map((p) =>
    extraSeed === undefined
      ? p
      : // An extra set may force the capture (every file photographed, or none); the standard set keeps its draws.
        { ...p, split: 'calibration' as const, photo: capture === undefined ? p.photo : capture === 'photo' },
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const [i, plan] of plans.entries()) await renderOne(page, plan, dir, rng(SEED + i * 7919));
  } finally {
    await browser.close();
  }
  writeFileSync(join(dir, 'orders.csv'), orderExportCsv(plans, SEED));
  const files = plans.map(({ page, ...rest }) => ({
    ...rest,
    orderId: page.orderId,
    tracking: page.tracking,
    template: page.template,
    pickupShown: page.events.some((e) => e.pickup),
    mark: page.mark,
  }));
  const truth: IndependentTruth = {
    version: INDEPENDENT_VERSION,
    today: INDEPENDENT_TODAY,
    orders: 'orders.csv',
    files,
  };
  writeFileSync(`${truthFile}.tmp`, JSON.stringify(truth, null, 1));
  renameSync(`${truthFile}.tmp`, truthFile);
}

if (process.argv[1]?.endsWith('generate.ts') && process.argv[1].includes('independent')) {
  // generate.ts [OUT] [EXTRA_SEED [COUNT [STYLE,…|- [CORNER,…|- [photo|screen]]]]]: the standard set, or an extra
  // calibration set from another seed (stamp styles, corners and the capture optionally limited; '-' for any).
  const out =
    process.argv[2] ?? join(import.meta.dirname, '..', '..', 'fixtures', 'generated', 'independent-logistics');
  const t0 = Date.now();
  await generateIndependentLogistics(
    out,
    process.argv[3] ? Number(process.argv[3]) : undefined,
    Number(process.argv[4]) || COUNT,
    process.argv[5] && process.argv[5] !== '-' ? (process.argv[5].split(',') as StampStyle[]) : undefined,
    process.argv[6] && process.argv[6] !== '-' ? (process.argv[6].split(',') as Corner[]) : undefined,
    process.argv[7] === 'photo' || process.argv[7] === 'screen' ? process.argv[7] : undefined,
  );
  process.stderr.write(`independent logistics: ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
