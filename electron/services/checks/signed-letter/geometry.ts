/**
 * Perspective geometry: the homography between the letter's millimetre layout and a
 * photo, and a bilinear warp that produces an upright page at a fixed scale.
 */
import type { RgbImage } from './raster';

export type Point = { x: number; y: number };
/** Row-major 3×3 matrix, h[8] = 1. */
export type Homography = number[];

/** The homography taking each `from[i]` onto `to[i]` (four point pairs, Gaussian elimination). */
export function solveHomography(from: Point[], to: Point[]): Homography {
  const a: number[][] = [];
  from.forEach((p, i) => {
    const q = to[i] as Point;
    a.push([p.x, p.y, 1, 0, 0, 0, -q.x * p.x, -q.x * p.y, q.x]);
    a.push([0, 0, 0, p.x, p.y, 1, -q.y * p.x, -q.y * p.y, q.y]);
  });
  for (let c = 0; c < 8; c++) {
    let pivot = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const p = a[c]![c]!;
    if (Math.abs(p) < 1e-12) throw new Error('degenerate homography');
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / p;
      for (let k = c; k < 9; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return [...a.map((row, i) => row[8]! / row[i]!), 1];
}

export function apply(h: Homography, p: Point): Point {
  const w = h[6]! * p.x + h[7]! * p.y + h[8]!;
  return { x: (h[0]! * p.x + h[1]! * p.y + h[2]!) / w, y: (h[3]! * p.x + h[4]! * p.y + h[5]!) / w };
}

/**
 * Renders the upright page (`width`×`height`) by sampling `src` through `pageToSrc`
 * (bilinear). Pixels that fall outside the photo come out white: a missing strip is
 * reported by the cut-off check, not mistaken for ink.
 */
export function warp(src: RgbImage, pageToSrc: Homography, width: number, height: number): RgbImage {
  const out = new Uint8Array(width * height * 3);
  const sw = src.width;
  const d = src.data;
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = pageToSrc as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const maxX = sw - 1;
  const maxY = src.height - 1;
  for (let y = 0; y < height; y++) {
    // Numerators and denominator are linear in x: step them instead of recomputing.
    let nx = h1 * y + h2;
    let ny = h4 * y + h5;
    let w = h7 * y + h8;
    for (let x = 0; x < width; x++, nx += h0, ny += h3, w += h6) {
      const sx = nx / w;
      const sy = ny / w;
      const o = (y * width + x) * 3;
      if (sx < 0 || sy < 0 || sx >= maxX || sy >= maxY) {
        out[o] = out[o + 1] = out[o + 2] = 255;
        continue;
      }
      const x0 = sx | 0;
      const y0 = sy | 0;
      const fx = sx - x0;
      const fy = sy - y0;
      const i00 = (y0 * sw + x0) * 3;
      const i01 = i00 + sw * 3;
      // The three channels written out: a loop over them cost a third of the warp.
      const a0 = d[i00]!;
      const a1 = d[i00 + 1]!;
      const a2 = d[i00 + 2]!;
      const b0 = d[i01]!;
      const b1 = d[i01 + 1]!;
      const b2 = d[i01 + 2]!;
      const t0 = a0 + (d[i00 + 3]! - a0) * fx;
      const t1 = a1 + (d[i00 + 4]! - a1) * fx;
      const t2 = a2 + (d[i00 + 5]! - a2) * fx;
      out[o] = t0 + (b0 + (d[i01 + 3]! - b0) * fx - t0) * fy;
      out[o + 1] = t1 + (b1 + (d[i01 + 4]! - b1) * fx - t1) * fy;
      out[o + 2] = t2 + (b2 + (d[i01 + 5]! - b2) * fx - t2) * fy;
    }
  }
  return { data: out, width, height };
}

/** Axis-aligned bounds of a box's four corners after a homography (for overlays). */
export function mapBox(h: Homography, box: { x: number; y: number; width: number; height: number }) {
  const pts = [
    apply(h, { x: box.x, y: box.y }),
    apply(h, { x: box.x + box.width, y: box.y }),
    apply(h, { x: box.x + box.width, y: box.y + box.height }),
    apply(h, { x: box.x, y: box.y + box.height }),
  ];
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(Math.max(...xs) - x),
    height: Math.round(Math.max(...ys) - y),
  };
}
