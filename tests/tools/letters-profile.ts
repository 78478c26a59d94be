/**
 * Where the time of a letter without our marks goes: each stage's wall and CPU time (CPU
 * of the whole process, OCR worker threads included), for CALIBRATION letters. The machine
 * is shared, so CPU seconds are the steadier figure.
 * `npx tsx tests/tools/letters-profile.ts [filter]`
 */
import { checkSignedLetter } from '../../electron/services/checks/letter';
import { findSeal } from '../../electron/services/checks/signed-letter/measures';
import { loadImageFile } from '../../electron/services/files';
import { recognize, shutdownOcr } from '../../electron/services/ocr';
import { locatePage } from '../../electron/services/checks/signed-letter/locate';
import { ocrImage } from '../../electron/services/checks/signed-letter/ocr-image';
import { pageFromView, sheetView } from '../../electron/services/checks/signed-letter/page';
import { readPage } from '../../electron/services/checks/signed-letter/read-page';
import { loadRulebook } from '../../electron/services/rulebook';
import { caseOf, letterPath, readIndependentLetters } from '../helpers/independent-letters';

async function timed<T>(label: string, row: string[], f: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = await f();
  const c = process.cpuUsage(c0);
  row.push(`${label} ${Math.round(performance.now() - t0)}/${Math.round((c.user + c.system) / 1000)}`);
  return out;
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const rulebook = loadRulebook();
  const files = readIndependentLetters('calibration').filter(
    (f) => !f.badInput && (!filter || new RegExp(filter).test(f.file)),
  );
  // Warm the engine first: the bench's figure is warm.
  await recognize({ kind: 'raw', data: new Uint8Array(64 * 64 * 3).fill(255), width: 64, height: 64, channels: 3 }, {});
  for (const truth of files) {
    const row: string[] = [];
    const img = await timed('load', row, () => loadImageFile(letterPath(truth)));
    const loc = await timed('locate', row, () => locatePage(img));
    if (loc.kind === 'marks') continue;
    const page = await timed('page', row, () => pageFromView(img, sheetView(loc)));
    const image = await timed('ocrImage', row, () => ocrImage(page));
    await timed('detect', row, () => recognize(image, { detectOnly: true }));
    await timed('readPage', row, () => readPage(img, sheetView(loc), undefined, page));
    await timed('seal', row, () => findSeal(page, { x: 0, y: 0, width: page.width, height: page.height }));
    await timed('whole', row, () =>
      checkSignedLetter(letterPath(truth), { rulebook, today: '2026-11-25', caseInfo: caseOf(truth) }),
    );
    console.log(`${truth.file} ${img.width}x${img.height} (ms wall/cpu) ${row.join('  ')}`);
  }
  await shutdownOcr();
}
void main();
