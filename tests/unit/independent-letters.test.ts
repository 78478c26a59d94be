/**
 * The independent signed-letter set (tests/independent/letters) is sane: every file decodes, every
 * truth entry is complete and consistent, and the calibration and held-out halves have the same mix.
 * This tests the generator's output, not the checker's accuracy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures';
import type { TruthEntry, TruthFile } from '../independent/letters/truth';
import { CASE_COUNTS, GENERATOR_VERSION } from '../independent/letters/plan';

const DIR = join(FIXTURES_DIR, 'independent-letters');
const truth = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as TruthFile;
const CODES = ['SEAL_MISSING', 'SEAL_BLURRY', 'SIGNATURE_MISSING', 'LEGAL_NAME_MISMATCH', 'COMPANY_NAME_MISMATCH'];

function countBy(entries: TruthEntry[], key: (e: TruthEntry) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) out[key(e)] = (out[key(e)] ?? 0) + 1;
  return out;
}

describe('independent signed letters', () => {
  it('has the current version and both splits', () => {
    expect(truth.version).toBe(GENERATOR_VERSION);
    const splits = countBy(truth.entries, (e) => e.split);
    expect(splits.calibration).toBeGreaterThanOrEqual(50);
    expect(splits.heldout).toBe(splits.calibration);
  });

  it('decodes every file (JPEG/PNG of a plausible size, or a one-page image-only PDF)', async () => {
    for (const e of truth.entries) {
      const bytes = readFileSync(join(DIR, e.file));
      if (e.file.endsWith('.pdf')) {
        const pdf = await PDFDocument.load(bytes);
        expect(pdf.getPageCount(), e.file).toBe(1);
        expect(bytes.includes(Buffer.from('/DCTDecode')), e.file).toBe(true);
      } else {
        const meta = await sharp(bytes).metadata();
        expect(Math.max(meta.width ?? 0, meta.height ?? 0), e.file).toBeGreaterThanOrEqual(1000);
        expect(meta.format, e.file).toBe(e.file.endsWith('.png') ? 'png' : 'jpeg');
        expect(meta.orientation ?? 1, e.file).toBe(e.exifOrientation);
        // Upright letters, once EXIF is applied, are portrait; turned ones and two-page photos landscape.
        const w = meta.autoOrient?.width ?? 0;
        const h = meta.autoOrient?.height ?? 0;
        const landscape =
          e.rotation === 90 || e.rotation === 270 || e.badInput === 'two-pages' || e.capture === 'viewer';
        expect(w > h, e.file).toBe(landscape);
      }
    }
  });

  it('has complete, consistent truth entries', () => {
    for (const e of truth.entries) {
      expect(e.case.companyName.length, e.file).toBeGreaterThan(4);
      expect(e.case.uscc, e.file).toMatch(/^9[12][0-9A-HJ-NP-RTUW-Y]{16}$/);
      expect(e.case.legalRepresentative.length, e.file).toBeGreaterThanOrEqual(2);
      expect(e.case.legalRepresentative.length, e.file).toBeLessThanOrEqual(4);
      expect(
        e.expectCodes.every((c) => CODES.includes(c)),
        e.file,
      ).toBe(true);
      expect(e.expectCodes.includes('SEAL_MISSING'), e.file).toBe(e.seal === 'none' && !e.badInput);
      expect(e.expectCodes.includes('SEAL_BLURRY'), e.file).toBe(e.seal === 'blurry');
      expect(e.expectCodes.includes('SIGNATURE_MISSING'), e.file).toBe(!e.signature && !e.badInput);
      const sameCompany = e.printed.companyName.replace(/\(/g, '（').replace(/\)/g, '）') === e.case.companyName;
      expect(e.expectCodes.includes('COMPANY_NAME_MISMATCH'), e.file).toBe(!sameCompany && !e.badInput);
      const legalDiffers =
        e.printed.legalRepresentative !== null && e.printed.legalRepresentative !== e.case.legalRepresentative;
      expect(e.expectCodes.includes('LEGAL_NAME_MISMATCH'), e.file).toBe(legalDiffers && !e.badInput);
      if (e.expectCodes.length === 0 && !e.badInput) expect(e.kind, e.file).toBe('good');
    }
  });

  it('gives both splits the same cases and a similar mix of templates and captures', () => {
    const bySplit = (split: string): TruthEntry[] => truth.entries.filter((e) => e.split === split);
    const cal = bySplit('calibration');
    const held = bySplit('heldout');
    for (const [kind, n] of CASE_COUNTS) {
      expect(cal.filter((e) => e.kind === kind).length, kind).toBe(n);
      expect(held.filter((e) => e.kind === kind).length, kind).toBe(n);
    }
    for (const key of [(e: TruthEntry) => e.template, (e: TruthEntry) => e.capture]) {
      const a = countBy(cal, key);
      const b = countBy(held, key);
      expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
      for (const k of Object.keys(a)) expect(Math.abs((a[k] ?? 0) - (b[k] ?? 0)), k).toBeLessThanOrEqual(3);
    }
    const templates = new Set(truth.entries.filter((e) => !e.badInput).map((e) => e.template));
    expect(templates.size).toBeGreaterThanOrEqual(4);
  });
});
