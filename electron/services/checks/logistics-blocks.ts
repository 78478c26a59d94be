/**
 * Last resort before TIMESTAMP_MISSING: a stamp drawn over the page header in a corner (a
 * watermark-camera panel, translucent white text) is split by text detection into fragments
 * merged with the header's words, and no per-line re-read recovers it. Here the block of
 * badly read lines at an edge is cut out, only the stamp's own ink kept (white, or the greyer
 * white of a translucent stamp), and text detected afresh on that mask, where the header's
 * words are gone. A reading counts only with a full date and time that the usual watermark
 * scoring accepts, so page dates stay page dates.
 */
import { findTimestamps } from '../../../shared/timestamps';
import { recognize, type Box, type OcrLine } from '../ocr';
import {
  isolateInk,
  repairStampText,
  maskApplies,
  pickWatermark,
  unionBox,
  type InkMask,
  type Pixels,
  type WatermarkCandidate,
} from './logistics-watermark';
import type { CheckContext } from './types';
import { COLOUR_CONFIDENT } from './logistics-ink';
import { throwIfAborted } from './evidence-common';

/** Masks tried on a block: the overlay's own ink, pure white, a translucent white's grey. */
export const BLOCK_MASKS: InkMask[] = [
  { kind: 'own' },
  { kind: 'light', above: 230 },
  { kind: 'grey-light', from: 140, to: 238 },
  // A coloured stamp over a coloured header (logistics-ink.ts).
  { kind: 'stamp-colour', rank: 0 },
  { kind: 'stamp-colour', rank: 1 },
  // A pale stamp of another colour over a coloured header, on a photo (logistics-ink.ts offHeaderTest).
  { kind: 'off-header', far: 50 },
];
const COLOUR_MASKS = BLOCK_MASKS.filter((m) => m.kind === 'stamp-colour');
/** A coloured run filling more of its box than this is a bar, not a stamp's strokes. */
const MAX_STROKE_FILL = 0.5;
const SATURATED_MASK: InkMask[] = [{ kind: 'saturated' }];
/** A detected line this much taller than the page's usual line holds two rows: a stamp merged with the header. */
const MERGED_HEIGHT = 1.2;
/** A line read with less confidence than this is a fragment worth a second look. */
const FRAGMENT_CONFIDENCE = 0.85;
/** Digits a block's lines must hold between them. */
const MIN_DIGITS = 2;
/** At most this many blocks per file (the corners a stamp can sit in, in practice one or two). */
const MAX_BLOCKS = 2;

const nearEdge = (b: Box, px: Pixels): boolean =>
  Math.min(b.x, px.width - b.x - b.width, b.y, px.height - b.y - b.height) < Math.min(px.width, px.height) * 0.15;
const inBands = (b: Box, bands: readonly Box[]): boolean =>
  bands.some((band) => b.y + b.height / 2 >= band.y && b.y + b.height / 2 <= band.y + band.height);

/** A fragment of a stamp as detection sees it over a header: unsure, or a date with no time glued to words. */
function isFragment(l: OcrLine): boolean {
  if (l.confidence < FRAGMENT_CONFIDENCE) return true;
  const dates = findTimestamps(l.text, { lenient: true });
  return dates.length === 1 && !dates[0]?.hasTime && /[\u4e00-\u9fff]{2}/.test(l.text.replace(/星期\S|周\S/g, ''));
}

function grow(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + by * 2, height: b.height + by * 2 };
}
const meets = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Blocks of fragments at an edge (in the stamp bands): each fragment with the band lines it touches (a line height around it). */
export function edgeBlocks(lines: readonly OcrLine[], px: Pixels, bands: readonly Box[]): Box[] {
  const band = lines.filter((l) => inBands(l.box, bands) && nearEdge(l.box, px));
  const blocks: Box[] = [];
  for (const seed of band.filter(isFragment)) {
    if (blocks.some((b) => meets(b, seed.box))) continue;
    let box = seed.box;
    for (let pass = 0; pass < 2; pass++)
      for (const o of band) if (meets(grow(box, seed.box.height), o.box)) box = unionBox(box, o.box);
    // A stamp's fragments keep a few of its digits; a block without them (a bullet, a blurred word) is not worth the cost.
    const text = band.filter((o) => meets(box, o.box)).map((o) => o.text);
    if ((text.join('').match(/\d/g) ?? []).length < MIN_DIGITS) continue;
    const x = Math.max(0, box.x);
    const y = Math.max(0, box.y);
    blocks.push({
      x,
      y,
      width: Math.min(px.width, box.x + box.width) - x,
      height: Math.min(px.height, box.y + box.height) - y,
    });
    if (blocks.length >= MAX_BLOCKS) break;
  }
  return blocks;
}

/** The stamp re-detected on an ink mask of an edge block (see the file comment), or null. */
export async function redetectEdgeBlocks(
  lines: readonly OcrLine[],
  px: Pixels,
  bands: readonly Box[],
  ctx: Pick<CheckContext, 'signal'>,
  /** Gets the stamp-like readings that did not count (for TIMESTAMP_UNCLEAR with their region). */
  unsure: OcrLine[] = [],
): Promise<WatermarkCandidate | null> {
  const fragments = edgeBlocks(lines, px, bands);
  const tries = [
    ...fragments.map((box) => ({ box, masks: BLOCK_MASKS })),
    ...mergedColourLines(lines, px, bands)
      .filter((box) => !fragments.some((f) => meets(f, box)))
      .map((box) => ({ box, masks: COLOUR_MASKS })),
    ...colouredDigitRuns(lines, px, bands).map((box) => ({ box, masks: SATURATED_MASK })),
  ];
  for (const { box: block, masks } of tries) {
    // isolateInk pads the box by 30% of its height: the same origin maps the masked lines back.
    const pad = Math.round(block.height * 0.3);
    const x0 = Math.max(0, Math.floor(block.x) - pad);
    const y0 = Math.max(0, Math.floor(block.y) - pad);
    for (const mask of masks) {
      if (!maskApplies(px, block, mask)) continue;
      const { saturatedInk: _, ...crop } = isolateInk(px, block, mask);
      const read = await recognize({ kind: 'raw', ...crop, channels: 1 }, { signal: ctx.signal });
      throwIfAborted(ctx.signal);
      const all = read.map((l) => ({
        ...l,
        text: repairStampText(l.text),
        box: { ...l.box, x: l.box.x + x0, y: l.box.y + y0 },
      }));
      // A stamp-colour mask rebuilds the strokes from hue alone: only confident readings of it count.
      const placed = all.filter((l) => mask.kind !== 'stamp-colour' || l.confidence >= COLOUR_CONFIDENT);
      unsure.push(...all.filter((l) => unsureStampReading(l, placed.includes(l))));
      // Scored among the page's other lines, so a page date re-read here is still judged as one.
      const others = lines.filter((l) => !meets(l.box, block));
      const found = pickWatermark([...placed, ...others], px);
      if (found?.stamp.hasTime && meets(found.box, block)) return found;
    }
  }
  return null;
}

/**
 * Edge lines as tall as two of the page's rows, holding a second colour besides the header's:
 * a coloured stamp that detection merged with the header's words (they may read with no digit
 * at all). Only the stamp-colour masks are tried on them.
 */
export function mergedColourLines(lines: readonly OcrLine[], px: Pixels, bands: readonly Box[]): Box[] {
  const heights = lines.map((l) => l.box.height).sort((a, b) => a - b);
  const usual = heights[Math.floor(heights.length / 2)] ?? 0;
  return lines
    .filter(
      (l) =>
        inBands(l.box, bands) &&
        nearEdge(l.box, px) &&
        l.box.height >= usual * MERGED_HEIGHT &&
        !findTimestamps(l.text, { lenient: true }).some((t) => t.hasTime) &&
        maskApplies(px, l.box, { kind: 'stamp-colour', rank: 0 }),
    )
    .slice(0, MAX_BLOCKS)
    .map((l) => l.box);
}

/**
 * A block's reading that shows a stamp but cannot be one: a date-time under the stamp-colour
 * confidence bar (a digit may be wrong), or a year-led line with a clock's colon that parses as
 * no date (the stamp's glyphs merged with the header's). Page dates in the block (a search
 * range, a labelled time) start with their label or hold a whole date, so neither shape.
 */
function unsureStampReading(l: OcrLine, counted: boolean): boolean {
  const dates = findTimestamps(l.text, { lenient: true });
  if (!counted) return dates.some((d) => d.hasTime);
  const t = l.text.replace(/\s/g, '');
  return dates.length === 0 && /^20\d{2}/.test(t) && /\d[:：]/.test(t) && (t.match(/\d/g) ?? []).length >= 6;
}

/** Saturated like isolateInk's own mask (a coloured stamp's strokes, whatever lies under them). */
function saturatedAt(px: Pixels, x: number, y: number): boolean {
  const i = (y * px.width + x) * 3;
  const r = px.data[i] ?? 0;
  const g = px.data[i + 1] ?? 0;
  const b = px.data[i + 2] ?? 0;
  const max = Math.max(r, g, b);
  return max > 90 && (max - Math.min(r, g, b)) / max > 0.45;
}

/** Saturated pixels in a box (a coloured stamp over a dark bar and the light page is neither's majority). */
function saturatedCount(px: Pixels, box: Box): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(px.height, box.y + box.height); y++)
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(px.width, box.x + box.width); x++)
      if (saturatedAt(px, x, y)) n++;
  return n;
}

/**
 * A coloured stamp straddling the header's lower edge (half on the dark bar, half on the light
 * page) that detection breaks into a few digits ("05") and nothing else: the run of its
 * coloured ink along the row of an edge line of digits in coloured ink, columns joined across
 * gaps under a line height, then cut to the rows holding that ink. Read from its saturated ink alone.
 */
export function colouredDigitRuns(lines: readonly OcrLine[], px: Pixels, bands: readonly Box[]): Box[] {
  const seeds = lines.filter(
    (l) =>
      inBands(l.box, bands) &&
      nearEdge(l.box, px) &&
      (l.text.match(/\d/g) ?? []).length >= MIN_DIGITS &&
      !findTimestamps(l.text, { lenient: true }).some((t) => t.hasTime) &&
      saturatedCount(px, l.box) >= l.box.height ** 2 * 0.4,
  );
  const runs: Box[] = [];
  for (const seed of seeds) {
    if (runs.some((r) => meets(r, seed.box))) continue;
    const run = inkRun(px, seed.box);
    if (run) runs.push(run);
    if (runs.length >= MAX_BLOCKS) break;
  }
  return runs;
}

/** The coloured ink's extent around a line: see colouredDigitRuns. */
function inkRun(px: Pixels, box: Box): Box | null {
  const h = Math.max(4, Math.round(box.height));
  const y0 = Math.max(0, Math.floor(box.y - h / 2));
  const y1 = Math.min(px.height, Math.ceil(box.y + box.height + h / 2));
  const inked = (x: number): boolean => {
    for (let y = y0; y < y1; y++) if (saturatedAt(px, x, y)) return true;
    return false;
  };
  const extend = (from: number, step: 1 | -1): number => {
    let last = from;
    for (let x = from; x >= 0 && x < px.width && Math.abs(x - last) <= h; x += step) if (inked(x)) last = x;
    return last;
  };
  const mid = Math.round(box.x + box.width / 2);
  const left = extend(mid, -1);
  const right = extend(mid, 1);
  let top = y1;
  let bottom = y0;
  for (let y = y0; y < y1; y++)
    for (let x = left; x <= right; x++)
      if (saturatedAt(px, x, y)) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        break;
      }
  if (bottom <= top || right - left < box.width) return null;
  const run = { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
  // Strokes fill part of their box; a coloured bar (a header, a button) fills most of it.
  return saturatedCount(px, run) < run.width * run.height * MAX_STROKE_FILL ? run : null;
}
