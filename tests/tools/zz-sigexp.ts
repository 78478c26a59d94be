import { loadImageFile } from '../../electron/services/files';
import { shutdownOcr } from '../../electron/services/ocr';
import { locatePage } from '../../electron/services/checks/signed-letter/locate';
import { pageFromView, sheetView } from '../../electron/services/checks/signed-letter/page';
import { readPage } from '../../electron/services/checks/signed-letter/read-page';
import { findSigningBlock } from '../../electron/services/checks/signed-letter/signing-block';
import { findStrokes } from '../../electron/services/checks/signed-letter/signature';
import { letterPath, readIndependentLetters } from '../../tests/helpers/independent-letters';
const re = new RegExp(process.argv[2] ?? '.');
for (const truth of readIndependentLetters('calibration').filter((f) => re.test(f.file) && !f.badInput)) {
  const img = await loadImageFile(letterPath(truth), { dpi: 200 });
  const loc = await locatePage(img);
  if (loc.kind === 'marks') continue;
  const first = pageFromView(img, sheetView(loc));
  const { page, lines } = await readPage(img, sheetView(loc), undefined, first);
  const block = findSigningBlock(page, lines);
  if (!block.signatureZone) { console.log(truth.file, 'nozone'); continue; }
  const out = [140, 160, 175, 190].map((g) => {
    const s = findStrokes(page, block.signatureZone!, block.textHeight, g);
    return `${g}:${s ? `${s.longestStrokeMm.toFixed(1)}mm/${s.strokes}` : '-'}`;
  });
  console.log(truth.signature ? 'SIGNED  ' : 'UNSIGNED', truth.file, block.signLine?.text, out.join(' '));
}
await shutdownOcr();
