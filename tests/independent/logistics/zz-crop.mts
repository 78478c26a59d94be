import sharp from 'sharp';
import { loadImageFile } from '../../../electron/services/files';
import { isolateInk, inkOf } from '../../../electron/services/checks/logistics-watermark';
const [file, x, y, w, h] = process.argv.slice(2);
const img = await loadImageFile(file!, { maxPixels: 4e7 });
const px = { data: img.data, width: img.width, height: img.height };
const box = { x: +x!, y: +y!, width: +w!, height: +h! };
console.log(inkOf(px, box));
for (const [i, m] of ([{ kind: 'own' }, { kind: 'light', above: 230 }, { kind: 'dark', below: 70 }, { kind: 'dark', below: 120 }] as const).entries()) {
  const c = isolateInk(px, box, m as never);
  await sharp(Buffer.from(c.data), { raw: { width: c.width, height: c.height, channels: 1 } }).png().toFile(`/tmp/wt15/crop${i}.png`);
}
