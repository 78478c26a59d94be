/**
 * A sheet that a brightness threshold cuts short. Under a spotlight, a vignette or the
 * shadow of a fold the paper is darker in one part than the desk is in another, so no
 * single threshold finds the whole sheet: the strict one keeps only the best-lit part (the
 * upper half above a fold, the corner nearest the lamp). The paper's own brightness
 * changes smoothly (a fold's crease is a few grey levels a pixel), while the sheet's edge
 * against the desk is a step of tens of levels: the sheet is the paper-bright region the
 * best-lit part reaches without crossing such a step.
 */
import { components, rowSpan, type Component, type GreyImage } from './raster';

/** A neighbour-to-neighbour change above this (grey levels, on a 3×3 mean) is an edge, not shading. */
const EDGE_STEP = 10;
/** Darker than this share of the strict threshold is desk or shadow however smoothly it is reached. */
const FLOOR_SHARE = 0.6;
/** The grown sheet must be at least this much larger than the part it grew from to be worth taking. */
const MIN_GAIN = 1.15;
/** Its rows must fill its box like a sheet does (text holes do not count: each row first to last paper pixel). */
const MIN_ROW_FILL = 0.85;

/** 3×3 mean (separable: a row pass, then a column pass); the one-pixel border stays 0. */
function boxMean(g: GreyImage): Float32Array {
  const { width: w, height: h, data } = g;
  const rows = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const r = y * w;
    for (let x = 1; x < w - 1; x++) rows[r + x] = (data[r + x - 1] ?? 0) + (data[r + x] ?? 0) + (data[r + x + 1] ?? 0);
  }
  const out = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    const r = y * w;
    for (let x = 1; x < w - 1; x++) out[r + x] = (rows[r + x - w]! + rows[r + x]! + rows[r + x + w]!) / 9;
  }
  return out;
}

/** Paper-bright pixels with no edge step to their neighbours. */
function smoothPaper(g: GreyImage, threshold: number): Uint8Array {
  const { width: w, height: h } = g;
  const m = boxMean(g);
  const floor = FLOOR_SHARE * threshold;
  const mask = new Uint8Array(w * h);
  for (let y = 2; y < h - 2; y++) {
    for (let x = 2; x < w - 2; x++) {
      const i = y * w + x;
      const v = m[i]!;
      if (v < floor) continue;
      const step = Math.max(
        Math.abs(m[i + 1]! - v),
        Math.abs(m[i - 1]! - v),
        Math.abs(m[i + w]! - v),
        Math.abs(m[i - w]! - v),
      );
      if (step <= EDGE_STEP) mask[i] = 1;
    }
  }
  return mask;
}

/** Image sides a component reaches. */
const sidesTouched = (c: Component, w: number, h: number) =>
  Number(c.minX <= 3) + Number(c.minY <= 3) + Number(c.maxX >= w - 4) + Number(c.maxY >= h - 4);

function rowFill(mask: Uint8Array, w: number, c: Component): number {
  let spans = 0;
  for (let y = c.minY; y <= c.maxY; y++) {
    const span = rowSpan(mask, w, y, c);
    if (span) spans += span.last - span.first + 1;
  }
  return spans / ((c.maxX - c.minX + 1) * (c.maxY - c.minY + 1));
}

const boxArea = (c: Component) => (c.maxX - c.minX + 1) * (c.maxY - c.minY + 1);
const contains = (a: Component, b: Component, slack: number) =>
  a.minX <= b.minX + slack && a.minY <= b.minY + slack && a.maxX >= b.maxX - slack && a.maxY >= b.maxY - slack;

/**
 * The whole sheet grown from `part` (the largest component above the strict `threshold`), or null
 * when growing finds nothing better: it reached the desk (more image sides, most of the
 * image), lost the sheet's shape, or added little.
 */
export function growSheet(
  g: GreyImage,
  part: Component,
  threshold: number,
): { mask: Uint8Array; sheet: Component } | null {
  const { width: w, height: h } = g;
  const mask = smoothPaper(g, threshold);
  const sheet = components(mask, w, h, 50).sort((a, b) => b.area - a.area)[0];
  if (!sheet || !contains(sheet, part, 0.02 * Math.max(w, h))) return null;
  if (boxArea(sheet) < MIN_GAIN * boxArea(part) || boxArea(sheet) > 0.9 * w * h) return null;
  if (sidesTouched(sheet, w, h) > sidesTouched(part, w, h) || rowFill(mask, w, sheet) < MIN_ROW_FILL) return null;
  return { mask, sheet };
}
