/**
 * A coloured stamp over a coloured or two-tone page header (a blue stamp on a dark blue bar,
 * a crimson or pink one on an orange bar, an orange one half over a dark header and half over
 * the light page): on a photo its ink is neither bright nor the box's majority, so the light
 * and own-ink masks lose it. Here the box's saturated pixels are grouped by hue and brightness;
 * the biggest group is the header's colour when it fills much of the box; the stamp's ink is
 * another group with a stroke's worth of pixels, of another hue or brightness.
 */
import type { Box } from '../ocr';

type Px = { data: Uint8Array; width: number; height: number };
/** A colour group: a hue bucket (15° each) and a brightness band. */
type Group = { hue: number; band: number; count: number };

const HUE_BUCKETS = 24;
/** A reading of a stamp-colour mask counts from this confidence up (a misread digit reads less sure). */
export const COLOUR_CONFIDENT = 0.95;
/** A stamp colour keeps pixels this many buckets either side of its hue (blended over the header on a photo, it drifts). */
const HUE_REACH = 1;
/** Saturated: the brightest channel above this and (max - min) / max above MIN_SAT. */
const MIN_MAX = 80;
const MIN_SAT = 0.15;
const GROUP_CHROMA = 16;
/** Below this chroma (max - min channel) a pixel is grey: no stamp ink. */
const MIN_CHROMA = 12;

const lumOf = (r: number, g: number, b: number): number => 0.299 * r + 0.587 * g + 0.114 * b;
const bandOf = (lum: number): number => (lum < 90 ? 0 : lum < 150 ? 1 : 2);

function hueOf(r: number, g: number, b: number): number {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return Math.floor((h / 6) * HUE_BUCKETS) % HUE_BUCKETS;
}

function groupOf(r: number, g: number, b: number): number | null {
  const max = Math.max(r, g, b);
  const chroma = max - Math.min(r, g, b);
  // A pale photographed stamp keeps its hue but little saturation: chroma tells it from the grey page.
  if (max <= MIN_MAX || chroma < GROUP_CHROMA || chroma / max <= MIN_SAT) return null;
  return hueOf(r, g, b) * 3 + bandOf(lumOf(r, g, b));
}

const hueApart = (a: number, b: number): number => {
  const d = Math.abs(a - b) % HUE_BUCKETS;
  return Math.min(d, HUE_BUCKETS - d);
};

/** Visits the RGB of every pixel of a box, clamped to the image. */
function eachPixel(px: Px, box: Box, visit: (r: number, g: number, b: number) => void): void {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(px.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(px.height, Math.ceil(box.y + box.height));
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * px.width + x) * 3;
      visit(px.data[i] ?? 0, px.data[i + 1] ?? 0, px.data[i + 2] ?? 0);
    }
}

/** The colour groups of a box's saturated pixels, biggest first. */
function groups(px: Px, box: Box): { list: Group[]; total: number } {
  const counts = new Map<number, number>();
  let total = 0;
  eachPixel(px, box, (r, g, b) => {
    total++;
    const k = groupOf(r, g, b);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const list = [...counts].map(([k, count]) => ({ hue: Math.floor(k / 3), band: k % 3, count }));
  return { list: list.sort((a, b) => b.count - a.count), total };
}

/**
 * How much ink (0..255) of the `rank`-th stamp-colour candidate of a box (0 the likeliest), or null
 * when there is none: a group unlike the header's (another hue, or another brightness band),
 * with at least a stroke's worth of pixels; neighbouring hue buckets of the same band count
 * with it (a photo's blur and JPEG spread a colour).
 */
export function stampColourTest(px: Px, box: Box, rank: number): ((r: number, g: number, b: number) => number) | null {
  const { list, total } = groups(px, box);
  const top = list[0];
  // A header's colour fills a good part of the box; a stamp's strokes never do.
  const header = top && top.count > total * 0.25 ? top : null;
  // A stroke's worth: a block may be several rows tall, so its height is capped at a stamp line's.
  const minInk = Math.max(40, Math.min(box.height, 30) ** 2 * 0.15);
  const isHeader = (hue: number, band: number): boolean =>
    header !== null && band === header.band && hueApart(hue, header.hue) <= 1;
  // A colour with its neighbouring hues in every band but the header's: a photo's blur and JPEG spread a colour.
  const spread = (hue: number): number =>
    list.filter((o) => hueApart(o.hue, hue) <= 1 && !isHeader(o.hue, o.band)).reduce((n, o) => n + o.count, 0);
  const picked: number[] = [];
  for (const g of list) {
    if (isHeader(g.hue, g.band) || picked.some((p) => hueApart(p, g.hue) <= 2) || spread(g.hue) < minInk) continue;
    picked.push(g.hue);
  }
  const want = picked[rank];
  if (want === undefined) return null;
  const mine = (r: number, g: number, b: number): boolean =>
    hueApart(hueOf(r, g, b), want) <= HUE_REACH && !isHeader(hueOf(r, g, b), bandOf(lumOf(r, g, b)));
  const full = fullChroma(px, box, mine);
  // Grey by chroma, not black and white: a photo's blurred strokes keep their shape, pale or
  // strong, over a dark part of the header and a light part of the page alike.
  return (r, g, b) => {
    const chroma = Math.max(r, g, b) - Math.min(r, g, b);
    if (chroma < MIN_CHROMA || !mine(r, g, b)) return 0;
    return Math.min(255, Math.round(((chroma - MIN_CHROMA) / Math.max(8, full - MIN_CHROMA)) * 255));
  };
}

/** The chroma of the colour's strong pixels (its 70th percentile): full ink, whatever the photo did to it. */
function fullChroma(px: Px, box: Box, mine: (r: number, g: number, b: number) => boolean): number {
  const values: number[] = [];
  eachPixel(px, box, (r, g, b) => {
    const chroma = Math.max(r, g, b) - Math.min(r, g, b);
    if (chroma >= GROUP_CHROMA && mine(r, g, b)) values.push(chroma);
  });
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length * 0.7)] ?? 255;
}

/** A coloured header fills at least this share of a box (its saturated pixels). */
const HEADER_SHARE = 0.25;

/**
 * A stamp of another colour over a coloured header on a photo, pale and blended (a steel-blue
 * stamp on an orange bar reads in reds and greys at its edges, so no hue group holds it): the
 * header's colour (the median of the box's saturated pixels) and its white text, with every blend
 * of the two, lie on one line in RGB; the stamp's ink lies off it. Tests a pixel for lying farther
 * than `far` from that line; null when the box has no coloured header.
 */
export function offHeaderTest(px: Px, box: Box, far: number): ((r: number, g: number, b: number) => boolean) | null {
  const reds: number[] = [];
  const greens: number[] = [];
  const blues: number[] = [];
  let total = 0;
  eachPixel(px, box, (r, g, b) => {
    total++;
    const max = Math.max(r, g, b);
    if (max <= 90 || (max - Math.min(r, g, b)) / max <= 0.45) return;
    reds.push(r);
    greens.push(g);
    blues.push(b);
  });
  if (reds.length < total * HEADER_SHARE) return null;
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const h = [median(reds), median(greens), median(blues)] as const;
  const d = [255 - h[0], 255 - h[1], 255 - h[2]] as const;
  const dd = Math.max(1, d[0] ** 2 + d[1] ** 2 + d[2] ** 2);
  return (r, g, b) => {
    const p = [r - h[0], g - h[1], b - h[2]] as const;
    const t = Math.max(0, Math.min(1, (p[0] * d[0] + p[1] * d[1] + p[2] * d[2]) / dd));
    return Math.hypot(p[0] - t * d[0], p[1] - t * d[1], p[2] - t * d[2]) > far;
  };
}
