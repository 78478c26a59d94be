/**
 * Finds the letter's page in a scan or photo. Our template prints four solid registration
 * squares near the corners (shared/letter-layout.ts): when all four are found, a
 * homography maps the layout onto the photo and undoes perspective. Otherwise (another
 * template, a mark cut off) the sheet is found as the bright paper against the desk, and
 * a sheet that runs into the photo's edge is reported as cut off.
 */
import sharp from 'sharp';
import { A4_MM, registrationMarkCentres } from '../../../../shared/letter-layout';
import { locateByMarkPair } from './mark-pair';
import { growSheet } from './sheet-grow';
import { centre, dist, squareBlobs } from './dark-blobs';
import { solveHomography, type Point } from './geometry';
import type { Edge, PageLocation } from './page-location';
import { components, otsu, rowSpan, toGrey, type Component, type GreyImage, type RgbImage } from './raster';

export type { Edge, PageLocation } from './page-location';

/** Detection runs on a copy whose long side is this many pixels (≈4 px/mm for a whole A4 photo). */
const DETECT_LONG_SIDE = 1600;

async function detectionGrey(img: RgbImage): Promise<{ grey: GreyImage; scale: number }> {
  const scale = Math.min(1, DETECT_LONG_SIDE / Math.max(img.width, img.height));
  if (scale === 1) return { grey: toGrey(img), scale };
  const { data, info } = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .resize(Math.round(img.width * scale), Math.round(img.height * scale), { kernel: 'linear' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    grey: { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height },
    scale,
  };
}

/**
 * The outermost candidate towards each image corner, if they form a plausible A4 mark
 * quad, in page order (top-left first, clockwise). The page's top-left mark is the large
 * one: starting there undoes a photo taken sideways or upside down.
 */
function pickMarks(blobs: Component[]): Point[] | null {
  if (blobs.length < 4) return null;
  const best = (score: (p: Point) => number) => blobs.reduce((a, b) => (score(centre(b)) < score(centre(a)) ? b : a));
  const corners = [best((p) => p.x + p.y), best((p) => -p.x + p.y), best((p) => -p.x - p.y), best((p) => p.x - p.y)];
  if (new Set(corners).size < 4) return null;
  const areas = corners.map((c) => c.area);
  const big = areas.indexOf(Math.max(...areas));
  const others = areas.filter((_, i) => i !== big).sort((a, b) => a - b);
  // 6 mm vs 4 mm is 2.25× the area; blur and perspective narrow that, so compare with the median.
  const start = areas[big]! > 1.5 * others[1]! ? big : 0;
  const quad = [0, 1, 2, 3].map((k) => centre(corners[(start + k) % 4]!));
  const [tl, tr, br, bl] = quad as [Point, Point, Point, Point];
  const across = (dist(tl, tr) + dist(bl, br)) / 2;
  const down = (dist(tl, bl) + dist(tr, br)) / 2;
  const marks = registrationMarkCentres();
  const expected = dist(marks[0]!, marks[1]!) / dist(marks[0]!, marks[3]!);
  if (down === 0 || Math.abs(across / down - expected) > 0.2) return null;
  // Opposite sides of similar length: a real sheet under mild perspective, not four random blobs.
  if (Math.min(dist(tl, tr), dist(bl, br)) / Math.max(dist(tl, tr), dist(bl, br)) < 0.7) return null;
  if (Math.min(dist(tl, bl), dist(tr, br)) / Math.max(dist(tl, bl), dist(tr, br)) < 0.7) return null;
  return quad;
}

/** Fraction of each image border covered by bright paper. */
function borderContact(g: GreyImage, threshold: number): Record<Edge, number> {
  const { width: w, height: h, data } = g;
  const frac = (n: number, at: (i: number) => number) => {
    let on = 0;
    for (let i = 0; i < n; i++) if ((data[at(i)] ?? 0) > threshold) on++;
    return on / n;
  };
  const inset = 2;
  return {
    top: frac(w, (i) => inset * w + i),
    bottom: frac(w, (i) => (h - 1 - inset) * w + i),
    left: frac(h, (i) => i * w + inset),
    right: frac(h, (i) => i * w + w - 1 - inset),
  };
}

/** The sheet's outermost paper pixel towards each image corner: its corners under mild perspective. */
function sheetCorners(mask: Uint8Array, w: number, c: Component): Point[] {
  // Scores −x−y, x−y, x+y, −x+y: outermost towards top-left, top-right, bottom-right, bottom-left.
  const best = [-Infinity, -Infinity, -Infinity, -Infinity];
  const at: Point[] = [0, 1, 2, 3].map(() => ({ x: 0, y: 0 }));
  const take = (k: number, s: number, x: number, y: number) => {
    if (s > best[k]!) {
      best[k] = s;
      at[k] = { x, y };
    }
  };
  for (let y = c.minY; y <= c.maxY; y++) {
    // Only the first and last paper pixel of a row can be a corner.
    const span = rowSpan(mask, w, y, c);
    if (!span) continue;
    const { first, last } = span;
    take(0, -first - y, first, y);
    take(1, last - y, last, y);
    take(2, last + y, last, y);
    take(3, -first + y, first, y);
  }
  return at;
}

/** Pixels per millimetre of a sheet from its corners: long side is A4's 297 mm. */
function sheetPxPerMm(q: Point[]): number {
  const a = (dist(q[0]!, q[1]!) + dist(q[3]!, q[2]!)) / 2;
  const b = (dist(q[0]!, q[3]!) + dist(q[1]!, q[2]!)) / 2;
  return Math.min(Math.max(a, b) / A4_MM.height, Math.min(a, b) / A4_MM.width);
}

/**
 * A threshold just under the paper's own brightness (measured at the image centre), when
 * it cuts out one clean rectangle: a page in a PDF viewer or on a light desk, which the
 * dark-vs-bright split would merge with the grey canvas or desk around it.
 */
type PaperSplit = { t: number; mask: Uint8Array; found: Component[] };

/** Pixels brighter than `t`, and their components from the largest (the sheet first). */
function paperSplit(g: GreyImage, t: number): PaperSplit {
  const { data } = g;
  const mask = new Uint8Array(data.length);
  for (let i = 0; i < mask.length; i++) mask[i] = (data[i] ?? 0) > t ? 1 : 0;
  return { t, mask, found: components(mask, g.width, g.height, 50).sort((a, b) => b.area - a.area) };
}

/** The split is kept with its threshold: the sheet search reuses it instead of splitting again. */
function strictPaperThreshold(g: GreyImage): PaperSplit | null {
  const { width: w, height: h, data } = g;
  const centre: number[] = [];
  for (let y = Math.floor(h * 0.35); y < h * 0.65; y += 3)
    for (let x = Math.floor(w * 0.35); x < w * 0.65; x += 3) centre.push(data[y * w + x] ?? 0);
  centre.sort((a, b) => a - b);
  const paper = centre[Math.floor(centre.length * 0.75)] ?? 255;
  const split = paperSplit(g, paper * 0.94);
  const sheet = split.found[0];
  if (!sheet) return null;
  const boxArea = (sheet.maxX - sheet.minX + 1) * (sheet.maxY - sheet.minY + 1);
  const share = boxArea / (w * h);
  return share > 0.12 && share < 0.9 && sheet.area / boxArea > 0.8 ? split : null;
}

function locateByPaper(g: GreyImage, scale: number): PageLocation {
  const strict = strictPaperThreshold(g);
  const t = strict?.t ?? otsu(g);
  const contact = borderContact(g, t);
  const edges = Object.keys(contact) as Edge[];
  const full = (): PageLocation => {
    const bounds = { x: 0, y: 0, width: Math.round(g.width / scale), height: Math.round(g.height / scale) };
    const quad = [
      { x: 0, y: 0 },
      { x: bounds.width, y: 0 },
      { x: bounds.width, y: bounds.height },
      { x: 0, y: bounds.height },
    ];
    return { kind: 'whole', bounds, pxPerMm: sheetPxPerMm(quad), cutEdges: [], quad, sheets: 1 };
  };
  // A flatbed scan (paper on every side) or no visible desk at all: the image is the page.
  if (edges.every((e) => contact[e] > 0.5) || edges.every((e) => contact[e] > 0.12)) return full();
  const split = strict ?? paperSplit(g, t);
  const { found } = split;
  let { mask } = split;
  let sheet = found[0];
  if (!sheet || sheet.area < 0.15 * g.data.length) return full();
  // A second sheet of similar size beside the first: two pages in one photo.
  const second = found[1];
  const sheets = second && second.area > 0.45 * sheet.area && second.area > 0.1 * g.data.length ? 2 : 1;
  // The strict threshold keeps only the best-lit part of a sheet under uneven light or a fold.
  const grown = strict !== null ? growSheet(g, sheet, t) : null;
  if (grown) ({ mask, sheet } = grown);
  const bounds = {
    x: Math.round(sheet.minX / scale),
    y: Math.round(sheet.minY / scale),
    width: Math.round((sheet.maxX - sheet.minX + 1) / scale),
    height: Math.round((sheet.maxY - sheet.minY + 1) / scale),
  };
  // Paper running into a border while desk shows elsewhere: that side of the sheet is cut off.
  const cutEdges = edges.filter((e) => contact[e] > 0.25);
  const sideways = cutEdges.includes('left') || cutEdges.includes('right');
  const upDown = cutEdges.includes('top') || cutEdges.includes('bottom');
  const byWidth = bounds.width / A4_MM.width;
  const byHeight = bounds.height / A4_MM.height;
  const quad = sheetCorners(mask, g.width, sheet).map((p) => ({ x: p.x / scale, y: p.y / scale }));
  const pxPerMm =
    cutEdges.length === 0
      ? sheetPxPerMm(quad)
      : sideways && !upDown
        ? byHeight
        : upDown && !sideways
          ? byWidth
          : Math.min(byWidth, byHeight);
  return { kind: 'paper', bounds, pxPerMm, cutEdges, quad, sheets };
}

/**
 * Four square blobs spanning a small part of the image are no page's corner marks (a QR
 * code's finder squares on a licence): our marks sit near the sheet's corners.
 */
function plausibleMarks(quad: Point[] | null, g: GreyImage): Point[] | null {
  if (!quad) return null;
  const xs = quad.map((p) => p.x);
  const ys = quad.map((p) => p.y);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  return span >= 0.25 * Math.min(g.width, g.height) ? quad : null;
}

export async function locatePage(img: RgbImage): Promise<PageLocation> {
  const { grey, scale } = await detectionGrey(img);
  const blobs = squareBlobs(grey);
  const quad = plausibleMarks(pickMarks(blobs), grey);
  if (!quad) return locateByMarkPair(blobs, grey, scale) ?? locateByPaper(grey, scale);
  const marksInImage = quad.map((p) => ({ x: p.x / scale, y: p.y / scale }));
  const mmToImage = solveHomography(registrationMarkCentres(), marksInImage);
  const [tl, tr, br, bl] = marksInImage as [Point, Point, Point, Point];
  const m = registrationMarkCentres();
  // The farther (smaller) edges decide: that is the sharpness the reviewer gets there.
  const across = Math.min(dist(tl, tr), dist(bl, br)) / dist(m[0]!, m[1]!);
  const down = Math.min(dist(tl, bl), dist(tr, br)) / dist(m[0]!, m[3]!);
  return { kind: 'marks', mmToImage, pxPerMm: Math.min(across, down), marks: marksInImage, cutEdges: [] };
}
