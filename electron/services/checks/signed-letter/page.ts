/**
 * The letter page, upright at a fixed scale (PAGE_PX_PER_MM) with uneven light divided
 * out, so every measure (ink, redness, sharpness) means the same on a flatbed scan and on
 * a phone photo with a shadow across it.
 */
import sharp from 'sharp';
import { A4_MM } from '../../../../shared/letter-layout';
import { mapBox, solveHomography, warp, type Homography, type Point } from './geometry';
import type { PageLocation } from './locate';
import { toGrey, type PixelBox, type RgbImage } from './raster';

/** 6 px/mm ≈ 152 dpi: the resolution the rules ask for, and enough for OCR of 11 pt text. */
export const PAGE_PX_PER_MM = 6;
const BLOCK = 12;

export type NormalizedPage = {
  rgb: RgbImage;
  /** Grey with the paper brought to 255 (ink darker), same size as rgb. */
  grey: Uint8Array;
  /** Red ink strength (R − max(G, B)), also relative to the local paper brightness. */
  redness: Uint8Array;
  /** Blue ink strength (B − max(R, G)) the same way: a blue pen, never print or a seal. */
  blueness?: Uint8Array;
  /**
   * Seal tint (R − G) the same way: red and purple-red seal ink alike (a purple pad's blue
   * hides its redness), black and blue pen ink none. Inside a seal it tells the seal's own
   * strokes (tint in proportion to their darkness) from pen ink crossing them (darker, less tinted).
   */
  tint?: Uint8Array;
  width: number;
  height: number;
  /** Page pixel → original image pixel (for regions in the user's image). */
  toImage: (box: PixelBox) => PixelBox;
  /** Whether page pixels sit on the letter's millimetre layout (our registration marks found). */
  onLayout: boolean;
};

/** The paper brightness per 2 mm block (`spread[by * bw + bx]`), and a lookup per pixel. */
type PaperLevel = { spread: Float32Array; bw: number; bh: number; at: (x: number, y: number) => number };

/**
 * p90 of each 2 mm block's samples (every second pixel both ways) of one channel of `src`
 * (`channels` bytes a pixel, channel `c`). The p90 of k samples is the (k − ⌊0.9k⌋)-th
 * largest: only that many of the largest are kept (a few), never a sort per block.
 */
function blockP90(src: Uint8Array, channels: number, c: number, width: number, height: number): Uint8Array {
  const bw = Math.ceil(width / BLOCK);
  const bh = Math.ceil(height / BLOCK);
  const level = new Uint8Array(bw * bh);
  const top = new Int32Array(BLOCK * BLOCK);
  for (let by = 0; by < bh; by++) {
    const y1 = Math.min(height, (by + 1) * BLOCK);
    for (let bx = 0; bx < bw; bx++) {
      const x1 = Math.min(width, (bx + 1) * BLOCK);
      const k = Math.ceil((y1 - by * BLOCK) / 2) * Math.ceil((x1 - bx * BLOCK) / 2);
      const keep = k - Math.floor(k * 0.9);
      // top[0..n) holds the largest samples so far, largest first.
      let n = 0;
      for (let y = by * BLOCK; y < y1; y += 2) {
        for (let x = bx * BLOCK; x < x1; x += 2) {
          const v = src[(y * width + x) * channels + c]!;
          if (n === keep && v <= top[n - 1]!) continue;
          let j = n < keep ? n++ : n - 1;
          while (j > 0 && top[j - 1]! < v) {
            top[j] = top[j - 1]!;
            j--;
          }
          top[j] = v;
        }
      }
      level[by * bw + bx] = k > 0 ? top[keep - 1]! : 255;
    }
  }
  return level;
}

/** The paper brightness around each pixel: p90 of 2 mm blocks, spread over neighbours, smoothed. */
function paperLevel(src: Uint8Array, channels: number, c: number, width: number, height: number): PaperLevel {
  const bw = Math.ceil(width / BLOCK);
  const bh = Math.ceil(height / BLOCK);
  const level = blockP90(src, channels, c, width, height);
  // Text-dense or ink-covered blocks take the brightest neighbour: paper is never darker than that.
  const spread = new Float32Array(level.length);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      let m = 0;
      for (let dy = -2; dy <= 2; dy++) {
        const row = Math.min(bh - 1, Math.max(0, by + dy)) * bw;
        for (let dx = -2; dx <= 2; dx++) {
          const v = level[row + Math.min(bw - 1, Math.max(0, bx + dx))]!;
          if (v > m) m = v;
        }
      }
      spread[by * bw + bx] = Math.max(40, m);
    }
  }
  return {
    spread,
    bw,
    bh,
    at: (x, y) => spread[Math.min(bh - 1, Math.floor(y / BLOCK)) * bw + Math.min(bw - 1, Math.floor(x / BLOCK))] ?? 255,
  };
}

function normalize(rgb: RgbImage, toImage: NormalizedPage['toImage'], onLayout: boolean): NormalizedPage {
  const { width, height } = rgb;
  const rawGrey = toGrey(rgb).data as Uint8Array;
  const paper = paperLevel(rawGrey, 1, 0, width, height);
  // Each channel's own paper level: redness is measured against the local paper colour, so
  // warm light or a tinted sheet is not red, and a seal in shadow is as red as in light.
  const d = rgb.data;
  const [pr, pg, pb] = [0, 1, 2].map((c) => paperLevel(d, 3, c, width, height).spread) as [
    Float32Array,
    Float32Array,
    Float32Array,
  ];
  const spread = paper.spread;
  const grey = new Uint8Array(width * height);
  const redness = new Uint8Array(width * height);
  const blueness = new Uint8Array(width * height);
  const tint = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const blockRow = Math.min(paper.bh - 1, Math.floor(y / BLOCK)) * paper.bw;
    // A block's levels once per run of BLOCK pixels, not per pixel.
    for (let x0 = 0; x0 < width; x0 += BLOCK) {
      const b = blockRow + Math.min(paper.bw - 1, Math.floor(x0 / BLOCK));
      const gain = 255 / spread[b]!;
      const lr = pr[b]!;
      const lg = pg[b]!;
      const lb = pb[b]!;
      const end = y * width + Math.min(width, x0 + BLOCK);
      for (let i = y * width + x0, j = i * 3; i < end; i++, j += 3) {
        const g = rawGrey[i]! * gain;
        grey[i] = g < 255 ? g : 255;
        const r = d[j]! / lr;
        const cg = d[j + 1]! / lg;
        const cb = d[j + 2]! / lb;
        const red = (r - (cg > cb ? cg : cb)) * 255;
        redness[i] = red > 255 ? 255 : red > 0 ? red : 0;
        const blue = (cb - (r > cg ? r : cg)) * 255;
        blueness[i] = blue > 255 ? 255 : blue > 0 ? blue : 0;
        const t = (r - cg) * 255;
        tint[i] = t > 255 ? 255 : t > 0 ? t : 0;
      }
    }
  }
  return { rgb, grey, redness, blueness, tint, width, height, toImage, onLayout };
}

export function pageFromMarks(img: RgbImage, mmToImage: Homography): NormalizedPage {
  const width = Math.round(A4_MM.width * PAGE_PX_PER_MM);
  const height = Math.round(A4_MM.height * PAGE_PX_PER_MM);
  const k = 1 / PAGE_PX_PER_MM;
  // page px → mm → image px
  const pageToImage: Homography = mmToImage.map((v, i) => (i % 3 === 2 ? v : v * k));
  const rgb = warp(img, pageToImage, width, height);
  return normalize(rgb, (box) => mapBox(pageToImage, box), true);
}

/** Without marks: the paper's bounds (or the whole image), rescaled to PAGE_PX_PER_MM. */
export async function pageFromBounds(
  img: RgbImage,
  loc: Extract<PageLocation, { bounds: PixelBox }>,
): Promise<NormalizedPage> {
  const scale = PAGE_PX_PER_MM / Math.max(loc.pxPerMm, 1e-6);
  const b = loc.bounds;
  const width = Math.max(8, Math.round(b.width * scale));
  const height = Math.max(8, Math.round(b.height * scale));
  const { data } = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .extract({
      left: b.x,
      top: b.y,
      width: Math.min(b.width, img.width - b.x),
      height: Math.min(b.height, img.height - b.y),
    })
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const toImage = (box: PixelBox): PixelBox => ({
    x: Math.round(b.x + box.x / scale),
    y: Math.round(b.y + box.y / scale),
    width: Math.round(box.width / scale),
    height: Math.round(box.height / scale),
  });
  return normalize({ data: new Uint8Array(data), width, height }, toImage, false);
}

/** A page without our marks: where it sits in the photo and which way up it is read. */
export type SheetView = {
  quad: Point[];
  width: number;
  height: number;
  /** Quarter turns already applied (a landscape sheet). */ turned: number;
};

/**
 * The sheet as a page view: its corners in page order (top-left first, clockwise) and
 * the page size at PAGE_PX_PER_MM. A landscape sheet is taken as turned a quarter
 * clockwise; reading the text later turns it the rest of the way if that was wrong.
 */
export function sheetView(loc: Extract<PageLocation, { bounds: PixelBox }>): SheetView {
  const scale = PAGE_PX_PER_MM / Math.max(loc.pxPerMm, 1e-6);
  const b = loc.bounds;
  // A sheet cut off by the photo's edge: keep its visible part at its true scale.
  const quad =
    loc.cutEdges.length > 0
      ? [
          { x: b.x, y: b.y },
          { x: b.x + b.width, y: b.y },
          { x: b.x + b.width, y: b.y + b.height },
          { x: b.x, y: b.y + b.height },
        ]
      : loc.quad;
  const [tl, tr, br, bl] = quad as [Point, Point, Point, Point];
  const across = (Math.hypot(tr.x - tl.x, tr.y - tl.y) + Math.hypot(br.x - bl.x, br.y - bl.y)) / 2;
  const down = (Math.hypot(bl.x - tl.x, bl.y - tl.y) + Math.hypot(br.x - tr.x, br.y - tr.y)) / 2;
  const size =
    loc.cutEdges.length > 0
      ? { width: Math.round(b.width * scale), height: Math.round(b.height * scale) }
      : { width: Math.round(A4_MM.width * PAGE_PX_PER_MM), height: Math.round(A4_MM.height * PAGE_PX_PER_MM) };
  if (across > down * 1.15)
    return {
      quad: [tr, br, bl, tl],
      width: Math.min(size.width, size.height),
      height: Math.max(size.width, size.height),
      turned: 1,
    };
  return { quad, ...size, turned: 0 };
}

/** The same sheet read after turning it by quarter turns clockwise. */
export function turnView(view: SheetView, quarterTurns: number): SheetView {
  const k = ((quarterTurns % 4) + 4) % 4;
  const quad = [0, 1, 2, 3].map((i) => view.quad[(i + 4 - k) % 4]!);
  const turned = (view.turned + k) % 4;
  return k % 2 === 0 ? { ...view, quad, turned } : { quad, width: view.height, height: view.width, turned };
}

/** Renders a sheet view upright at PAGE_PX_PER_MM (perspective undone), light evened out. */
export function pageFromView(img: RgbImage, view: SheetView): NormalizedPage {
  const { width, height } = view;
  const corners = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  const pageToImage = solveHomography(corners, view.quad);
  return normalize(warp(img, pageToImage, width, height), (box) => mapBox(pageToImage, box), false);
}
