/**
 * Shows how the names of CALIBRATION letters were read: each company and legal-representative
 * line of the signing block with its per-character confidences, the verdict, and a crop of the
 * OCR image around the block (written to the folder given, for looking at the misses).
 * `npx tsx tests/tools/letters-names.ts [filter] [outDir]`
 */
import sharp from 'sharp';
import { join } from 'node:path';
import { loadImageFile } from '../../electron/services/files';
import { shutdownOcr } from '../../electron/services/ocr';
import { COMPANY_LABEL, LEGAL_REP_LABEL } from '../../electron/services/checks/signed-letter/labels';
import { locatePage } from '../../electron/services/checks/signed-letter/locate';
import { judgeCompany, judgePerson } from '../../electron/services/checks/signed-letter/name-judge';
import { pageFromView, sheetView } from '../../electron/services/checks/signed-letter/page';
import { ocrImage } from '../../electron/services/checks/signed-letter/ocr-image';
import { readPage } from '../../electron/services/checks/signed-letter/read-page';
import { findSigningBlock } from '../../electron/services/checks/signed-letter/signing-block';
import { letterPath, readIndependentLetters } from '../helpers/independent-letters';

const show = (l: { text: string; confidence: number; charConfidences?: number[] }) =>
  `${l.text} [${l.confidence.toFixed(2)}] ${(l.charConfidences ?? []).map((c) => Math.round(c * 100)).join(',')}`;

async function main(): Promise<void> {
  const filter = process.argv[2];
  const out = process.argv[3];
  for (const truth of readIndependentLetters('calibration').filter((f) => !filter || new RegExp(filter).test(f.file))) {
    const img = await loadImageFile(letterPath(truth));
    const loc = await locatePage(img);
    if (loc.kind === 'marks') continue;
    const t0 = performance.now();
    const read = await readPage(img, sheetView(loc), undefined, pageFromView(img, sheetView(loc)));
    const block = findSigningBlock(read.page, read.lines);
    console.log(
      `== ${truth.file} (${Math.round(performance.now() - t0)} ms) expect ${truth.case.companyName} / ${truth.case.legalRepresentative}; printed ${truth.printed.companyName} / ${truth.printed.legalRepresentative}`,
    );
    for (const l of block.companyLines) console.log(`  company: ${show(l)}`);
    for (const l of block.legalRepLines) console.log(`  person:  ${show(l)}`);
    const c = judgeCompany(block.companyLines, COMPANY_LABEL, truth.case.companyName);
    const p = judgePerson(block.legalRepLines, LEGAL_REP_LABEL, truth.case.legalRepresentative);
    console.log(
      `  verdicts: company ${c?.verdict ?? '-'}(${c?.value ?? ''}) person ${p?.verdict ?? '-'}(${p?.value ?? ''})`,
    );
    if (out && block.box) {
      const img2 = ocrImage(read.page);
      const b = block.box;
      const x = Math.max(0, Math.round(b.x - 60));
      const y = Math.max(0, Math.round(b.y - 60));
      const w = Math.min(img2.width - x, Math.round(b.width + 400));
      const h = Math.min(img2.height - y, Math.round(b.height + 120));
      console.log(`  crop at ${x},${y}`);
      await sharp(Buffer.from(img2.data), { raw: { width: img2.width, height: img2.height, channels: 3 } })
        .extract({ left: x, top: y, width: w, height: h })
        .png()
        .toFile(join(out, `${truth.file}.ocr.png`));
      await sharp(Buffer.from(read.page.rgb.data), {
        raw: { width: read.page.width, height: read.page.height, channels: 3 },
      })
        .extract({ left: x, top: y, width: w, height: h })
        .png()
        .toFile(join(out, `${truth.file}.rgb.png`));
    }
  }
  await shutdownOcr();
}
void main();
