/**
 * Writes the edge blocks' ink-mask crops of one file as PNGs with what OCR reads on each (a
 * calibration aid).   npx tsx tests/independent/logistics/debug-blocks.ts FILE OUTDIR
 */
import sharp from 'sharp';
import { join } from 'node:path';
import { loadImageFile } from '../../../electron/services/files';
import { bands, readScreenshot } from '../../../electron/services/checks/logistics-read';
import { BLOCK_MASKS, edgeBlocks, mergedColourLines } from '../../../electron/services/checks/logistics-blocks';
import { isolateInk, maskApplies, type InkMask } from '../../../electron/services/checks/logistics-watermark';
import { recognize, shutdownOcr } from '../../../electron/services/ocr';

const [file = '', out = '/tmp'] = process.argv.slice(2);
const image = await loadImageFile(file, { maxPixels: 40_000_000 });
const px = { data: image.data, width: image.width, height: image.height };
const r = await readScreenshot(image, {});
const b = bands(px.width, px.height);
// The check's own block masks, then two it does not try on blocks (to see what they would read).
const masks: InkMask[] = [...BLOCK_MASKS, { kind: 'bright-colour' }, { kind: 'dark', below: 70 }];
const blocks = [...edgeBlocks(r.lines, px, b), ...mergedColourLines(r.lines, px, b)];
let n = 0;
for (const box of blocks) {
  process.stdout.write(`block ${JSON.stringify(box)}\n`);
  for (const m of masks) {
    if (!maskApplies(px, box, m)) continue;
    const { saturatedInk: _, ...crop } = isolateInk(px, box, m);
    const name = join(out, `b${n}-${m.kind}${'rank' in m ? m.rank : ''}.png`);
    await sharp(Buffer.from(crop.data), { raw: { width: crop.width, height: crop.height, channels: 1 } })
      .png()
      .toFile(name);
    const read = await recognize({ kind: 'raw', ...crop, channels: 1 }, {});
    process.stdout.write(`  ${name}: ${read.map((l) => `${l.text}(${l.confidence.toFixed(2)})`).join(' | ')}\n`);
  }
  n++;
}
await shutdownOcr();
