import { loadImageFile } from '../../electron/services/files';
import { findSeal, sealQuality } from '../../electron/services/checks/signed-letter/measures';
import { locatePage } from '../../electron/services/checks/signed-letter/locate';
import { pageFromView, sheetView } from '../../electron/services/checks/signed-letter/page';
import { doubleImpression } from '../../electron/services/checks/signed-letter/seal-double';
import { readIndependentLetters, letterPath } from '../helpers/independent-letters';
const re = new RegExp(process.argv[2] ?? '.');
for (const truth of readIndependentLetters('calibration').filter((f) => re.test(f.file) && f.seal !== 'none' && !f.badInput)) {
  const img = await loadImageFile(letterPath(truth), { dpi: 200 });
  const loc = await locatePage(img);
  if (loc.kind === 'marks') continue;
  const page = pageFromView(img, sheetView(loc));
  const seal = findSeal(page, { x: 0, y: 0, width: page.width, height: page.height });
  if (!seal) { console.log(truth.file, 'no seal'); continue; }
  const q = sealQuality(page, seal.box, loc.pxPerMm);
  const d = doubleImpression(page, seal.box);
  console.log(truth.seal.padEnd(6), (truth.sealStyle?.ink ?? '').padEnd(7), (truth.sealStyle?.blur ?? '-').padEnd(8), truth.capture.padEnd(8), String(truth.captureDetails.dpi ?? '').padEnd(4), `pxmm=${loc.pxPerMm.toFixed(1)} str=${q.strength} steep=${q.steepness.toFixed(3)} dbl=${(d.rebound / q.steepness).toFixed(2)} shift=${d.shiftMm.toFixed(1)}`, truth.file.slice(0, 4));
}
