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
  for (let i = 0, j = 0; i < n; i++, j += 3)
    out[i] = (77 * (d[j] ?? 0) + 150 * (d[j + 1] ?? 0) + 29 * (d[j + 2] ?? 0)) >> 8;
  return { data: out, width: img.width, height: img.height };
}

export { clampBox } from '../../util/box';

/** Value at fraction `p` (0..1) of the sorted values. */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) return 0;
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * (sorted.length - 1))))] ?? 0;
}

/** Otsu's threshold of a grey image (the split that best separates two brightness groups). */
export function otsu(img: GreyImage): number {
  const hist = new Array<number>(256).fill(0);
  const data = img.data;
  // Bytes are already whole and in range: counted straight (the general path rounds and clamps).
  if (data instanceof Uint8Array) {
    const counts = new Int32Array(256);
    for (let i = 0; i < data.length; i++) counts[data[i]!]! += 1;
    for (let i = 0; i < 256; i++) hist[i] = counts[i]!;
  } else for (const v of data) hist[Math.min(255, Math.max(0, Math.round(v)))]! += 1;
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

export type Component = {
  area: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  sumX: number;
  sumY: number;
};

/** The first and last set pixel of row `y` of `mask` between the component's columns, or null when none is set. */
export function rowSpan(
  mask: Uint8Array,
  width: number,
  y: number,
  c: Component,
): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let x = c.minX; x <= c.maxX; x++) {
    if (!mask[y * width + x]) continue;
    if (first < 0) first = x;
    last = x;
  }
  return first < 0 ? null : { first, last };
}

/**
 * 8-connected components of a mask (non-zero = on), with their bounding boxes and areas, in
 * the order of their first pixel. Filled a row span at a time: a sheet of paper is one
 * component of millions of pixels, and a pixel-by-pixel fill spent most of locating a page.
 */
export function components(mask: Uint8Array, width: number, height: number, minArea = 1): Component[] {
  const seen = new Uint8Array(width * height);
  const out: Component[] = [];
  let stack = new Int32Array(4096);
  let top = 0;
  const push = (i: number) => {
    if (top === stack.length) {
      const grown = new Int32Array(stack.length * 2);
      grown.set(stack);
      stack = grown;
    }
    stack[top++] = i;
  };
  /** Pushes the start of every unseen run of the mask in row `ny` between a and b. */
  const seedRow = (ny: number, a: number, b: number) => {
    const row = ny * width;
    let x = a;
    while (x <= b) {
      if (mask[row + x] && !seen[row + x]) {
        push(row + x);
        while (x <= b && mask[row + x] && !seen[row + x]) x++;
      } else x++;
    }
  };
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    const c: Component = { area: 0, minX: width, minY: height, maxX: 0, maxY: 0, sumX: 0, sumY: 0 };
    push(start);
    while (top > 0) {
      const i = stack[--top]!;
      if (seen[i]) continue;
      const y = (i / width) | 0;
      const row = y * width;
      let x0 = i - row;
      let x1 = x0;
      while (x0 > 0 && mask[row + x0 - 1] && !seen[row + x0 - 1]) x0--;
      while (x1 < width - 1 && mask[row + x1 + 1] && !seen[row + x1 + 1]) x1++;
      seen.fill(1, row + x0, row + x1 + 1);
      const len = x1 - x0 + 1;
      c.area += len;
      c.sumX += ((x0 + x1) * len) / 2;
      c.sumY += y * len;
      if (x0 < c.minX) c.minX = x0;
      if (x1 > c.maxX) c.maxX = x1;
      if (y < c.minY) c.minY = y;
      if (y > c.maxY) c.maxY = y;
      const a = Math.max(0, x0 - 1);
      const b = Math.min(width - 1, x1 + 1);
      if (y > 0) seedRow(y - 1, a, b);
      if (y < height - 1) seedRow(y + 1, a, b);
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
      const lap =
        (data[i - 1] ?? 0) + (data[i + 1] ?? 0) + (data[i - width] ?? 0) + (data[i + width] ?? 0) - 4 * (data[i] ?? 0);
      sum += lap;
      sumSq += lap * lap;
      n++;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sumSq / n - mean * mean;
}
