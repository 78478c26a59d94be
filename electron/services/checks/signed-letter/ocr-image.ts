/**
 * The page as the recogniser should see it: black and blue print kept, red and purple
 * seal ink gone. Seal ink is nearly transparent in the red channel, so print under a seal
 * still darkens red there, but only a little (ink over print is dark red, ink over paper
 * light red). Each pixel's red is divided by the brightest red close around it (the
 * paper, or the seal ink where print is under it), which lifts the ink to white and keeps
 * the print under it at the contrast it has beside the seal.
 */
import type { OcrImage } from '../../ocr';
import type { NormalizedPage } from './page';

/** Half-width of the "brightest close by" window (px at 6 px/mm): wider than a stroke, narrower than a character. */
const BACKGROUND_RADIUS = 4;
/** Red below this share of the red around it is print (under seal ink or not); seal ink over
 * paper keeps 0.75 or more of it (measured on the calibration letters' seals). */
const INK_FLOOR = 0.6;

/** Running maximum along rows then columns (a separable square max filter). */
function localMax(src: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const tmp = new Uint8Array(src.length);
  const out = new Uint8Array(src.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      let m = 0;
      for (let k = Math.max(0, x - radius); k <= Math.min(width - 1, x + radius); k++) m = Math.max(m, src[row + k]!);
      tmp[row + x] = m;
    }
  }
  // Columns a whole row at a time (memory in order), same maximum.
  for (let y = 0; y < height; y++) {
    const o = y * width;
    for (let k = Math.max(0, y - radius); k <= Math.min(height - 1, y + radius); k++) {
      const r = k * width;
      for (let x = 0; x < width; x++) if (tmp[r + x]! > out[o + x]!) out[o + x] = tmp[r + x]!;
    }
  }
  return out;
}

export function ocrImage(page: NormalizedPage): Extract<OcrImage, { kind: 'raw' }> {
  const n = page.width * page.height;
  const rgb = page.rgb.data;
  const red = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = rgb[i * 3]!;
    const luma = (77 * r + 150 * rgb[i * 3 + 1]! + 29 * rgb[i * 3 + 2]!) >> 8;
    // The same paper gain as the levelled grey (uneven light divided out).
    const gain = luma > 0 ? Math.max(1, page.grey[i]! / luma) : 1;
    red[i] = Math.min(255, r * gain);
  }
  const around = localMax(red, page.width, page.height, BACKGROUND_RADIUS);
  const out = new Uint8Array(n * 3);
  for (let i = 0; i < n; i++) {
    const ratio = red[i]! / Math.max(1, around[i]!);
    // Seal ink over paper keeps most of the paper's red: pushed to white by its redness.
    // Print under the ink is darker in red than that and keeps its darkness.
    const inkOverPaper = Math.min(1, Math.max(0, (ratio - INK_FLOOR) / (1 - INK_FLOOR - 0.2)));
    const v = (255 * ratio - 30) * 1.2 + 4 * (page.redness[i] ?? 0) * inkOverPaper;
    out[i * 3] = out[i * 3 + 1] = out[i * 3 + 2] = Math.min(255, Math.max(0, v));
  }
  return { kind: 'raw', data: out, width: page.width, height: page.height, channels: 3 };
}
