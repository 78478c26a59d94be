/**
 * Small pixel helpers for the signed-letter checks. Images are row-major; RGB has 3
 * bytes per pixel, grey 1. Kept allocation-light: a page at 6 px/mm is 2.2 Mpx.
 */
export type RgbImage = { data: Uint8Array; width: number; height: number };
export type GreyImage = { data: Uint8Array | Float32Array; width: number; height: number };
export type PixelBox = { x: number; y: number; width: number; height: number };

export function toGrey(img: RgbImage): GreyImage {
  const n = img.width * img.height;
  const out = new Uint8Array(n);
  const d = img.data;
  for (let i = 0, j = 0; i < n; i++, j += 3) out[i] = (77 * (d[j] ?? 0) + 150 * (d[j + 1] ?? 0) + 29 * (d[j + 2] ?? 0)) >> 8;
  return { data: out, width: img.width, height: img.height };
}

export { clampBox } from '../../util/box';

/** Value at fraction `p` (0..1) of the sorted values. */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) return 0;
  const sorted = Float32Array.from(values as ArrayLike<number>).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * (sorted.length - 1))))] ?? 0;
}

/** Otsu's threshold of a grey image (the split that best separates two brightness groups). */
export function otsu(img: GreyImage): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of img.data) hist[Math.min(255, Math.max(0, Math.round(v)))]! += 1;
  const total = img.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const between = wB * wF * (sumB / wB - (sum - sumB) / wF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

export type Component = { area: number; minX: number; minY: number; maxX: number; maxY: number; sumX: number; sumY: number };

/** 8-connected components of a mask (non-zero = on), with their bounding boxes and areas. */
export function components(mask: Uint8Array, width: number, height: number, minArea = 1): Component[] {
  const label = new Int32Array(width * height);
  const out: Component[] = [];
  const stack: number[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || label[start]) continue;
    const c: Component = { area: 0, minX: width, minY: height, maxX: 0, maxY: 0, sumX: 0, sumY: 0 };
    label[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      c.area++;
      c.sumX += x;
      c.sumY += y;
      if (x < c.minX) c.minX = x;
      if (x > c.maxX) c.maxX = x;
      if (y < c.minY) c.minY = y;
      if (y > c.maxY) c.maxY = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (mask[j] && !label[j]) {
            label[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    if (c.area >= minArea) out.push(c);
  }
  return out;
}

/** Variance of the 4-neighbour Laplacian inside a box: the classic focus measure. */
export function laplacianVariance(img: GreyImage, box: PixelBox): number {
  const { data, width } = img;
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = box.y + 1; y < box.y + box.height - 1; y++) {
    for (let x = box.x + 1; x < box.x + box.width - 1; x++) {
      const i = y * width + x;
      const lap = (data[i - 1] ?? 0) + (data[i + 1] ?? 0) + (data[i - width] ?? 0) + (data[i + width] ?? 0) - 4 * (data[i] ?? 0);
      sum += lap;
      sumSq += lap * lap;
      n++;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sumSq / n - mean * mean;
}
