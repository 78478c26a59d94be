/**
 * Signed-letter checks on inputs that are not a good signed letter: hostile and broken
 * files (clear findings, never a throw), an unsigned letter, and a photo with no letter.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseInput } from '../../shared/case';
import { checkSignedLetter } from '../../electron/services/checks/letter';
import { generateLetter } from '../../electron/services/letter';
import { loadRulebook } from '../../electron/services/rulebook';
import { shutdownOcr } from '../../electron/services/ocr';
import { FIXTURES_DIR } from '../fixtures';
import { tempDir } from '../helpers/tmp';

const rulebook = loadRulebook();
const HOSTILE = join(FIXTURES_DIR, 'hostile');
const CASE: CaseInput = {
  companyName: '杭州鑫璟熠服饰有限公司',
  uscc: '91330100MA2H3K4L5X',
  legalRepresentative: '王鑫璟熠',
  exitReason: 'no-jit-orders-90d',
  signDate: '2026-11-20',
};
const check = (file: string) => checkSignedLetter(file, { rulebook, today: '2026-11-25', caseInfo: CASE });
const codes = (r: Awaited<ReturnType<typeof check>>) => r.findings.map((f) => f.code);

afterAll(async () => {
  await shutdownOcr();
});

describe('signed-letter checks on bad input', () => {
  it('refuses a 30000×30000 PNG as too large without decoding it', async () => {
    const r = await check(join(HOSTILE, 'bomb-30000x30000.png'));
    expect(r.status).toBe('fail');
    expect(codes(r)).toEqual(['IMAGE_TOO_LARGE']);
    expect(r.findings[0]!.message).toContain('30000');
  });

  it('reports truncated, empty and disguised files as unreadable or unsupported', async () => {
    for (const [file, expected] of [
      ['truncated.jpg', 'FILE_UNREADABLE'],
      ['empty.jpg', 'FILE_UNREADABLE'],
      ['program.png', 'FILE_UNSUPPORTED_FORMAT'],
      ['vector.svg', 'FILE_UNSUPPORTED_FORMAT'],
    ] as const) {
      const r = await check(join(HOSTILE, file));
      expect(r.status, file).toBe('fail');
      expect(codes(r), file).toEqual([expected]);
      expect(r.findings[0]!.message.length, file).toBeGreaterThan(10);
    }
    const missing = await check(join(tempDir(), 'nope.jpg'));
    expect(codes(missing)).toEqual(['FILE_UNREADABLE']);
  });

  it('says a photo with no letter in it is not the letter', async () => {
    const dir = tempDir();
    const file = join(dir, 'landscape.jpg');
    const w = 1200;
    const h = 900;
    const data = Buffer.alloc(w * h * 3);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 3;
        const sky = y < h * 0.55;
        data[i] = sky ? 120 + (y * 60) / h : 60 + ((x * 7 + y * 3) % 40);
        data[i + 1] = sky ? 170 + (y * 40) / h : 110 + ((x * 3 + y * 5) % 30);
        data[i + 2] = sky ? 230 : 50;
      }
    }
    writeFileSync(
      file,
      await sharp(data, { raw: { width: w, height: h, channels: 3 } })
        .jpeg()
        .toBuffer(),
    );
    const r = await check(file);
    expect(r.status).toBe('fail');
    expect(codes(r)).toEqual(['KIND_UNKNOWN']);
    expect(r.findings[0]!.message).toContain('承诺书');
  }, 120_000);

  it('finds neither seal nor signature on the unsigned letter PDF, and nothing else wrong', async () => {
    const dir = tempDir();
    const file = join(dir, 'unsigned.pdf');
    writeFileSync(file, await generateLetter(CASE, { rulebook }));
    const r = await check(file);
    expect(codes(r).sort()).toEqual(['SEAL_MISSING', 'SIGNATURE_MISSING']);
    expect(r.regions?.map((x) => x.label)).toEqual(
      expect.arrayContaining(['signatureZone', 'legalRepresentative', 'companyName']),
    );
  });

  it('reads the wrong legal representative off a letter made for someone else', async () => {
    const dir = tempDir();
    const file = join(dir, 'other.pdf');
    writeFileSync(file, await generateLetter({ ...CASE, legalRepresentative: '李四' }, { rulebook }));
    const r = await check(file);
    const mismatch = r.findings.find((f) => f.code === 'LEGAL_NAME_MISMATCH');
    expect(mismatch?.severity).toBe('error');
    expect(mismatch?.params).toMatchObject({ found: '李四', expected: '王鑫璟熠' });
    expect(codes(r)).not.toContain('COMPANY_NAME_MISMATCH');
  });
});
