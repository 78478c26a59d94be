import sharp from 'sharp';
import type { Rgb } from '../image';
import type { RotatedRect } from './det-post';

/**
 * Pre-processing for PP-OCR without OpenCV. The models were trained on OpenCV images, so
 * channels go in BGR order.
 */
const DET_MEAN = [0.406, 0.456, 0.485];
const DET_STD = [0.225, 0.224, 0.229];

export type DetInput = { data: Float32Array; width: number; height: number; scaleX: number; scaleY: number };

/** Resizes so the long side is at most `limit` and both sides are multiples of 32, then normalises. */
export async function detInput(img: Rgb, limit: number): Promise<DetInput> {
  const ratio = Math.min(1, limit / Math.max(img.width, img.height));
  const width = Math.max(32, Math.round((img.width * ratio) / 32) * 32);
  const height = Math.max(32, Math.round((img.height * ratio) / 32) * 32);
  const resized = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .raw()
    .toBuffer();
  const plane = width * height;
  const data = new Float32Array(3 * plane);
  for (let c = 0; c < 3; c++) {
    // BGR: output channel c reads RGB channel 2 - c.
    const k = 2 - c;
    const scale = 1 / (255 * (DET_STD[c] as number));
    const shift = (DET_MEAN[c] as number) / (DET_STD[c] as number);
    const base = c * plane;
    for (let i = 0; i < plane; i++) data[base + i] = (resized[i * 3 + k] as number) * scale - shift;
  }
  return { data, width, height, scaleX: img.width / width, scaleY: img.height / height };
}

export const REC_HEIGHT = 48;
/** Longest line crop fed to the recogniser (about 60 characters at 48 px). */
export const REC_MAX_WIDTH = 2400;

/** Width a rect will take once scaled to the recogniser's height. */
export function recWidth(r: RotatedRect): number {
  const w = Math.ceil((REC_HEIGHT * r.width) / Math.max(1, r.height));
  return Math.min(REC_MAX_WIDTH, Math.max(REC_HEIGHT / 2, w));
}

/**
 * Samples a rotated rect straight out of the full-resolution image with bilinear
 * interpolation into a 3×48×W tensor slot (normalised to [-1, 1], BGR), so a tilted line
 * comes out level. `out` is the batch buffer, `stride` its padded width. Written as one
 * flat loop over typed arrays: this runs for every pixel of every line.
 */
export function sampleLine(
  img: Rgb,
  r: RotatedRect,
  width: number,
  out: Float32Array,
  offset: number,
  stride: number,
): void {
  const src = img.data;
  const iw = img.width;
  const ih = img.height;
  const cos = Math.cos(r.angle);
  const sin = Math.sin(r.angle);
  const plane = REC_HEIGHT * stride;
  const sx = r.width / width;
  const sy = r.height / REC_HEIGHT;
  for (let y = 0; y < REC_HEIGHT; y++) {
    const v = (y + 0.5) * sy - r.height / 2;
    const row = offset + y * stride;
    for (let x = 0; x < width; x++) {
      const u = (x + 0.5) * sx - r.width / 2;
      const px = r.cx + u * cos - v * sin - 0.5;
      const py = r.cy + u * sin + v * cos - 0.5;
      const x0 = Math.floor(px);
      const y0 = Math.floor(py);
      const fx = px - x0;
      const fy = py - y0;
      // Outside the image reads as white paper.
      const inside = x0 >= 0 && y0 >= 0 && x0 + 1 < iw && y0 + 1 < ih;
      const i00 = (y0 * iw + x0) * 3;
      const i10 = i00 + 3;
      const i01 = i00 + iw * 3;
      const i11 = i01 + 3;
      for (let c = 0; c < 3; c++) {
        let value = 255;
        if (inside) {
          // BGR: output channel c reads RGB channel 2 - c.
          const k = 2 - c;
          const top = (src[i00 + k] as number) * (1 - fx) + (src[i10 + k] as number) * fx;
          const bottom = (src[i01 + k] as number) * (1 - fx) + (src[i11 + k] as number) * fx;
          value = top * (1 - fy) + bottom * fy;
        }
        out[row + x + c * plane] = value / 127.5 - 1;
      }
    }
  }
}

/**
 * CTC greedy decoding: argmax per time step, collapse repeats, drop blanks (index 0).
 * `dict[i - 1]` is class i. A character's confidence is its best probability over its run;
 * its step is the middle of its run (steps are evenly spaced along the line, so a gap twice
 * the usual pitch between two characters is where one was dropped).
 */
export function ctcDecode(
  probs: Float32Array,
  offset: number,
  steps: number,
  classes: number,
  dict: string[],
): { text: string; confidences: number[]; steps: number[] } {
  let text = '';
  const confidences: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let prev = -1;
  for (let t = 0; t < steps; t++) {
    const base = offset + t * classes;
    let best = 0;
    let bestP = -Infinity;
    for (let k = 0; k < classes; k++) {
      const p = probs[base + k] ?? 0;
      if (p > bestP) {
        bestP = p;
        best = k;
      }
    }
    if (best !== 0 && best === prev) {
      const last = confidences.length - 1;
      confidences[last] = Math.max(confidences[last] ?? 0, bestP);
      ends[last] = t;
    } else if (best !== 0) {
      text += dict[best - 1] ?? '';
      confidences.push(bestP);
      starts.push(t);
      ends.push(t);
    }
    prev = best;
  }
  return { text, confidences, steps: starts.map((s, i) => (s + (ends[i] ?? s)) / 2) };
}
