/**
 * Two pages in one photo where the second sheet does not separate from the desk
 * (signed-letter/two-pages.ts), on the independent letters' calibration split: the
 * two-page photos are told apart, and no one-page photo, scan or viewer screenshot is.
 */
import { describe, expect, it } from 'vitest';
import { loadImageFile } from '../../electron/services/files';
import { locatePage } from '../../electron/services/checks/signed-letter/locate';
import { pageBesideSheet } from '../../electron/services/checks/signed-letter/two-pages';
import { letterPath, readIndependentLetters } from '../helpers/independent-letters';

async function twoPages(file: Parameters<typeof letterPath>[0]): Promise<boolean> {
  const img = await loadImageFile(letterPath(file), { dpi: 200 });
  const loc = await locatePage(img);
  if (loc.kind === 'marks') return false;
  return loc.sheets > 1 || (loc.kind === 'paper' && (await pageBesideSheet(img, loc.bounds)));
}

describe('two pages in one photo', () => {
  const letters = readIndependentLetters('calibration');
  it('sees every two-page photo and no one-page photo as two pages', async () => {
    const photos = letters.filter((f) => f.capture === 'photo' || f.badInput === 'two-pages');
    expect(photos.some((f) => f.badInput === 'two-pages')).toBe(true);
    for (const f of photos) expect(await twoPages(f), f.file).toBe(f.badInput === 'two-pages');
  }, 600_000);
});
