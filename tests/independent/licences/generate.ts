/**
 * Independent synthetic licences: HTML forms (./templates.ts) rendered in Chromium with the
 * system CJK fonts, then "captured" with sharp — turned 0/90/180/270°, small skew, phone
 * photo (uneven light, blur, JPEG), black-and-white photocopy, small 500–700 px scans.
 * Seeded; even index = calibration, odd = held-out. Nothing here imports the app or the
 * app's own fixture drawing code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { seededRng } from '../../fixtures/rng';
import { between, makeFacts, pick, type EntityKind, type LicenceFacts, type Rng } from './content';
import { licenceHtml, makeLook, OTHER_DOCUMENTS, type Layout } from './templates';

export const INDEPENDENT_SEED = 20261201;
export const INDEPENDENT_COUNT = 32;

export type Capture = { turn: 0 | 90 | 180 | 270; skew: number; mode: 'scan' | 'photo' | 'photocopy' | 'smallScan'; width: number; quality: number };
export type IndependentLicence = { file: string; split: 'calibration' | 'heldout'; layout: Layout; capture: Capture; facts: LicenceFacts; watermark: boolean };
export type IndependentManifest = { seed: number; count: number; licences: IndependentLicence[]; bad: Record<string, string> };

const KINDS: EntityKind[] = ['company', 'company', 'branch', 'soleTrader', 'soleProprietorship', 'partnership'];
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function captureFor(rng: Rng, i: number): Capture {
  const mode = pick(rng, ['scan', 'photo', 'photocopy', 'smallScan'] as const);
  return {
    // Every quarter turn appears in both halves.
    turn: ([0, 90, 180, 270] as const)[Math.floor(i / 2) % 4] ?? 0,
    skew: Math.round((rng() * 4 - 2) * 10) / 10,
    mode,
    width: mode === 'smallScan' ? between(rng, 560, 700) : between(rng, 1100, 1800),
    quality: between(rng, 60, 90),
  };
}

/** Turns a clean rendering into a capture: skew, light, blur, greyscale/threshold, size, JPEG. */
async function capture(png: Buffer, c: Capture): Promise<Buffer> {
  let img = sharp(png).rotate(c.skew, { background: '#e8e6e0' }).flatten({ background: '#e8e6e0' });
  img = sharp(await img.resize({ width: c.width }).toBuffer());
  if (c.mode === 'photo') img = img.modulate({ brightness: 0.92, saturation: 0.85 }).blur(0.7).linear(0.9, 12);
  if (c.mode === 'photocopy') img = img.greyscale().linear(1.5, -70).blur(0.5);
  if (c.mode === 'smallScan') img = img.sharpen();
  const flat = await img.toBuffer();
  return sharp(flat).rotate(c.turn).jpeg({ quality: c.quality }).toBuffer();
}

function layoutFor(rng: Rng): { layout: Layout; old: boolean } {
  const layout = pick(rng, ['landscape', 'portrait', 'electronic', 'landscape', 'portrait', 'oldPortrait'] as const);
  return { layout, old: layout === 'oldPortrait' };
}

/** `seed` other than the default makes an extra calibration set (tuning only; never the held-out). */
export async function generateIndependentLicences(dir: string, seed = INDEPENDENT_SEED): Promise<void> {
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as IndependentManifest;
    if (old.seed === seed && old.count === INDEPENDENT_COUNT) return;
  }
  mkdirSync(dir, { recursive: true });
  const rng = seededRng(seed);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
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
      writeFileSync(join(dir, file), await capture(await shoot(licenceHtml(facts, layout, look)), c));
      licences.push({ file, split: i % 2 === 0 ? 'calibration' : 'heldout', layout, capture: c, facts, watermark: look.watermark !== null });
    }
    const bad: Record<string, string> = {};
    for (const [name, html] of Object.entries(OTHER_DOCUMENTS)) {
      bad[name] = `bad-${name}.jpg`;
      writeFileSync(join(dir, bad[name]), await sharp(await shoot(html)).jpeg({ quality: 85 }).toBuffer());
    }
    bad.secondDocument = 'bad-second-document.jpg';
    writeFileSync(join(dir, bad.secondDocument), await secondDocument(await shoot(licenceHtml(makeFacts(rng, 'company', false), 'landscape', makeLook(rng))), await shoot(OTHER_DOCUMENTS.idCard ?? '')));
    writeFileSync(manifestPath, JSON.stringify({ seed, count: INDEPENDENT_COUNT, licences, bad } satisfies IndependentManifest, null, 1));
  } finally {
    await browser.close();
  }
}

/** A licence photographed with an ID card lying on its lower right corner. */
async function secondDocument(licence: Buffer, card: Buffer): Promise<Buffer> {
  const small = await sharp(card).resize({ width: 620 }).rotate(-6, { background: '#00000000' }).png().toBuffer();
  return sharp(licence).composite([{ input: small, left: 900, top: 640 }]).resize({ width: 1400 }).jpeg({ quality: 82 }).toBuffer();
}
