/**
 * Handwriting near the signing label on a page without our layout. Ink is dark and not
 * red (a seal over the signature leaves the pen strokes dark); printed underlines, box
 * borders and table rules are removed first as long straight runs, then a stroke must
 * span more than printed characters do (relative to the text height measured on the
 * page) and bend like a pen stroke rather than run straight.
 */
import type { NormalizedPage } from './page';
import { PAGE_PX_PER_MM as K } from './page';
import { clampBox, components, type Component, type PixelBox } from './raster';
import { LETTER_THRESHOLDS as T } from './thresholds';

export type StrokesFound = { box: PixelBox; longestStrokeMm: number; strokes: number };

/** Straight runs longer than this are rules or underlines, never a pen stroke. */
const RULE_MIN_MM = 14;

/**
 * The seal's own ink: how red it is for how dark it is. Where a pen stroke crosses the seal
 * the pixel is darker and much less red for its darkness than the seal's ink ever is.
 */
export type SealInk = {
  box: PixelBox;
  redPerDark: number;
  /** Median seal tint (R − G) per darkness of the seal's ink: red and purple-red pads alike. */
  tintPerDark?: number;
  /** Median grey of the seal's ink: a pen crossing it is darker, its own thin strokes lighter. */
  inkGrey?: number;
};

/** Seal pixels clearly red (well above the paper's noise) define its ink. */
const SEAL_INK_REDNESS = 40;
const SEAL_INK_TINT = 40;
/** A crossing pixel is at most this share of the seal ink's redness for its darkness. */
const CROSSING_RED_SHARE = 0.5;
/**
 * Inside the seal, ink with at least this share of the seal's tint for its darkness is the seal's
 * own (a purple pad's ring text too, which redness R − max(G, B) misses). Pen and print over it
 * keep their darkness but little tint. Calibration (v7 and the x2 set of seed 20261515): a small
 * ballpoint signature across the ring stays whole; a seal's serial number is cleared.
 */
const SEAL_TINT_SHARE = 0.35;
/**
 * Thin seal strokes (a serial number, ring text) lose tint to JPEG's coarse colour, down to this
 * share; where a pale pen crosses dense seal ink the pixel keeps as much, but is darker than the
 * seal's ink is. Between the two shares only darker than the seal's median grey is pen.
 */
const SEAL_THIN_TINT_SHARE = 0.5;

const median = (v: number[]) => v.sort((a, c) => a - c)[Math.floor(v.length / 2)]!;

function sealTint(page: NormalizedPage, b: PixelBox): Pick<SealInk, 'tintPerDark' | 'inkGrey'> {
  const tint = page.tint;
  if (!tint) return {};
  const ratios: number[] = [];
  const greys: number[] = [];
  for (let y = b.y; y < b.y + b.height; y += 2) {
    for (let x = b.x; x < b.x + b.width; x += 2) {
      const i = y * page.width + x;
      const t = tint[i] ?? 0;
      if (t < SEAL_INK_TINT) continue;
      const grey = page.grey[i] ?? 255;
      ratios.push(t / Math.max(1, 255 - grey));
      greys.push(grey);
    }
  }
  if (ratios.length < 50) return {};
  return { tintPerDark: median(ratios), inkGrey: median(greys) };
}

export function sealInk(page: NormalizedPage, box: PixelBox): SealInk | null {
  const b = clampBox(box, page.width, page.height);
  if (!b) return null;
  const ratios: number[] = [];
  for (let y = b.y; y < b.y + b.height; y += 2) {
    for (let x = b.x; x < b.x + b.width; x += 2) {
      const i = y * page.width + x;
      const red = page.redness[i] ?? 0;
      if (red < SEAL_INK_REDNESS) continue;
      ratios.push(red / Math.max(1, 255 - (page.grey[i] ?? 255)));
    }
  }
  // A purple pad's ink may be hardly red at all (R − max(G, B)): its tint still measures it.
  const tint = sealTint(page, b);
  if (ratios.length < 50 && tint.tintPerDark === undefined) return null;
  return { box: b, redPerDark: ratios.length > 0 ? median(ratios) : 0, ...tint };
}

/** Inside the seal: pen (or print) ink is much less tinted for its darkness than the seal's own. */
function penOverSeal(page: NormalizedPage, i: number, grey: number, seal: SealInk): boolean {
  if (seal.tintPerDark === undefined || !page.tint) {
    const red = page.redness[i] ?? 0;
    return red < T.sealRedness * 2 || red < CROSSING_RED_SHARE * seal.redPerDark * (255 - grey);
  }
  const share = (page.tint[i] ?? 0) / (seal.tintPerDark * Math.max(1, 255 - grey));
  return share < SEAL_TINT_SHARE || (share < SEAL_THIN_TINT_SHARE && grey < (seal.inkGrey ?? 0));
}

function inkMask(page: NormalizedPage, b: PixelBox, inkGrey: number, seal: SealInk | null): Uint8Array {
  const mask = new Uint8Array(b.width * b.height);
  const s = seal?.box;
  const inSeal = (x: number, y: number) =>
    s !== undefined && x >= s.x && y >= s.y && x < s.x + s.width && y < s.y + s.height;
  for (let y = 0; y < b.height; y++) {
    for (let x = 0; x < b.width; x++) {
      const i = (b.y + y) * page.width + b.x + x;
      const grey = page.grey[i] ?? 255;
      if (grey >= inkGrey) continue;
      const pen =
        seal !== null && inSeal(b.x + x, b.y + y)
          ? penOverSeal(page, i, grey, seal)
          : (page.redness[i] ?? 0) < T.sealRedness * 2;
      if (pen) mask[y * b.width + x] = 1;
    }
  }
  return mask;
}

/** Seal ink in the zone: rules run on under it, so it bridges them when they are looked for. */
function redMask(page: NormalizedPage, b: PixelBox): Uint8Array {
  const red = new Uint8Array(b.width * b.height);
  for (let y = 0; y < b.height; y++) {
    for (let x = 0; x < b.width; x++)
      if ((page.redness[(b.y + y) * page.width + b.x + x] ?? 0) >= T.sealRedness * 2) red[y * b.width + x] = 1;
  }
  return red;
}

/** Across a rule, ink runs this many pixels at most; where a pen stroke crosses it, more. */
const RULE_MAX_PX = 4;
const RULE_THIN_SHARE = 0.7;
/** A scan is skewed by a few degrees at most: a rule drifts by this share of its length. */
const RULE_MAX_SLOPE = 0.06;

type Lines = { n: number; len: number; at: (i: number, j: number) => number };

/** Ink thickness across the line direction through (i, j). */
function across(on: (k: number) => boolean, l: Lines, i: number, j: number): number {
  let t = 1;
  for (let d = 1; i - d >= 0 && on(l.at(i - d, j)); d++) t++;
  for (let d = 1; i + d < l.n && on(l.at(i + d, j)); d++) t++;
  return t;
}

/** Follows a rule from (i, j0) a pixel row up or down at a time (a skewed scan); returns its path. */
function follow(on: (k: number) => boolean, l: Lines, i: number, j0: number): number[] {
  const path: number[] = [];
  let r = i;
  for (let j = j0; j < l.len; j++) {
    if (!on(l.at(r, j))) {
      if (r > 0 && on(l.at(r - 1, j))) r--;
      else if (r < l.n - 1 && on(l.at(r + 1, j))) r++;
      else break;
    }
    if (Math.abs(r - i) > 2 + RULE_MAX_SLOPE * (j - j0)) break;
    path.push(r);
  }
  return path;
}

/**
 * A rule's path keeps within this of the straight line between its ends; a pen stroke's wanders.
 * A photographed sheet bows an underline by up to 2 px (x2 set: c005's underlines at the pale grey).
 */
const RULE_STRAIGHT_PX = 2.5;

/** A rule's path keeps to the straight line between its ends; a pen stroke's wanders. */
function straight(path: number[]): boolean {
  const a = path[0]!;
  const slope = (path.at(-1)! - a) / Math.max(1, path.length - 1);
  return path.every((r, k) => Math.abs(r - (a + slope * k)) <= RULE_STRAIGHT_PX);
}

/**
 * Clears the printed rules (underlines, box borders, table rules): horizontal and vertical
 * runs longer than RULE_MIN_MM, followed across the pixel steps of a skewed scan, continued
 * by seal ink stamped over them, and thin along most of their length (a loopy signature
 * is not; where a pen stroke crosses a rule only the rule's own rows are cleared).
 */
function removeRules(mask: Uint8Array, red: Uint8Array, w: number, h: number): void {
  const min = Math.round(RULE_MIN_MM * K);
  const clear: number[] = [];
  const on = (k: number) => mask[k] === 1 || red[k] === 1;
  const scan = (l: Lines) => {
    for (let i = 0; i < l.n; i++) {
      for (let j = 0; j < l.len; j++) {
        if (!on(l.at(i, j)) || (j > 0 && on(l.at(i, j - 1)))) continue;
        const path = follow(on, l, i, j);
        if (path.length < min || !straight(path)) continue;
        const thin = path.filter((r, k) => across(on, l, r, j + k) <= RULE_MAX_PX).length;
        if (thin < RULE_THIN_SHARE * path.length) continue;
        path.forEach((r, k) => {
          for (let d = -1; d <= 1; d++) if (r + d >= 0 && r + d < l.n) clear.push(l.at(r + d, j + k));
        });
      }
    }
  };
  scan({ n: h, len: w, at: (y, x) => y * w + x });
  scan({ n: w, len: h, at: (x, y) => y * w + x });
  for (const k of clear) mask[k] = 0;
}

/** A pen stroke bends: a thin straight bar (a rule's remnant cut by the zone's edge, a printed 一) is not one. */
function penLike(c: Component): boolean {
  const w = c.maxX - c.minX + 1;
  const h = c.maxY - c.minY + 1;
  return Math.min(w, h) >= 1.2 * K;
}

const GLYPH_PER_BOX = 0.55;

/** Within this of the page's border, ink is the desk or the sheet's shadow past a loose crop. */
const PAGE_EDGE_MM = 1.5;

/**
 * A band of dark along the page's border (desk or shadow left by a loose crop in a photo) runs
 * along the border; a signature that reaches the border runs across it.
 */
function alongPageEdge(c: Component, b: PixelBox, page: NormalizedPage): boolean {
  const m = PAGE_EDGE_MM * K;
  const w = c.maxX - c.minX + 1;
  const h = c.maxY - c.minY + 1;
  const side = b.x + c.minX <= m || b.x + c.maxX >= page.width - 1 - m;
  const topOrBottom = b.y + c.minY <= m || b.y + c.maxY >= page.height - 1 - m;
  return (side && h > 2 * w) || (topOrBottom && w > 2 * h);
}

/**
 * A pen stroke is a line: at most where it crosses or loops is a window of this side mostly its
 * ink. Desk or shadow past a photographed sheet, inside the normalised page when the sheet's
 * outline was found loosely, is a filled area (x2 set of seed 20261515: h036's slanted band).
 */
const FILLED_WINDOW_MM = 2;
const FILLED_INK_SHARE = 0.75;
/**
 * Share of a component's pixels at the centre of a filled window for it to be a filled area, and
 * the length from which that is judged. x2: the bands past the sheet 0.58–0.75 over 50 mm; pen
 * strokes of 15 mm or more at most 0.17, while a small dense scribble (a 7 mm signature) reaches 0.42.
 */
const FILLED_AREA_SHARE = 0.4;
const FILLED_MIN_MM = 20;

/** Pixels whose window is mostly ink (a summed-area table over the mask). */
function filledCentres(mask: Uint8Array, w: number, h: number): Uint8Array {
  const sum = new Int32Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += mask[y * w + x] === 1 ? 1 : 0;
      sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1]! + row;
    }
  }
  const r = Math.round((FILLED_WINDOW_MM * K) / 2);
  const need = FILLED_INK_SHARE * (2 * r + 1) * (2 * r + 1);
  const at = (x: number, y: number) => sum[y * (w + 1) + x]!;
  const out = new Uint8Array(w * h);
  for (let y = r; y < h - r; y++) {
    for (let x = r; x < w - r; x++) {
      if (mask[y * w + x] !== 1) continue;
      const ink = at(x + r + 1, y + r + 1) - at(x - r, y + r + 1) - at(x + r + 1, y - r) + at(x - r, y - r);
      if (ink >= need) out[y * w + x] = 1;
    }
  }
  return out;
}

/** A long component that is mostly filled windows: desk or shadow, not a pen stroke. */
function filledArea(c: Component, filled: Uint8Array, w: number): boolean {
  if (Math.max(c.maxX - c.minX + 1, c.maxY - c.minY + 1) < FILLED_MIN_MM * K) return false;
  let n = 0;
  for (let y = c.minY; y <= c.maxY; y++) for (let x = c.minX; x <= c.maxX; x++) n += filled[y * w + x]!;
  return n >= FILLED_AREA_SHARE * c.area;
}

function keepOnly(mask: Uint8Array, b: PixelBox, keep: PixelBox): void {
  for (let y = 0; y < b.height; y++) {
    for (let x = 0; x < b.width; x++) {
      const inside =
        b.x + x >= keep.x && b.x + x < keep.x + keep.width && b.y + y >= keep.y && b.y + y < keep.y + keep.height;
      if (!inside) mask[y * b.width + x] = 0;
    }
  }
}

/**
 * Joins the pieces of one pen stroke that seal ink still cuts apart where it is densest
 * (a pale pen over a dense seal): every ink pixel grows by `r` in each direction.
 */
function dilate(mask: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (mask[y * w + x] !== 1) continue;
      for (let dy = Math.max(0, y - r); dy <= Math.min(h - 1, y + r); dy++)
        out.fill(1, dy * w + Math.max(0, x - r), dy * w + Math.min(w - 1, x + r) + 1);
    }
  }
  return out;
}

/** A seal's ring text lies between these shares of its radius (the star and code line inside). */
const RING_INNER = 0.6;
const RING_OUTER = 1.05;

/**
 * Clears the seal's ring band: at the faintest grey the ring text of a pale seal passes for pen
 * ink where it crosses nothing, and bridged it runs along the ring as long as a stroke.
 */
function clearRing(mask: Uint8Array, b: PixelBox, seal: PixelBox): void {
  const cx = seal.x + seal.width / 2;
  const cy = seal.y + seal.height / 2;
  for (let y = 0; y < b.height; y++) {
    for (let x = 0; x < b.width; x++) {
      const r = Math.hypot((b.x + x - cx) / (seal.width / 2), (b.y + y - cy) / (seal.height / 2));
      if (r >= RING_INNER && r <= RING_OUTER) mask[y * b.width + x] = 0;
    }
  }
}

/** Share of a stroke's box inside a print box for the stroke to be that print's. */
const WITHIN_PRINT_SHARE = 0.85;

function withinPrint(c: Component, b: PixelBox, print: PixelBox[] | undefined): boolean {
  if (!print || print.length === 0) return false;
  const x0 = b.x + c.minX;
  const y0 = b.y + c.minY;
  const x1 = b.x + c.maxX + 1;
  const y1 = b.y + c.maxY + 1;
  const area = (x1 - x0) * (y1 - y0);
  return print.some((p) => {
    const w = Math.min(x1, p.x + p.width) - Math.max(x0, p.x);
    const h = Math.min(y1, p.y + p.height) - Math.max(y0, p.y);
    return w > 0 && h > 0 && w * h >= WITHIN_PRINT_SHARE * area;
  });
}

/** Clears the printed lines the recogniser read (their boxes are padded past the glyphs). */
function clearPrinted(mask: Uint8Array, b: PixelBox, printed: PixelBox[], keepBlue?: NormalizedPage): void {
  for (const p of printed) {
    const x0 = Math.max(0, Math.floor(p.x - b.x));
    const y0 = Math.max(0, Math.floor(p.y - b.y));
    const x1 = Math.min(b.width, Math.ceil(p.x + p.width - b.x));
    const y1 = Math.min(b.height, Math.ceil(p.y + p.height - b.y));
    for (let y = y0; y < y1; y++) {
      if (!keepBlue) mask.fill(0, y * b.width + x0, Math.max(y * b.width + x0, y * b.width + x1));
      else for (let x = x0; x < x1; x++) if (!blueInk(keepBlue, b.x + x, b.y + y)) mask[y * b.width + x] = 0;
    }
  }
}

/** Print is black: blue ink inside a printed line's box is a pen's (a small signature the detector boxed with its label). */
const BLUE_INK_MIN = 30;

function blueInk(page: NormalizedPage, x: number, y: number): boolean {
  const i = (y * page.width + x) * 3;
  const d = page.rgb.data;
  return (d[i + 2] ?? 0) - Math.max(d[i] ?? 0, d[i + 1] ?? 0) >= BLUE_INK_MIN;
}

/**
 * `printed`: boxes of lines read confidently as print. What is left after them and the
 * rules is handwriting when a stroke of it runs longer than a printed glyph.
 */
export function findStrokes(
  page: NormalizedPage,
  zone: PixelBox,
  textHeightPx: number,
  inkGrey: number,
  printed: PixelBox[] = [],
  opts: {
    seal?: SealInk | null;
    bridgePx?: number;
    within?: PixelBox;
    minStrokeMm?: number;
    /** The seal whose ring band is cleared (the faintest look inside it). */
    ringOf?: PixelBox;
    /** Blue pen ink inside the printed boxes stays (only the black print is cleared). */
    keepBlueInPrint?: boolean;
    /**
     * Boxes of print the recogniser read: a stroke lying within one is print (its glyphs joined at a
     * faint grey, or thickened by seal ink), never a signature. A signature crossing a label reaches past it.
     */
    notWithin?: PixelBox[];
    /** For tests/tools/letter-debug.ts: the mask and the strokes long enough to count. */
    inspect?: (mask: Uint8Array, zone: PixelBox, long: Component[]) => void;
  } = {},
): StrokesFound | null {
  const b = clampBox(zone, page.width, page.height);
  if (!b) return null;
  const raw = inkMask(page, b, inkGrey, opts.seal ?? null);
  removeRules(raw, redMask(page, b), b.width, b.height);
  clearPrinted(raw, b, printed, opts.keepBlueInPrint ? page : undefined);
  // Rules are found across the whole zone (inside the seal its ink breaks them up), then only `within` is kept.
  if (opts.within) keepOnly(raw, b, opts.within);
  // Once the seal's tint is known its ring text is already gone, and clearing the whole ring band
  // would take a pen stroke crossing it too (a small signature over the ring).
  if (opts.ringOf && opts.seal?.tintPerDark === undefined) clearRing(raw, b, opts.ringOf);
  const mask = opts.bridgePx ? dilate(raw, b.width, b.height, opts.bridgePx) : raw;
  // Judged on the ink itself: bridging thickens strokes.
  const filled = filledCentres(raw, b.width, b.height);
  const strokes = components(mask, b.width, b.height, 4).filter(
    (c) =>
      penLike(c) && !alongPageEdge(c, b, page) && !withinPrint(c, b, opts.notWithin) && !filledArea(c, filled, b.width),
  );
  const extent = (c: Component) => Math.max(c.maxX - c.minX + 1, c.maxY - c.minY + 1);
  // Printed glyphs span about 0.55 of their detected line box (the detector pads it);
  // a handwritten stroke runs clearly longer than one glyph.
  const minPx = Math.max((opts.minStrokeMm ?? T.handStrokeMinMm) * K, 1.25 * GLYPH_PER_BOX * textHeightPx);
  const long = strokes.filter((c) => extent(c) >= minPx);
  opts.inspect?.(mask, b, long);
  if (long.length === 0) return null;
  const longest = long.reduce((a, c) => (extent(c) > extent(a) ? c : a));
  const near = strokes.filter(
    (c) => extent(c) >= minPx / 3 && Math.abs((c.minY + c.maxY) / 2 - (longest.minY + longest.maxY) / 2) < 15 * K,
  );
  const minX = Math.min(...near.map((c) => c.minX));
  const minY = Math.min(...near.map((c) => c.minY));
  const box = {
    x: b.x + minX,
    y: b.y + minY,
    width: Math.max(...near.map((c) => c.maxX)) - minX + 1,
    height: Math.max(...near.map((c) => c.maxY)) - minY + 1,
  };
  return { box, longestStrokeMm: extent(longest) / K, strokes: long.length };
}

/** Blue ink that is not seal red: a pixel of a blue pen stroke. */
const BLUE_NOT_RED = 20;

/**
 * Blue pen strokes in the zone: pieces longer than paper noise ever is, with ink enough between
 * them. Print is black and seals are red, so blue there is handwriting, small or pale as it may be.
 */
export function findBlueInk(page: NormalizedPage, zone: PixelBox): PixelBox | null {
  const b = clampBox(zone, page.width, page.height);
  if (!b || !page.blueness) return null;
  const mask = new Uint8Array(b.width * b.height);
  for (let y = 0; y < b.height; y++) {
    for (let x = 0; x < b.width; x++) {
      const i = (b.y + y) * page.width + b.x + x;
      if ((page.blueness[i] ?? 0) >= T.penBlueness && (page.redness[i] ?? 0) < BLUE_NOT_RED) mask[y * b.width + x] = 1;
    }
  }
  const minPx = T.blueStrokeMinMm * K;
  const pieces = components(mask, b.width, b.height, 2).filter(
    (c) => Math.max(c.maxX - c.minX + 1, c.maxY - c.minY + 1) >= minPx,
  );
  if (pieces.reduce((n, c) => n + c.area, 0) < T.blueInkMinMm2 * K * K) return null;
  const minX = Math.min(...pieces.map((c) => c.minX));
  const minY = Math.min(...pieces.map((c) => c.minY));
  return {
    x: b.x + minX,
    y: b.y + minY,
    width: Math.max(...pieces.map((c) => c.maxX)) - minX + 1,
    height: Math.max(...pieces.map((c) => c.maxY)) - minY + 1,
  };
}
