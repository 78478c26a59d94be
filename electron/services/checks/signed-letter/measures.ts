/**
 * The measurements behind each finding, on a NormalizedPage (6 px/mm, light evened out).
 * Thresholds live in ./thresholds.ts, calibrated on the seeded fixtures.
 */
import type { NormalizedPage } from './page';
import { PAGE_PX_PER_MM } from './page';
import { clampBox, components, laplacianVariance, percentile, type PixelBox } from './raster';
import { LETTER_THRESHOLDS as T } from './thresholds';

/** Focus measure of the printed text: variance of the Laplacian on the normalised grey. */
export function textSharpness(page: NormalizedPage, box: PixelBox): number {
  const b = clampBox(box, page.width, page.height);
  return b ? laplacianVariance({ data: page.grey, width: page.width, height: page.height }, b) : 0;
}

/**
 * Red ink stands out from the page's own colour noise (JPEG chroma, a warm cast that the
 * paper levelling leaves at ink edges): the threshold rises with the page's p95 redness.
 */
function redThreshold(page: NormalizedPage, b: PixelBox): number {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let y = b.y; y < b.y + b.height; y += 2) {
    for (let x = b.x; x < b.x + b.width; x += 2) {
      hist[page.redness[y * page.width + x] ?? 0]! += 1;
      n++;
    }
  }
  let seen = 0;
  let p95 = 0;
  while (p95 < 255 && seen + hist[p95]! < 0.95 * n) seen += hist[p95++]!;
  return Math.max(T.sealRedness, 2 * p95 + 4);
}

export type SealFound = { box: PixelBox; redPixels: number; diameterMm: number };

type RedCluster = { box: PixelBox; redPixels: number; wMm: number; hMm: number };

/**
 * Red pixels inside `search` pooled into 1 mm cells and the cells joined into clusters (a
 * seal's ring, star and characters are one cluster), with their red pixel counts.
 */
function redClusters(page: NormalizedPage, search: PixelBox): RedCluster[] {
  const b = clampBox(search, page.width, page.height);
  if (!b) return [];
  const k = PAGE_PX_PER_MM;
  const cw = Math.ceil(b.width / k);
  const ch = Math.ceil(b.height / k);
  const counts = new Uint16Array(cw * ch);
  // Noise is measured on the whole page: in a small search box the seal itself is the p95.
  const threshold = redThreshold(page, { x: 0, y: 0, width: page.width, height: page.height });
  for (let y = b.y; y < b.y + b.height; y++) {
    for (let x = b.x; x < b.x + b.width; x++) {
      if ((page.redness[y * page.width + x] ?? 0) > threshold)
        counts[Math.floor((y - b.y) / k) * cw + Math.floor((x - b.x) / k)]! += 1;
    }
  }
  // A cell is red when a few of its 36 pixels are: faded seals are sparse, JPEG noise is not.
  const cells = Uint8Array.from(counts, (c) => (c >= 3 ? 1 : 0));
  return components(cells, cw, ch, 4).map((c) => {
    const w = c.maxX - c.minX + 1;
    const h = c.maxY - c.minY + 1;
    let redPixels = 0;
    for (let y = c.minY; y <= c.maxY; y++) for (let x = c.minX; x <= c.maxX; x++) redPixels += counts[y * cw + x] ?? 0;
    return {
      box: { x: b.x + c.minX * k, y: b.y + c.minY * k, width: w * k, height: h * k },
      redPixels,
      wMm: w,
      hMm: h,
    };
  });
}

/**
 * A red, roughly round stamp inside `search`: the reddest cluster with a round-ish,
 * seal-sized outline wins. Red things that are not seals (a brown desk, a red logo) fail
 * the size and shape test.
 */
export function findSeal(page: NormalizedPage, search: PixelBox): SealFound | null {
  const k = PAGE_PX_PER_MM;
  let best: SealFound | null = null;
  for (const c of redClusters(page, search)) {
    const diameterMm = (c.wMm + c.hMm) / 2;
    // Round or oval (oval seals are 0.66–0.75 as high as wide).
    const ratio = c.wMm / c.hMm;
    const roundish =
      ratio > 0.6 && ratio < 1.67 && diameterMm >= T.sealMinDiameterMm && diameterMm <= T.sealMaxDiameterMm;
    if (!roundish || c.redPixels < T.sealMinRedAreaMm2 * k * k) continue;
    if (best && best.redPixels >= c.redPixels) continue;
    best = { box: c.box, redPixels: c.redPixels, diameterMm };
  }
  return best;
}

/**
 * Stamp-like red ink that is no whole seal: a seal split by a fold's shadow, cut by the
 * page edge, pale in part, two impressions overlapping. Red print (a red title, a rule under it) is a thin band and
 * never counts; a patch this wide and tall in both directions does.
 */
export function findStampInk(page: NormalizedPage, search: PixelBox): PixelBox | null {
  const k = PAGE_PX_PER_MM;
  const patch = redClusters(page, search)
    .filter(
      (c) =>
        Math.min(c.wMm, c.hMm) >= T.stampInkMinSideMm &&
        // Two impressions overlapping side by side make one patch up to twice a seal long.
        Math.min(c.wMm, c.hMm) <= T.sealMaxDiameterMm &&
        Math.max(c.wMm, c.hMm) <= 2 * T.sealMaxDiameterMm &&
        c.redPixels >= T.stampInkMinAreaMm2 * k * k,
    )
    .sort((a, c) => c.redPixels - a.redPixels)[0];
  return patch?.box ?? null;
}

export type SealQuality = { strength: number; steepness: number; score: number };

/**
 * How legible the seal is: `strength` is its red ink (p98 redness; fading lowers it),
 * `steepness` the weakest of four directional edge gradients relative to strength
 * (Gaussian blur lowers all directions, motion blur the one it smears along).
 */
export function sealQuality(page: NormalizedPage, seal: PixelBox, sourcePxPerMm = PAGE_PX_PER_MM): SealQuality {
  const b = clampBox(seal, page.width, page.height);
  if (!b) return { strength: 0, steepness: 0, score: 0 };
  const w = page.width;
  const r = page.redness;
  const inside: number[] = [];
  for (let y = b.y; y < b.y + b.height; y++) for (let x = b.x; x < b.x + b.width; x++) inside.push(r[y * w + x] ?? 0);
  const strength = percentile(inside, 0.98);
  const steps = [1, w, w + 1, w - 1];
  const grads: number[][] = steps.map(() => []);
  for (let y = b.y + 2; y < b.y + b.height - 2; y++) {
    for (let x = b.x + 2; x < b.x + b.width - 2; x++) {
      const i = y * w + x;
      if ((r[i] ?? 0) < strength * 0.25) continue;
      steps.forEach((s, k) => grads[k]!.push(Math.abs((r[i + s] ?? 0) - (r[i - s] ?? 0))));
    }
  }
  // A source coarser than the page was upsampled: its edges spread over page/source times
  // more pixels without being any less sharp in the original, so steepness is rescaled.
  const upsampled = Math.max(1, PAGE_PX_PER_MM / Math.max(sourcePxPerMm, 1e-6));
  const steepness = strength > 0 ? (upsampled * Math.min(...grads.map((g) => percentile(g, 0.9)))) / strength : 0;
  const score = Math.round(100 * Math.min(strength / T.sealMinStrength, steepness / T.sealMinSteepness));
  return { strength, steepness, score };
}

export type SignatureFound = { box: PixelBox; longestStrokeMm: number; inkMm2: number };

/**
 * Handwriting in the zone: dark, non-red ink whose connected strokes are longer than any
 * printed character (11 pt ≈ 3.9 mm), so typed or printed text never counts.
 */
export function findSignature(
  page: NormalizedPage,
  zone: PixelBox,
  inkGrey: number = T.inkGrey,
): SignatureFound | null {
  const b = clampBox(zone, page.width, page.height);
  if (!b) return null;
  const mask = new Uint8Array(b.width * b.height);
  let ink = 0;
  for (let y = 0; y < b.height; y++) {
    for (let x = 0; x < b.width; x++) {
      const i = (b.y + y) * page.width + b.x + x;
      if ((page.grey[i] ?? 255) < inkGrey && (page.redness[i] ?? 0) < T.sealRedness * 2) {
        mask[y * b.width + x] = 1;
        ink++;
      }
    }
  }
  const strokes = components(mask, b.width, b.height, 4);
  if (strokes.length === 0) return null;
  const extent = (c: (typeof strokes)[number]) => Math.max(c.maxX - c.minX + 1, c.maxY - c.minY + 1);
  const longest = strokes.reduce((a, c) => (extent(c) > extent(a) ? c : a));
  const longestStrokeMm = extent(longest) / PAGE_PX_PER_MM;
  if (longestStrokeMm < T.signatureMinStrokeMm) return null;
  const big = strokes.filter((c) => extent(c) / PAGE_PX_PER_MM >= T.signatureMinStrokeMm / 3);
  const minX = Math.min(...big.map((c) => c.minX));
  const minY = Math.min(...big.map((c) => c.minY));
  const box = {
    x: b.x + minX,
    y: b.y + minY,
    width: Math.max(...big.map((c) => c.maxX)) - minX + 1,
    height: Math.max(...big.map((c) => c.maxY)) - minY + 1,
  };
  return { box, longestStrokeMm, inkMm2: ink / PAGE_PX_PER_MM ** 2 };
}
