/**
 * Independent synthetic licences: HTML forms (./templates.ts) rendered in Chromium with the
 * system CJK fonts, then "captured" with sharp (./capture.ts) — turned 0/90/180/270°, skew,
 * phone photo, glass glare, black-and-white photocopy, small 500–700 px scans, a second
 * paper in the frame. Seeded; even index = calibration, odd = held-out. Nothing here
 * imports the app or the app's own fixture drawing code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { seededRng } from '../../fixtures/rng';
import { capture, captureFor, type Capture } from './capture';
import { makeFacts, pick, type EntityKind, type LicenceFacts, type Rng } from './content';
import { licenceHtml, makeLook, OTHER_DOCUMENTS, type Layout } from './templates';

export const INDEPENDENT_SEED = 20261201;
export const INDEPENDENT_COUNT = 100;
/** Bumped whenever templates or captures change, so stale fixtures are drawn again. */
export const INDEPENDENT_VERSION = 2;

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

const KINDS: EntityKind[] = ['company', 'company', 'branch', 'soleTrader', 'soleProprietorship', 'partnership'];
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function layoutFor(rng: Rng): { layout: Layout; old: boolean } {
  const layout = pick(rng, [
    'landscape',
    'portrait',
    'electronic',
    'landscape',
    'portrait',
    'oldPortrait',
    'table',
    'oldTable',
  ] as const);
  return { layout, old: layout === 'oldPortrait' || layout === 'oldTable' };
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
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
    const bad: Record<string, string> = {};
    for (const [name, html] of Object.entries(OTHER_DOCUMENTS)) {
      bad[name] = `bad-${name}.jpg`;
      writeFileSync(
        join(dir, bad[name]),
        await sharp(await shoot(html))
          .jpeg({ quality: 85 })
          .toBuffer(),
      );
    }
    bad.secondDocument = 'bad-second-document.jpg';
    writeFileSync(
      join(dir, bad.secondDocument),
      await secondDocument(
        await shoot(licenceHtml(makeFacts(rng, 'company', false), 'landscape', makeLook(rng))),
        await shoot(OTHER_DOCUMENTS.idCard ?? ''),
      ),
    );
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

/** A licence photographed with an ID card lying on its lower right corner. */
async function secondDocument(licence: Buffer, card: Buffer): Promise<Buffer> {
  const small = await sharp(card).resize({ width: 620 }).rotate(-6, { background: '#00000000' }).png().toBuffer();
  return sharp(licence)
    .composite([{ input: small, left: 900, top: 640 }])
    .resize({ width: 1400 })
    .jpeg({ quality: 82 })
    .toBuffer();
}
