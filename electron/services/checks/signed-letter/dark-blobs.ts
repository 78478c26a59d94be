/**
 * Dark, solid, square-ish blobs: the candidates for our registration marks, used by the
 * four-mark search (locate.ts) and the two-mark search of a cut-off photo (mark-pair.ts).
 */
import type { Point } from './geometry';
import { components, type Component, type GreyImage } from './raster';

/** Dark pixels relative to their neighbourhood (integral-image box mean), robust to shadows. */
export function darkMask(g: GreyImage, radius: number): Uint8Array {
  // The four-mark and the two-mark search ask for the same mask of the same image.
  const cached = lastMask.get(g.data);
  if (cached?.radius === radius) return cached.mask;
  const mask = computeDarkMask(g, radius);
  lastMask.set(g.data, { radius, mask });
  return mask;
}

const lastMask = new WeakMap<object, { radius: number; mask: Uint8Array }>();

function computeDarkMask(g: GreyImage, radius: number): Uint8Array {
  const { width: w, height: h, data } = g;
  // Sums of grey bytes stay exact in 32 bits for any detection image (long side ≤ 1600 px).
  const integral = new Uint32Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += data[y * w + x] ?? 0;
      integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1]! + row;
    }
  }
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - radius);
    const y1 = Math.min(h, y + radius + 1);
    for (let x = 0; x < w; x++) {
      const v = data[y * w + x] ?? 255;
      // Paper and light grey are never dark: the box mean is only needed below 150.
      if (v >= 150) continue;
      const x0 = Math.max(0, x - radius);
      const x1 = Math.min(w, x + radius + 1);
      const sum =
        integral[y1 * (w + 1) + x1]! -
        integral[y0 * (w + 1) + x1]! -
        integral[y1 * (w + 1) + x0]! +
        integral[y0 * (w + 1) + x0]!;
      const mean = sum / ((x1 - x0) * (y1 - y0));
      mask[y * w + x] = v < 0.55 * mean ? 1 : 0;
    }
  }
  return mask;
}

/** Solid, square-ish dark blobs: registration-mark candidates. */
export function squareBlobs(g: GreyImage): Component[] {
  const long = Math.max(g.width, g.height);
  const minSide = long * 0.004;
  const maxSide = long * 0.03;
  return components(darkMask(g, Math.round(long * 0.012)), g.width, g.height, 6).filter((c) => {
    const w = c.maxX - c.minX + 1;
    const h = c.maxY - c.minY + 1;
    return (
      w >= minSide &&
      h >= minSide &&
      w <= maxSide &&
      h <= maxSide &&
      w / h > 0.6 &&
      w / h < 1.66 &&
      c.area / (w * h) > 0.78
    );
  });
}

export const centre = (c: Component): Point => ({ x: c.sumX / c.area, y: c.sumY / c.area });
export const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
