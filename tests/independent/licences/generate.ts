/**
 * Independent synthetic licences: HTML forms (./templates.ts) rendered in Chromium with the
 * system CJK fonts, then "captured" with sharp (./capture.ts) — turned 0/90/180/270°, skew,
 * phone photo, glass glare, black-and-white photocopy, small 500–700 px scans, a second
 * paper in the frame. Seeded; even index = calibration, odd = held-out. Nothing here
 * imports the app or the app's own fixture drawing code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../helpers/chromium';
import sharp from 'sharp';
import { seededRng } from '../../fixtures/rng';
import { capture, captureFor, type Capture } from './capture';
import { makeFacts, pick, type EntityKind, type LicenceFacts, type Rng } from './content';
import { MORE_OTHER_DOCUMENTS } from './others';
import { licenceHtml, makeLook, OTHER_DOCUMENTS, type Layout } from './templates';

export const INDEPENDENT_SEED = 20261214;
export const INDEPENDENT_COUNT = 120;
/** Bumped whenever templates or captures change, so stale fixtures are drawn again. */
export const INDEPENDENT_VERSION = 3;

export type { Capture };
export type IndependentLicence = {
  file: string;
  split: 'calibration' | 'heldout';
  layout: Layout;
  capture: Capture;
  facts: LicenceFacts;
  watermark: boolean;
};
export type IndependentManifest = {
  seed: number;
  count: number;
  version: number;
  licences: IndependentLicence[];
  bad: Record<string, string>;
};

const KINDS: EntityKind[] = [
  'company',
  'company',
  'company',
  'branch',
  'soleTrader',
  'soleProprietorship',
  'partnership',
  'jointStock',
  'studio',
  'factory',
];

function layoutFor(rng: Rng): { layout: Layout; old: boolean } {
  const layout = pick(rng, [
    'landscape',
    'portrait',
    'electronic',
    'electronicPortrait',
    'landscape',
    'portrait',
    'oldPortrait',
    'table',
    'oldTable',
    'oldStacked',
  ] as const);
  return { layout, old: layout === 'oldPortrait' || layout === 'oldTable' || layout === 'oldStacked' };
}

/** `seed` other than the default makes an extra calibration set (tuning only; never the held-out). */
export async function generateIndependentLicences(dir: string, seed = INDEPENDENT_SEED): Promise<void> {
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as IndependentManifest;
    if (old.seed === seed && old.count === INDEPENDENT_COUNT && old.version === INDEPENDENT_VERSION) return;
  }
  mkdirSync(dir, { recursive: true });
  const rng = seededRng(seed);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1600 } });
    const shoot = async (html: string): Promise<Buffer> => {
      await page.setContent(`<!doctype html><meta charset="utf-8">${html}`);
      const el = await page.$('body > div');
      if (!el) throw new Error('template rendered nothing');
      return el.screenshot({ type: 'png' });
    };
    const licences: IndependentLicence[] = [];
    for (let i = 0; i < INDEPENDENT_COUNT; i++) {
      const { layout, old } = layoutFor(rng);
      const facts = makeFacts(rng, pick(rng, KINDS), old);
      const look = makeLook(rng);
      const c = captureFor(rng, i);
      const file = `ind-${String(i).padStart(2, '0')}-${layout}-${c.mode}-r${c.turn}.jpg`;
      writeFileSync(join(dir, file), await capture(await shoot(licenceHtml(facts, layout, look)), c, rng));
      licences.push({
        file,
        split: i % 2 === 0 ? 'calibration' : 'heldout',
        layout,
        capture: c,
        facts,
        watermark: look.watermark !== null,
      });
    }
    const bad = await badInputs(dir, shoot, rng);
    writeFileSync(
      manifestPath,
      JSON.stringify(
        { seed, count: INDEPENDENT_COUNT, version: INDEPENDENT_VERSION, licences, bad } satisfies IndependentManifest,
        null,
        1,
      ),
    );
  } finally {
    await browser.close();
  }
}

/**
 * Bad input: each other document once as a clean scan and once captured (a phone photo or a
 * photocopy, turned); licences photographed with an ID card or a food permit lying on them.
 */
async function badInputs(
  dir: string,
  shoot: (html: string) => Promise<Buffer>,
  rng: Rng,
): Promise<Record<string, string>> {
  const bad: Record<string, string> = {};
  const others = { ...OTHER_DOCUMENTS, ...MORE_OTHER_DOCUMENTS };
  let n = 0;
  for (const [name, html] of Object.entries(others)) {
    const png = await shoot(html);
    const clean = `bad-${name}.jpg`;
    bad[name] = clean;
    writeFileSync(join(dir, clean), await sharp(png).jpeg({ quality: 85 }).toBuffer());
    const c = { ...captureFor(rng, n++), mode: pick(rng, ['photo', 'photocopy'] as const), width: 1200 };
    const captured = `bad-${name}-${c.mode}-r${c.turn}.jpg`;
    bad[`${name}Captured`] = captured;
    writeFileSync(join(dir, captured), await capture(png, c, rng));
  }
  const beside = [
    ['secondDocument', OTHER_DOCUMENTS.idCard],
    ['secondDocumentPermit', OTHER_DOCUMENTS.foodPermit],
  ] as const;
  for (const [name, html] of beside) {
    const file = `bad-${name}.jpg`;
    bad[name] = file;
    const licence = await shoot(licenceHtml(makeFacts(rng, 'company', false), 'landscape', makeLook(rng)));
    writeFileSync(join(dir, file), await secondDocument(licence, await shoot(html ?? '')));
  }
  return bad;
}

/** A licence photographed with an ID card (or another paper) lying on its lower right corner. */
async function secondDocument(licence: Buffer, card: Buffer): Promise<Buffer> {
  const small = await sharp(card).resize({ width: 620 }).rotate(-6, { background: '#00000000' }).png().toBuffer();
  return sharp(licence)
    .composite([{ input: small, left: 900, top: 640 }])
    .resize({ width: 1400 })
    .jpeg({ quality: 82 })
    .toBuffer();
}
