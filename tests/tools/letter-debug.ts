/**
 * Looks inside the any-template signed-letter check for one file of the independent
 * letters: writes the normalised page, the seal crop (redness) and the signature zone
 * (with the ink mask) as PNGs and prints the seal and signature measures.
 * `npx tsx tests/tools/letter-debug.ts <file-regex> [outDir]`
 */
import sharp from 'sharp';
import { join } from 'node:path';
import { loadImageFile } from '../../electron/services/files';
import { shutdownOcr } from '../../electron/services/ocr';
import { findSeal, sealQuality } from '../../electron/services/checks/signed-letter/measures';
import { locatePage } from '../../electron/services/checks/signed-letter/locate';
import { pageFromView, sheetView, type NormalizedPage } from '../../electron/services/checks/signed-letter/page';
import { clampBox, type Component, type PixelBox } from '../../electron/services/checks/signed-letter/raster';
import { readPage } from '../../electron/services/checks/signed-letter/read-page';
import { findSigningBlock } from '../../electron/services/checks/signed-letter/signing-block';
import { findStrokes, sealInk } from '../../electron/services/checks/signed-letter/signature';
import { LETTER_THRESHOLDS as T } from '../../electron/services/checks/signed-letter/thresholds';
import { letterPath, readIndependentLetters } from '../helpers/independent-letters';

async function crop(
  page: NormalizedPage,
  box: PixelBox,
  out: string,
  channel: 'rgb' | 'redness' = 'rgb',
): Promise<void> {
  const b = clampBox(box, page.width, page.height);
  if (!b) return;
  const data = new Uint8Array(b.width * b.height * 3);
  for (let y = 0; y < b.height; y++) {
    for (let x = 0; x < b.width; x++) {
      const i = (b.y + y) * page.width + b.x + x;
      for (let c = 0; c < 3; c++)
        data[(y * b.width + x) * 3 + c] = channel === 'rgb' ? page.rgb.data[i * 3 + c]! : 255 - page.redness[i]!;
    }
  }
  await sharp(data, { raw: { width: b.width, height: b.height, channels: 3 } })
    .png()
    .toFile(out);
}

/** The pale-grey ink mask of the zone: ink grey, the strokes long enough to count red. */
async function maskPng(mask: Uint8Array, b: PixelBox, long: Component[], out: string): Promise<void> {
  const data = new Uint8Array(b.width * b.height * 3).fill(255);
  for (let i = 0; i < mask.length; i++) if (mask[i]) data.fill(120, i * 3, i * 3 + 3);
  for (const c of long)
    for (let y = c.minY; y <= c.maxY; y++)
      for (let x = c.minX; x <= c.maxX; x++) if (mask[y * b.width + x]) data.set([220, 0, 0], (y * b.width + x) * 3);
  await sharp(data, { raw: { width: b.width, height: b.height, channels: 3 } })
    .png()
    .toFile(out);
}

async function main(): Promise<void> {
  const [filter, outDir = '/tmp/dbg13g'] = process.argv.slice(2);
  const split = process.env.SPLIT === 'heldout' ? 'heldout' : 'calibration';
  for (const truth of readIndependentLetters(split).filter((f) => new RegExp(filter ?? '.').test(f.file))) {
    const img = await loadImageFile(letterPath(truth), { dpi: 200 });
    const loc = await locatePage(img);
    if (loc.kind === 'marks') {
      console.log(truth.file, 'marks');
      continue;
    }
    const first = pageFromView(img, sheetView(loc));
    const { page, lines } = await readPage(img, sheetView(loc), undefined, first);
    const block = findSigningBlock(page, lines);
    // The lines of the lower page as read: which label the block took, and which it did not see.
    if (process.env.LINES)
      for (const l of lines.filter((x) => x.box.y > page.height * 0.35))
        console.log('  line', JSON.stringify(l.text), l.confidence.toFixed(2), JSON.stringify(l.box));
    const stem = join(outDir, truth.file.replace(/\.\w+$/, ''));
    await crop(page, { x: 0, y: 0, width: page.width, height: page.height }, `${stem}-page.png`);
    const seal = findSeal(page, { x: 0, y: 0, width: page.width, height: page.height });
    console.log(
      truth.file,
      `sheets=${loc.sheets} kind=${loc.kind} pxPerMm=${loc.pxPerMm.toFixed(2)}`,
      'truth seal',
      truth.seal,
      JSON.stringify(truth.sealStyle),
    );
    if (seal) {
      await crop(page, seal.box, `${stem}-seal.png`);
      await crop(page, seal.box, `${stem}-sealred.png`, 'redness');
      console.log('  seal', JSON.stringify(seal), JSON.stringify(sealQuality(page, seal.box, loc.pxPerMm)));
    } else console.log('  seal none');
    console.log(
      '  signLine',
      block.signLine?.text,
      JSON.stringify(block.signLine?.box),
      'textHeight',
      block.textHeight.toFixed(1),
    );
    if (block.signatureZone) {
      await crop(page, block.signatureZone, `${stem}-sigzone.png`);
      const ink = seal ? sealInk(page, seal.box) : null;
      const s = findStrokes(page, block.signatureZone, block.textHeight, T.penGrey, [], { seal: ink });
      const pale = findStrokes(
        page,
        block.signatureZone,
        block.textHeight,
        Number(process.env.GREY ?? T.penGreyPale),
        [],
        {
          seal: ink,
          inspect: (mask, b, long) => void maskPng(mask, b, long, `${stem}-sigmask.png`),
        },
      );
      console.log(
        '  sealInk',
        JSON.stringify(ink),
        'pale',
        JSON.stringify(pale),
        'zone',
        JSON.stringify(block.signatureZone),
      );
      if (seal && ink) {
        const lines2 = lines.map((l) => l.box);
        const inner = findStrokes(
          page,
          block.signatureZone,
          block.textHeight,
          Number(process.env.GREY ?? T.penGreyPale),
          lines2,
          {
            seal: ink,
            bridgePx: Math.round(0.5 * 6),
            within: seal.box,
            minStrokeMm: T.sealStrokeMinMm,
            inspect: (mask, b, long) => void maskPng(mask, b, long, `${stem}-sealmask.png`),
          },
        );
        console.log('  inSeal', JSON.stringify(inner));
      }
      console.log(
        '  strokes',
        JSON.stringify(s),
        'truth signature',
        truth.signature,
        JSON.stringify(truth.signatureBoxMm),
      );
    }
  }
  await shutdownOcr();
}
void main();
