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

/** out[k] = max(p[k], p[k + d], p[k + 2d]) with d = step·unit: one pass, memory in order. */
function maxOf3(p: Uint8Array, unit: number, step: number): Uint8Array {
  const d = step * unit;
  const out = new Uint8Array(p.length - 2 * d);
  for (let i = 0; i < out.length; i++) {
    const a = p[i]!;
    const b = p[i + d]!;
    const c = p[i + 2 * d]!;
    const m = a > b ? a : b;
    out[i] = m > c ? m : c;
  }
  return out;
}

/**
 * Maximum over every `w` consecutive elements of `p` (an element is `unit` bytes, compared
 * byte by byte): out[k] = max(p[k] … p[k + w − 1]). A window of 9 is three windows of 3
 * (two passes); any other width doubles spans, then takes one overlapping pair.
 */
function windowMax(p: Uint8Array, unit: number, w: number): Uint8Array {
  if (w === 9) return maxOf3(maxOf3(p, unit, 1), unit, 3);
  let cur = p;
  let span = 1;
  while (span * 2 <= w) {
    const shift = span * unit;
    const next = new Uint8Array(cur.length - shift);
    for (let i = 0; i < next.length; i++) {
      const a = cur[i]!;
      const b = cur[i + shift]!;
      next[i] = a > b ? a : b;
    }
    cur = next;
    span *= 2;
  }
  const shift = (w - span) * unit;
  const out = new Uint8Array(p.length - (w - 1) * unit);
  for (let i = 0; i < out.length; i++) {
    const a = cur[i]!;
    const b = cur[i + shift]!;
    out[i] = a > b ? a : b;
  }
  return out;
}

/**
 * Square maximum filter (radius `r`, clipped at the borders): along rows, then along
 * columns, each on a copy padded with zeros (no value is below 0, so padding never wins).
 */
function localMax(src: Uint8Array, width: number, height: number, r: number): Uint8Array {
  const w = 2 * r + 1;
  const pw = width + 2 * r;
  const rows = new Uint8Array(pw * height);
  for (let y = 0; y < height; y++) rows.set(src.subarray(y * width, (y + 1) * width), y * pw + r);
  const alongRows = windowMax(rows, 1, w);
  const cols = new Uint8Array(width * (height + 2 * r));
  for (let y = 0; y < height; y++) cols.set(alongRows.subarray(y * pw, y * pw + width), (y + r) * width);
  return windowMax(cols, width, w);
}

export function ocrImage(page: NormalizedPage): Extract<OcrImage, { kind: 'raw' }> {
  const n = page.width * page.height;
  const rgb = page.rgb.data;
  const grey = page.grey;
  const redness = page.redness;
  const red = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const r = rgb[j]!;
    const luma = (77 * r + 150 * rgb[j + 1]! + 29 * rgb[j + 2]!) >> 8;
    // The same paper gain as the levelled grey (uneven light divided out).
    const gain = luma > 0 ? Math.max(1, grey[i]! / luma) : 1;
    red[i] = Math.min(255, r * gain);
  }
  const around = localMax(red, page.width, page.height, BACKGROUND_RADIUS);
  const out = new Uint8Array(n * 3);
  const span = 1 - INK_FLOOR - 0.2;
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const a = around[i]!;
    const ratio = red[i]! / (a > 1 ? a : 1);
    // Seal ink over paper keeps most of the paper's red: pushed to white by its redness.
    // Print under the ink is darker in red than that and keeps its darkness.
    const inkOverPaper = Math.min(1, Math.max(0, (ratio - INK_FLOOR) / span));
    const v = (255 * ratio - 30) * 1.2 + 4 * redness[i]! * inkOverPaper;
    out[j] = out[j + 1] = out[j + 2] = v > 255 ? 255 : v > 0 ? v : 0;
  }
  return { kind: 'raw', data: out, width: page.width, height: page.height, channels: 3 };
}
