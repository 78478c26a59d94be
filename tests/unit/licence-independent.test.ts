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
 * tests/independent/licences, v3: 60 calibration + 60 held-out, many names with rare
 * characters such as 旻/翀 (outside the recogniser's dictionary), 燚/垚/淼/铢/堃). Only the
 * held-out half is asserted here; nothing was tuned on it.
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
  // Target 98%. Measured on v3 (60 held-out, once, 2026-12-02 session 7 with the final code): 33/60 (55%);
  // session 8 (crops read until the answer is certain, the same answer as all 12): the same 33/60 and counts.
  // per field right/null/wrong: name 44/12/4, code 58/2/0, representative 44/9/7 (session 6: name 44/8/8,
  // representative 44/7/9; the crop-to-crop check of value-stability.ts left 6 misreads empty, no right read). Most misses
  // are rare characters: left empty where a character was skipped, or misread (盗/连 for 垚, 曼 for 旻, 森 for 淼, 是/晏 for 旻, 肿 for 翀, 铁 for 铢,
  // 频 for 燚, all marked for confirmation); also a branch name cut before its wrapped 龙华分公司,
  // 乌 for 马, a rare character dropped unseen (张伟 for 张伟旻, 张勇 for 张燚勇), two codes not read.
  // The floors below are what is achieved, not the target.
  it('reads all three key fields exactly on at least 55% (target 98%)', () => {
    const right = heldOut.filter(({ entry, reading }) => KEYS.every((k) => reading.fields[k] === entry.facts[k]));
    const wrong = heldOut
      .filter((x) => !right.includes(x))
      .map(({ entry, reading }) => `${entry.file}: ${JSON.stringify(reading.fields)}`);
    // Per-field right/null/wrong, printed for the issue note when the floors are re-measured.
    const perField = KEYS.map((k) => {
      const got = heldOut.map(({ entry, reading }) => [reading.fields[k], entry.facts[k]] as const);
      const ok = got.filter(([g, w]) => g === w).length;
      const empty = got.filter(([g, w]) => g === null && w !== null).length;
      return `${k} ${ok}/${empty}/${got.length - ok - empty}`;
    });
    console.log(`held-out all three right ${right.length}/${heldOut.length}; right/null/wrong ${perField.join(', ')}`);
    expect(heldOut.length).toBe(manifest.count / 2);
    expect(right.length, wrong.join('\n')).toBeGreaterThanOrEqual(33);
  });

  // Target: none. Measured 11 of 180 key fields on v3 (all names; no code is ever wrong; session 6: 17).
  it('a field it cannot read comes back null: at most 11 of 180 key fields differ from the print, no code (target 0)', () => {
    const wrong = heldOut.flatMap(({ entry, reading }) =>
      KEYS.filter((k) => reading.fields[k] !== null && reading.fields[k] !== entry.facts[k]).map(
        (k) => `${entry.file} ${k}: ${reading.fields[k]}`,
      ),
    );
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(11);
    expect(wrong.filter((w) => w.includes(' uscc:'))).toEqual([]);
  });

  it('a name left empty as unsure says what was read and marks where to look', () => {
    const unsure = heldOut.flatMap(({ reading }) =>
      reading.findings.filter((f) => f.code === 'LICENCE_FIELD_MISSING' && f.params?.key === 'licence.fieldUnsure'),
    );
    expect(unsure.length).toBeGreaterThan(0);
    for (const f of unsure) {
      expect(f.region).toBeDefined();
      expect(String(f.params?.value ?? '')).not.toBe('');
    }
  });

  it('never invents a code on an old licence, and says it is the old format', () => {
    const old = heldOut.filter(({ entry }) => entry.facts.uscc === null);
    expect(old.length).toBeGreaterThan(0);
    for (const { entry, reading } of old) {
      expect(reading.fields.uscc).toBeNull();
      // A 注册号 is returned only as printed (never an invented one).
      if (reading.registrationNumber) expect(reading.registrationNumber).toBe(entry.facts.registrationNumber);
    }
    // Measured on v3: 18 of 19 (one small scan's 注册号 not read).
    const told = old.filter(({ reading }) => reading.findings.some((f) => f.code === 'LICENCE_OLD_FORMAT'));
    expect(told.length).toBeGreaterThanOrEqual(old.length - 1);
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
