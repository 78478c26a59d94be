/**
 * TIMESTAMP_UNCLEAR (warning, with its region) instead of TIMESTAMP_MISSING when a stamp is
 * there but cannot be read, and never on a screenshot without a stamp. Files from the
 * independent set's calibration half (tests/independent/logistics): white stamps drawn over a
 * coloured page header, and the pages with no stamp or only a phone status bar clock.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLogistics } from '../../electron/services/checks/logistics';
import { shutdownOcr } from '../../electron/services/ocr';
import { loadRulebook } from '../../electron/services/rulebook';
import { FIXTURES_DIR } from '../fixtures';
import { readIndependentTruth, type IndependentTruth } from '../independent/logistics/generate';

const DIR = join(FIXTURES_DIR, 'independent-logistics');
const rulebook = loadRulebook();
let truth: IndependentTruth;

beforeAll(() => {
  truth = readIndependentTruth(DIR);
});

afterAll(async () => {
  await shutdownOcr();
});

const codes = async (file: string): Promise<string[]> =>
  (await checkLogistics(join(DIR, file), { rulebook, today: truth.today })).findings.map((f) => f.code);

describe('an unreadable stamp is a warning, not a missing stamp', () => {
  it('warns with the region on a white stamp drawn over a coloured header', async () => {
    // Calibration files 097 (white with a shadow over a blue title) and 115 (translucent white over a dark-blue
    // header): a reader sees the stamp, the OCR cannot separate it from the title's letters.
    const overHeader = truth.files.filter(
      (f) => f.split === 'calibration' && /^independent-(097|115)-/.test(f.file) && f.stamp,
    );
    expect(overHeader.length).toBe(2);
    for (const f of overHeader) {
      const result = await checkLogistics(join(DIR, f.file), { rulebook, today: truth.today });
      const unclear = result.findings.find((x) => x.code === 'TIMESTAMP_UNCLEAR');
      expect(
        result.findings.map((x) => x.code),
        f.file,
      ).not.toContain('TIMESTAMP_MISSING');
      expect(unclear?.region?.label, f.file).toBe('stampUnclear');
      expect(unclear?.region?.y ?? 1e9, f.file).toBeLessThan((result.imageSize?.height ?? 0) * 0.2);
    }
  }, 300_000);

  it('keeps TIMESTAMP_MISSING (and no UNCLEAR) on pages without a stamp', async () => {
    const none = truth.files
      .filter((f) => f.split === 'calibration' && (f.kind === 'none' || f.kind === 'statusbar'))
      .slice(0, 5);
    expect(none.length).toBeGreaterThanOrEqual(4);
    for (const f of none) {
      const got = await codes(f.file);
      expect(got, f.file).toContain('TIMESTAMP_MISSING');
      expect(got, f.file).not.toContain('TIMESTAMP_UNCLEAR');
    }
  }, 600_000);
});
