/**
 * A seal stamped twice with a small offset (the stamp slipped or was pressed again): every
 * stroke, the ring, the star and the ring text, appears a second time 0.5–2 mm away. The
 * seal's fine detail (its redness minus a local mean) then correlates with itself at that
 * shift: along the shift's direction the autocorrelation falls past a stroke's width and
 * rises again. A single impression only falls (a straight stroke correlates less the
 * further it is shifted), and a second clear impression 15 mm away is far outside the
 * shifts looked at.
 */
import type { NormalizedPage } from './page';
import { PAGE_PX_PER_MM } from './page';
import { clampBox, type PixelBox } from './raster';

/** Shifts looked at, in mm: a slipped stamp moves 0.4–2 mm. */
const MAX_SHIFT_MM = 2.2;
/** Detail is redness minus its mean over this window (px, odd): keeps strokes, drops the ink body. */
const DETAIL_WINDOW = 9;

/** Redness minus its local box mean: the strokes' edges and thin lines, zero-mean. */
function detail(page: NormalizedPage, b: PixelBox): Float32Array {
  const { width: w, height: h } = b;
  const integral = new Float64Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += page.redness[(b.y + y) * page.width + b.x + x] ?? 0;
      integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1]! + row;
    }
  }
  const r = (DETAIL_WINDOW - 1) / 2;
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(h, y + r + 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(w, x + r + 1);
      const sum =
        integral[y1 * (w + 1) + x1]! -
        integral[y0 * (w + 1) + x1]! -
        integral[y1 * (w + 1) + x0]! +
        integral[y0 * (w + 1) + x0]!;
      out[y * w + x] = (page.redness[(b.y + y) * page.width + b.x + x] ?? 0) - sum / ((y1 - y0) * (x1 - x0));
    }
  }
  return out;
}

/** Normalised autocorrelation of `d`, for shifts |dx|,|dy| ≤ m (dy ≥ 0 half plane suffices by symmetry). */
function autocorrelation(d: Float32Array, w: number, h: number, m: number): Float64Array {
  const size = 2 * m + 1;
  const out = new Float64Array(size * size);
  for (let dy = 0; dy <= m; dy++) {
    for (let dx = -m; dx <= m; dx++) {
      let s = 0;
      // Every other row: the sums stay representative at half the cost.
      for (let y = m; y < h - m; y += 2) {
        const row = y * w;
        const shifted = (y + dy) * w + dx;
        for (let x = m; x < w - m; x++) s += d[row + x]! * d[shifted + x]!;
      }
      out[(dy + m) * size + dx + m] = s;
      out[(m - dy) * size + m - dx] = s;
    }
  }
  const zero = out[m * size + m]!;
  if (zero > 0) for (let i = 0; i < out.length; i++) out[i]! /= zero;
  return out;
}

export type DoubleImpression = {
  /** How far the autocorrelation comes back up along the best shift, share of its peak (0 = a single impression). */
  rebound: number;
  shiftMm: number;
};

/**
 * The strongest rebound of the seal's detail autocorrelation: for each shift v, how much
 * R(v) exceeds the lowest R on the straight path from zero to v.
 */
export function doubleImpression(page: NormalizedPage, seal: PixelBox): DoubleImpression {
  const b = clampBox(seal, page.width, page.height);
  const m = Math.round(MAX_SHIFT_MM * PAGE_PX_PER_MM);
  if (!b || b.width < 4 * m || b.height < 4 * m) return { rebound: 0, shiftMm: 0 };
  const r = autocorrelation(detail(page, b), b.width, b.height, m);
  const size = 2 * m + 1;
  const at = (dx: number, dy: number) => r[(Math.round(dy) + m) * size + Math.round(dx) + m] ?? 0;
  const isPeak = (dx: number, dy: number) => {
    const v = at(dx, dy);
    for (let j = -1; j <= 1; j++) for (let i = -1; i <= 1; i++) if ((i || j) && at(dx + i, dy + j) > v) return false;
    return true;
  };
  let best = { rebound: 0, shiftMm: 0 };
  // Only a peak inside the range: the rising edge of a lobe beyond it is not a repeat.
  for (let dy = 0; dy < m; dy++) {
    for (let dx = -m + 1; dx < m; dx++) {
      const len = Math.hypot(dx, dy);
      if (len < 2.5 || len > m - 1 || !isPeak(dx, dy)) continue;
      let low = Infinity;
      for (let t = 1; t < len; t++) low = Math.min(low, at((dx * t) / len, (dy * t) / len));
      const rebound = at(dx, dy) - Math.max(low, 0);
      if (rebound > best.rebound) best = { rebound, shiftMm: len / PAGE_PX_PER_MM };
    }
  }
  return best;
}
