import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../electron/services/store';
import { applyReviews, excludedFromZip, isDismissable } from '../../shared/reviews';
import { makeFinding } from '../../shared/findings';
import type { FileCheck } from '../../shared/findings';
import { FIXTURES_DIR } from '../fixtures';
import { BUNDLE_TODAY } from '../fixtures/bundle';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

/**
 * Issue 16: a finding the user confirmed ("我已核对，无误") stays listed and reported but no
 * longer blocks; what is not the material, unreadable or missing can never be confirmed
 * away, and such a file never enters the zip.
 */
const LETTERS = join(FIXTURES_DIR, 'signed-letters');
const SELLER = join(FIXTURES_DIR, 'bundle', 'seller');

describe('which findings a user may confirm', () => {
  it('never: not the material, unreadable, missing; yes: a judgement like a blurry seal', () => {
    for (const code of [
      'FILE_UNREADABLE',
      'FILE_TYPE_MISMATCH',
      'FILE_UNSUPPORTED_FORMAT',
      'MATERIAL_MISSING',
      'KIND_UNKNOWN',
    ] as const) {
      expect(isDismissable({ code })).toBe(false);
    }
    expect(isDismissable({ code: 'LICENCE_FIELD_MISSING', params: { key: 'licence.notALicence' } })).toBe(false);
    expect(isDismissable({ code: 'LICENCE_FIELD_MISSING' })).toBe(true);
    expect(isDismissable({ code: 'SEAL_BLURRY' })).toBe(true);
  });

  it('a confirmed error stops failing the file; a confirmation of an undismissable one is ignored', () => {
    const check: FileCheck = {
      file: 'a.jpg',
      kind: 'letter',
      status: 'fail',
      findings: [makeFinding('SEAL_BLURRY', { sharpness: 1, min: 2 })],
    };
    const done = applyReviews(check, [{ code: 'SEAL_BLURRY', note: 'ok', reviewedAt: '2026-11-25T01:00:00.000Z' }]);
    expect(done.status).toBe('pass');
    expect(done.findings[0]!.reviewed).toEqual({ at: '2026-11-25T01:00:00.000Z', note: 'ok' });
    const junk: FileCheck = {
      file: 'x.txt',
      kind: 'licence',
      status: 'fail',
      findings: [makeFinding('FILE_UNSUPPORTED_FORMAT', { format: 'txt' })],
    };
    expect(applyReviews(junk, [{ code: 'FILE_UNSUPPORTED_FORMAT', note: '', reviewedAt: 'x' }]).status).toBe('fail');
    expect(excludedFromZip(junk)).toBe(true);
    expect(excludedFromZip(check)).toBe(false);
  });
});

describe('store: finding reviews', () => {
  it('confirms, re-confirms with a new note, lists and undoes, per material and for the case', async () => {
    const store = new CaseStore(tempDir());
    const c = store.createCase({ companyName: '甲公司', uscc: '91350100M000100Y43', legalRepresentative: '张三' });
    const m = await store.addMaterialBytes(c.id, 'scan.jpg', new Uint8Array([1, 2, 3]), 'letter');
    store.reviewFinding(c.id, m.id, 'SEAL_BLURRY', 'first');
    store.reviewFinding(c.id, m.id, 'SEAL_BLURRY', 'second');
    store.reviewFinding(c.id, null, 'LOGISTICS_MONTH_UNCOVERED');
    expect(
      store
        .listReviews(c.id)
        .map((r) => [r.materialId, r.code, r.note])
        .sort(),
    ).toEqual(
      [
        [m.id, 'SEAL_BLURRY', 'second'],
        [null, 'LOGISTICS_MONTH_UNCOVERED', ''],
      ].sort(),
    );
    expect(store.unreviewFinding(c.id, m.id, 'SEAL_BLURRY')).toBe(true);
    expect(store.unreviewFinding(c.id, m.id, 'SEAL_BLURRY')).toBe(false);
    // Removing the material removes its confirmations with it.
    store.reviewFinding(c.id, m.id, 'SEAL_BLURRY');
    store.removeMaterial(m.id);
    expect(store.listReviews(c.id).map((r) => r.materialId)).toEqual([null]);
    store.close();
  });
});

describe('jitkit bundle --accept CODE:FILE', () => {
  function seller(): { dir: string; caseFile: string } {
    const dir = join(tempDir(), 'in');
    mkdirSync(dir);
    for (const f of ['Screenshot_1.png', 'Screenshot_2.png', 'Screenshot_3.png', 'stock-export.pdf'])
      copyFileSync(join(SELLER, f), join(dir, f));
    copyFileSync(join(LETTERS, 'seal-faded-1.png'), join(dir, 'seal-faded-1.png'));
    writeFileSync(join(dir, 'notes.txt'), 'not a material\n');
    const manifest = JSON.parse(readFileSync(join(LETTERS, 'manifest.json'), 'utf8')) as {
      fixtures: { file: string; caseInfo: object }[];
    };
    const caseFile = join(tempDir(), 'case.json');
    writeFileSync(caseFile, JSON.stringify(manifest.fixtures.find((f) => f.file === 'seal-faded-1.png')!.caseInfo));
    return { dir, caseFile };
  }
  const env = () => ({ JITKIT_DATA_DIR: join(tempDir(), 'data') });

  it('refuses with the blurry seal, exports once it is accepted, and never packs the junk', () => {
    const { dir, caseFile } = seller();
    const out = join(tempDir(), 'upload.zip');
    const base = ['bundle', dir, '--case', caseFile, '--today', BUNDLE_TODAY, '--out', out, '--json'];
    const refused = runCli(base, env());
    expect(refused.code).toBe(1);
    expect(refused.json()).toMatchObject({ written: false });
    const accepted = runCli([...base, '--accept', 'SEAL_BLURRY:seal-faded-1.png'], env());
    const r = accepted.json() as { written: boolean; entries: string[] };
    expect(r.written).toBe(true);
    expect(r.entries.some((e) => e.startsWith('01_'))).toBe(true);
    expect(r.entries.some((e) => e.endsWith('.bin') || e.includes('notes'))).toBe(false);
    const report = JSON.parse(readFileSync(`${out}.report.json`, 'utf8')) as {
      reviewedFindings: { code: string; file: string }[];
    };
    expect(report.reviewedFindings).toEqual([
      expect.objectContaining({ code: 'SEAL_BLURRY', file: 'seal-faded-1.png' }),
    ]);
    const pdfText = readFileSync(`${out}.report.pdf`).toString('latin1');
    expect(pdfText).not.toContain('allow-errors');
  }, 300_000);

  it('refuses to accept what nobody may dismiss (usage error, exit 2)', () => {
    const { dir, caseFile } = seller();
    const r = runCli(
      [
        'bundle',
        dir,
        '--case',
        caseFile,
        '--today',
        BUNDLE_TODAY,
        '--out',
        join(tempDir(), 'x.zip'),
        '--accept',
        'MATERIAL_MISSING:',
        '--json',
      ],
      env(),
    );
    expect(r.code).toBe(2);
    const bad = runCli(
      ['bundle', dir, '--case', caseFile, '--out', join(tempDir(), 'y.zip'), '--accept', 'NOT_A_CODE:x.jpg', '--json'],
      env(),
    );
    expect(bad.code).toBe(2);
  }, 120_000);
});
