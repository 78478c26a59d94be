import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures';
import { readLicence } from '../../electron/services/licence';
import { shutdownOcr } from '../../electron/services/ocr';

/**
 * The second look at an unsure name (electron/services/licence/value-stability.ts), on two
 * independent calibration licences (tests/independent/licences, rendered in Chromium): a
 * name with 翀, a character outside the recogniser's dictionary, and one with 铢, a rare
 * character it knows.
 */
const DIR = join(FIXTURES_DIR, 'independent-licences');

afterAll(async () => {
  await shutdownOcr();
});

describe('a name read differently from crop to crop', () => {
  it('徐翀 (翀 not in the dictionary, read 肿/种/独 from crop to crop) is left empty with what was read and where', async () => {
    const reading = await readLicence(join(DIR, 'ind-06-oldTable-glare-r270.jpg'));
    expect(reading.fields.legalRepresentative).toBeNull();
    const unsure = reading.findings.find(
      (f) => f.code === 'LICENCE_FIELD_MISSING' && f.params?.key === 'licence.fieldUnsure',
    );
    expect(unsure?.region).toBeDefined();
    expect(String(unsure?.params?.value ?? '')).toMatch(/^徐.$/);
    // The other fields of the same licence are kept.
    expect(reading.fields.companyName).not.toBeNull();
  }, 120_000);

  it('a rare character read the same from every crop (吴铢熠) is kept, marked for confirmation', async () => {
    const reading = await readLicence(join(DIR, 'ind-62-oldTable-bwCopy-r270.jpg'));
    expect(reading.fields.legalRepresentative).toBe('吴铢熠');
    expect(reading.details.legalRepresentative?.needsConfirmation).toBe(true);
  }, 120_000);
});

// The unsure character of an unstable name read again in short windows (licence/weak-character.ts).
describe('a rare character read with only its neighbours', () => {
  it('森淼 (read 森泰 on the whole line, 淼 in both short windows) is corrected and still marked for confirmation', async () => {
    const reading = await readLicence(join(DIR, 'ind-118-oldPortrait-smallScan-r270.jpg'));
    expect(reading.fields.companyName).toBe('广州市森淼家居用品商行');
    expect(reading.details.companyName?.needsConfirmation).toBe(true);
  }, 120_000);

  it('张珏 (the windows read 班 and 压, neither sure) stays empty with what was read', async () => {
    const reading = await readLicence(join(DIR, 'ind-14-electronic-smallScan-r270.jpg'));
    expect(reading.fields.legalRepresentative).toBeNull();
    expect(reading.findings.some((f) => f.params?.key === 'licence.fieldUnsure')).toBe(true);
  }, 120_000);
});
