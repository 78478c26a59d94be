/**
 * Signed-letter checks on the held-out half of the seeded fixtures: thresholds were
 * calibrated on the other half (split in tests/fixtures/signed-letters.ts). Reports the
 * accuracy per finding code and requires ≥95% for each.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileCheck, FindingCode } from '../../shared/findings';
import { LETTER_LAYOUT, MM_PER_INCH } from '../../shared/letter-layout';
import { checkSignedLetter } from '../../electron/services/checks/letter';
import { loadRulebook } from '../../electron/services/rulebook';
import { shutdownOcr } from '../../electron/services/ocr';
import { FIXTURES_DIR } from '../fixtures';
import { JUDGED_CODES, readSignedLetterManifest, type SignedLetterFixture } from '../fixtures/signed-letters';

const DIR = join(FIXTURES_DIR, 'signed-letters');
const rulebook = loadRulebook();
const results = new Map<string, FileCheck>();
let evaluated: SignedLetterFixture[] = [];

const reported = (check: FileCheck): FindingCode[] =>
  check.findings.filter((f) => f.severity !== 'info').map((f) => f.code);

beforeAll(async () => {
  evaluated = readSignedLetterManifest(DIR).filter((f) => f.split === 'evaluate');
  for (const f of evaluated) {
    results.set(
      f.file,
      await checkSignedLetter(join(DIR, f.file), { rulebook, today: '2026-11-25', caseInfo: f.caseInfo }),
    );
  }
}, 600_000);

afterAll(async () => {
  await shutdownOcr();
});

describe('signed-letter checks on held-out fixtures', () => {
  it('gets every finding code right on at least 95% of the held-out letters', () => {
    expect(evaluated.length).toBeGreaterThanOrEqual(25);
    const table = JUDGED_CODES.map((code) => {
      const right = evaluated.filter(
        (f) => reported(results.get(f.file)!).includes(code) === f.truth.includes(code),
      ).length;
      return { code, right, total: evaluated.length, accuracy: right / evaluated.length };
    });
    const wrong = evaluated
      .filter((f) => JUDGED_CODES.some((c) => reported(results.get(f.file)!).includes(c) !== f.truth.includes(c)))
      .map((f) => `${f.file}: truth [${f.truth.join(',')}] got [${reported(results.get(f.file)!).join(',')}]`);
    console.log(
      `signed-letter accuracy (held-out half, n=${evaluated.length}):\n${table.map((r) => `  ${r.code.padEnd(22)} ${r.right}/${r.total} ${(100 * r.accuracy).toFixed(1)}%`).join('\n')}${wrong.length ? `\n  misses:\n  ${wrong.join('\n  ')}` : ''}`,
    );
    for (const row of table) expect(row.accuracy, row.code).toBeGreaterThanOrEqual(0.95);
    // Every variant is represented, so no code is judged on negatives alone.
    for (const code of JUDGED_CODES)
      expect(
        evaluated.some((f) => f.truth.includes(code)),
        code,
      ).toBe(true);
  });

  it('returns the seal, signature and name-line regions where they are on the page', async () => {
    const scans = evaluated.filter((f) => f.variant === 'clean-scan' || f.variant === 'wrong-legal-name');
    expect(scans.length).toBeGreaterThan(0);
    for (const f of scans) {
      const check = results.get(f.file)!;
      const meta = await sharp(join(DIR, f.file)).metadata();
      expect(check.imageSize).toEqual({ width: meta.width, height: meta.height });
      const pxPerMm = (meta.width ?? 0) / 210;
      const centre = (label: string) => {
        const r = check.regions?.find((x) => x.label === label);
        expect(r, `${f.file} ${label}`).toBeDefined();
        return { x: (r!.x + r!.width / 2) / pxPerMm, y: (r!.y + r!.height / 2) / pxPerMm };
      };
      const seal = centre('seal');
      // Fixtures stamp within ±6 mm of the marked seal area's centre.
      expect(Math.hypot(seal.x - LETTER_LAYOUT.sealArea.cx, seal.y - LETTER_LAYOUT.sealArea.cy)).toBeLessThan(10);
      const sig = centre('signature');
      const zone = LETTER_LAYOUT.signatureZone;
      expect(sig.x).toBeGreaterThan(zone.x - 2);
      expect(sig.x).toBeLessThan(zone.x + zone.width + 4);
      expect(Math.abs(centre('legalRepresentative').y - LETTER_LAYOUT.legalRepLine.baseline)).toBeLessThan(6);
      expect(Math.abs(centre('companyName').y - LETTER_LAYOUT.identity.baselines[0])).toBeLessThan(6);
    }
  });

  it('reports low resolution with the page size it measured', () => {
    const low = evaluated.filter((f) => f.variant === 'low-resolution');
    for (const f of low) {
      const finding = results.get(f.file)!.findings.find((x) => x.code === 'IMAGE_LOW_RESOLUTION');
      expect(Number(finding?.params?.dpi)).toBeLessThan(rulebook.upload.minLetterDpi);
      expect(Number(finding?.params?.minWidth)).toBe(Math.round((210 / MM_PER_INCH) * rulebook.upload.minLetterDpi));
    }
  });
});
