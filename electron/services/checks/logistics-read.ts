/**
 * How a logistics screenshot is read: text detection once on the whole image, then the
 * recogniser on every detected line except the page's own event-time column in the middle
 * of the page (a stack of equal-width lines, each with its event text to the right). Those
 * times are page dates by layout, never a stamp; only the one on the pickup row is read, for
 * the pickup finding. The stamp is looked for in the top and bottom bands first, then
 * anywhere. One decode in the OCR worker serves every pass (cacheKey).
 */
import { findTimestamps, shortYearStamp } from '../../../shared/timestamps';
import type { LoadedImage } from '../files';
import { recognize, type Box, type OcrImage, type OcrLine } from '../ocr';
import type { RotatedLine } from '../ocr/types';
import { readingOrder } from '../ocr/image';
import { findPickups, isMarked, pickupFacts, readNumbers } from './logistics-pickup';
import { redetectEdgeBlocks } from './logistics-blocks';
import { COLOUR_CONFIDENT } from './logistics-ink';
import {
  garbledOverlayLines,
  imprintBox,
  inkOf,
  isolateInk,
  maskApplies,
  pickWatermark,
  repairStampText,
  stampLikeText,
  type InkMask,
  type Pixels,
  unionBox,
  type WatermarkCandidate,
} from './logistics-watermark';
import type { CheckContext } from './types';
import { throwIfAborted } from './evidence-common';
import { stage, stageSync } from './stage-timer';

/** Band heights (fraction of the image) where cameras, watermark apps and screenshot tools print. */
const TOP_BAND = 0.16;
const BOTTOM_BAND = 0.3;
/** Last resort: a white stamp's dark shadow alone (over a coloured header both the white and the header's colour mislead). */
const SHADOW_STEP: InkMask = { kind: 'dark', below: 70 };
/** A coloured stamp over a coloured header, on a photo (logistics-ink.ts): its likeliest two colours. */
const STAMP_COLOUR_STEPS: InkMask[] = [
  { kind: 'stamp-colour', rank: 0 },
  { kind: 'stamp-colour', rank: 1 },
];
/** Ink masks tried in turn when re-reading a garbled stamp from its own ink (see isolateInk). */
const LIGHT_INK_STEPS: InkMask[] = [
  { kind: 'own' },
  { kind: 'light', above: 230 },
  { kind: 'light', above: 245 },
  { kind: 'bright-colour' },
  // A translucent white stamp over a dark header: greyer than the header's pure white text.
  { kind: 'grey-light', from: 140, to: 238 },
  ...STAMP_COLOUR_STEPS,
  SHADOW_STEP,
];
const COLOUR_INK_STEPS: InkMask[] = [
  { kind: 'own' },
  { kind: 'bright-colour' },
  { kind: 'light', above: 230 },
  ...STAMP_COLOUR_STEPS,
  SHADOW_STEP,
];

/** `unclear`: overlay lines whose ink-only re-read looks like a stamp but holds no date (TIMESTAMP_UNCLEAR). */
export type ScreenRead = { found: WatermarkCandidate | null; lines: OcrLine[]; escalated: boolean; unclear: OcrLine[] };
type Ctx = Pick<CheckContext, 'signal'>;

/**
 * The recogniser reads one line per batch: each at its own width, without grey padding to a
 * wider neighbour's. On 180 calibration files (the standard half and three extra sets) every
 * finding and stamp label is the same as with the default batch; a little less CPU (issue 15).
 */
const REC = { recBatch: 1 };
let keySeq = 0;
/** Event rows read per step while looking for the pickup from the bottom up. */
const PICKUP_CHUNK = 3;
/** Lines rereadGarbled found stamp-like but undated (a WeakSet: lines are per check). */
const unclearReads = new WeakSet<OcrLine>();

export function bands(width: number, height: number): Box[] {
  const top = Math.round(height * TOP_BAND);
  const bottom = Math.round(height * (1 - BOTTOM_BAND));
  return [
    { x: 0, y: 0, width, height: top },
    { x: 0, y: bottom, width, height: height - bottom },
  ];
}

const inBox = (b: Box, band: Box): boolean =>
  b.y + b.height / 2 >= band.y && b.y + b.height / 2 <= band.y + band.height;
const midY = (b: Box): number => b.y + b.height / 2;
const sameRow = (a: Box, b: Box): boolean => Math.abs(midY(a) - midY(b)) < Math.min(a.height, b.height) * 0.6;

/**
 * The page's event-time column among detected lines in the middle of the page: three or more
 * lines starting at the same x with the same width (±12%) and height, each with another line
 * right of it on its row and none left of it (bullets aside). Dates drawn that way are page
 * layout; a stamp never repeats down a column.
 */
export function eventTimeColumn(detected: readonly OcrLine[], width: number, height: number): Map<OcrLine, OcrLine> {
  const [top, bottom] = bands(width, height) as [Box, Box];
  const middle = detected.filter((l) => !inBox(l.box, top) && !inBox(l.box, bottom));
  const tol = Math.max(6, width * 0.012);
  const word = (o: OcrLine): boolean => o.box.width > o.box.height * 1.5;
  /** The nearest line right of `l` on its row, when nothing stands left of it: its event text. */
  const eventText = (l: OcrLine): OcrLine | null => {
    const row = detected.filter((o) => o !== l && sameRow(o.box, l.box) && word(o));
    if (row.some((o) => o.box.x + o.box.width < l.box.x + 2)) return null;
    return row.filter((o) => o.box.x > l.box.x + l.box.width - 2).sort((a, b) => a.box.x - b.box.x)[0] ?? null;
  };
  const out = new Map<OcrLine, OcrLine>();
  for (const seed of middle) {
    const seedText = eventText(seed);
    if (out.has(seed) || !seedText) continue;
    // Same start, width and height, and the event text beside it starts at the same x too
    // (a table row above the events, such as the tracking number, has its cells elsewhere).
    const similar = (o: OcrLine): boolean => {
      const text = eventText(o);
      return (
        text !== null &&
        Math.abs(text.box.x - seedText.box.x) < tol &&
        Math.abs(o.box.x - seed.box.x) < tol &&
        Math.abs(o.box.width - seed.box.width) < seed.box.width * 0.12 &&
        Math.abs(o.box.height - seed.box.height) < seed.box.height * 0.3
      );
    };
    for (const run of stackedRuns(middle.filter(similar)))
      if (run.length >= 3) for (const o of run) out.set(o, eventText(o) as OcrLine);
  }
  return out;
}

/** Splits lines into runs stacked at most three line heights apart (a table's header row above the events is not one of them). */
function stackedRuns(lines: readonly OcrLine[]): OcrLine[][] {
  const sorted = [...lines].sort((a, b) => a.box.y - b.box.y);
  const runs: OcrLine[][] = [];
  for (const l of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && l.box.y - last.box.y <= last.box.height * 3) run.push(l);
    else runs.push([l]);
  }
  return runs;
}

const rects = (lines: readonly OcrLine[]): RotatedLine[] => lines.flatMap((l) => (l.line ? [l.line] : []));

/**
 * Reads the screenshot (see the file comment). Falls back to one whole-image read when the
 * engine has no separate detection (tesseract.js).
 */
export async function readScreenshot(image: LoadedImage, ctx: Ctx): Promise<ScreenRead> {
  const input: OcrImage = { kind: 'raw', data: image.data, width: image.width, height: image.height, channels: 3 };
  const px: Pixels = { data: image.data, width: image.width, height: image.height };
  const cacheKey = `logistics-${process.pid}-${++keySeq}`;
  const detected = await stage('detect', () => recognize(input, { detectOnly: true, cacheKey, signal: ctx.signal }));
  throwIfAborted(ctx.signal);
  const read = (name: string, ls: readonly OcrLine[]): Promise<OcrLine[]> =>
    ls.length
      ? stage(name, () => recognize(input, { lines: rects(ls), cacheKey, signal: ctx.signal, ...REC }))
      : Promise.resolve([]);
  const tidy = async (ls: OcrLine[]): Promise<OcrLine[]> => {
    const joined = await stage('join', () => joinSplitStamps(ls, input, ctx));
    return stage('garbled', () => rereadGarbled(joined, px, ctx));
  };
  if (!detected.some((l) => l.line)) return judged(await tidy(detected), px); // The fallback engine read everything already.
  const events = stageSync('events', () => eventTimeColumn(detected, image.width, image.height));
  const inEvents = new Set([...events.keys(), ...events.values()]);
  // Everything but the event rows (the stamp, numbers, labels), and the event rows carrying a mark.
  const markedRows = stageSync('events', () =>
    [...events].filter(([time, text]) =>
      isMarked(px, unionBox(time.box, text.box), null, Math.min(time.box.height, text.box.height)),
    ),
  );
  let lines = await tidy([
    ...(await read(
      'read.lines',
      detected.filter((l) => !inEvents.has(l)),
    )),
    ...(await read('read.marked', markedRows.flat())),
  ]);
  let result = stageSync('judge', () => judged(lines, px));
  // Done when the stamp, a marked pickup and a number are read; else the other event rows too.
  const done = (found: WatermarkCandidate): boolean =>
    stageSync('judge', () => pickupFacts(lines, px, found.box).marked && readNumbers(lines).length > 0);
  if (result.found && done(result.found)) return result;
  const seen = new Set(markedRows.flat());
  const unread = [...events.values()].filter((l) => !seen.has(l));
  // A band stamp (or no stamp at all) and a number are read: the event rows are wanted only for the
  // pickup (the marked ones were read already, so an unread row cannot make it marked; an event row
  // lies in the middle of the page, never in a stamp band). Read from the bottom, where a tracking list
  // puts its oldest event, and stop at the first pickup. Not after a stamp found outside the bands:
  // the event rows beside it decide whether it is page content. Without a stamp, reading them all had
  // changed no finding on 150 calibration files (issue 15).
  const texts =
    (!result.found || !result.escalated) && readNumbers(lines).length > 0
      ? await readUntilPickup(unread, lines, (ls) => read('read.events', ls))
      : await read('read.events', unread);
  const times =
    readNumbers(lines).length === 0
      ? [...events.keys()].filter((l) => !seen.has(l))
      : pickupRowTimes(texts, [...events.keys()]);
  lines = [...lines, ...texts, ...(await tidy(await read('read.times', times)))];
  result = stageSync('judge', () => judged(lines, px));
  if (result.found) return result;
  // Still none: detect again in the bands alone (a phone screenshot's band at full size, which the
  // whole-image pass shrinks), where a small low-contrast imprint (yellow digits on a light page)
  // escapes the whole-image pass. Detection only: just the fresh lines are read, not the band's
  // lines read already (reading them all again was a sixth of a file without a watermark).
  const inBands = await stage('bandDetect', () =>
    recognize(input, { regions: bands(image.width, image.height), detectOnly: true, cacheKey, signal: ctx.signal }),
  );
  const fresh = inBands.filter(
    (l) => !lines.some((o) => inBox({ ...l.box, x: o.box.x, width: o.box.width }, o.box) && overlapsX(l.box, o.box)),
  );
  if (fresh.length) {
    lines = [...lines, ...(await tidy(await read('read.bands', fresh)))];
    result = stageSync('judge', () => judged(lines, px));
    if (result.found) return result;
  }
  const unsure: OcrLine[] = [];
  const masked = await stage('edgeBlocks', () =>
    redetectEdgeBlocks(lines, px, bands(image.width, image.height), ctx, unsure),
  );
  return masked
    ? { ...result, found: masked, escalated: true }
    : { ...result, unclear: [...result.unclear, ...unsure] };
}

const overlapsX = (a: Box, b: Box): boolean => Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x);

/** The stamp among the read lines: the top and bottom bands first, then anywhere. */
function judged(lines: OcrLine[], px: Pixels): ScreenRead {
  const inBands = bands(px.width, px.height);
  const found = pickWatermark(
    lines.filter((l) => inBands.some((b) => inBox(l.box, b))),
    px,
  );
  return {
    found: found ?? pickWatermark(lines, px),
    lines,
    escalated: !found,
    unclear: lines.filter((l) => unclearReads.has(l)),
  };
}

/**
 * A date with the text just right of it on its row read again as one line: detection on
 * the whole image splits a spaced-out stamp ("2026-11-18" + "815:58:25"), and the time
 * half alone reads badly. Kept only when the joined reading holds a date-time.
 */
async function joinSplitStamps(lines: OcrLine[], input: OcrImage, ctx: Ctx): Promise<OcrLine[]> {
  const out = [...lines];
  for (const line of lines) {
    const dates = findTimestamps(line.text, { lenient: true });
    if (dates.length !== 1 || dates[0]?.hasTime || !out.includes(line)) continue;
    const end = line.box.x + line.box.width;
    const next = out.find(
      (o) =>
        o !== line &&
        sameRow(o.box, line.box) &&
        o.box.x > line.box.x + line.box.width * 0.6 &&
        o.box.x - end < line.box.height * 1.5 &&
        /\d.*\d.*\d/.test(o.text) &&
        findTimestamps(o.text, { lenient: true }).length === 0,
    );
    if (!next) continue;
    const box = unionBox(line.box, next.box);
    const [read] = await recognize(input, { regions: [box], regionsAreLines: true, signal: ctx.signal });
    if (!read || !findTimestamps(read.text, { lenient: true }).some((s) => s.hasTime)) continue;
    out.splice(out.indexOf(line), 1, { ...read, box });
    out.splice(out.indexOf(next), 1);
  }
  return out;
}

/**
 * Rows read a few at a time from the bottom up, until one holds a pickup; in reading order. None when
 * a pickup is read already.
 */
async function readUntilPickup(
  rows: readonly OcrLine[],
  /** The lines read already (a pickup's time may be among them). */
  context: readonly OcrLine[],
  read: (ls: readonly OcrLine[]) => Promise<OcrLine[]>,
): Promise<OcrLine[]> {
  // A pickup read already (a 揽收时间 label with its date): it stays the one reported, and an unread row
  // cannot make it marked; no event row is needed (no finding changed on 150 calibration files).
  if (findPickups(context).length > 0) return [];
  const left = [...rows].sort((a, b) => a.box.y - b.box.y);
  const out: OcrLine[] = [];
  while (left.length > 0) {
    const chunk = await read(left.splice(-PICKUP_CHUNK));
    out.push(...chunk);
    if (findPickups([...context, ...chunk]).some((p) => chunk.includes(p.line))) break;
  }
  return readingOrder(out);
}

/** The unread column time on each pickup row without a time of its own (the pickup finding names and boxes it). */
function pickupRowTimes(read: readonly OcrLine[], column: readonly OcrLine[]): OcrLine[] {
  const rows = findPickups(read)
    .filter((p) => !p.time)
    .map((p) => p.line.box);
  return column.filter((c) => rows.some((r) => sameRow(r, c.box)));
}

/**
 * Re-reads garbled overlay lines from their own ink only (see isolateInk), a stricter light
 * threshold each time: a white stamp over white header text keeps the header's dimmer,
 * thinner strokes at 200 but loses them higher up.
 */
async function rereadGarbled(lines: OcrLine[], px: Pixels, ctx: Ctx): Promise<OcrLine[]> {
  const garbled = garbledOverlayLines(lines, px);
  if (garbled.length === 0) return lines;
  const out = [...lines];
  for (const line of garbled) {
    const at = out.indexOf(line);
    // The line's own reading may need only the stamp grammar's repair (a separator read as a digit).
    const repaired = repairStampText(line.text);
    if (repaired !== line.text && findTimestamps(repaired, { lenient: true }).some((s) => s.hasTime)) {
      out[at] = { ...line, text: repaired };
      continue;
    }
    const ownDates = findTimestamps(line.text, { lenient: true }).map((s) => s.date);
    const undated = ownDates.length === 0;
    let unsure = false;
    let fallback: OcrLine | null = null;
    // An imprint merged into header text: read from its own (orange or yellow) ink's bounds.
    const imprint = undated ? imprintBox(px, line) : null;
    const box = imprint ?? line.box;
    const steps: InkMask[] = imprint
      ? [{ kind: 'warm' }]
      : inkOf(px, line.box).saturated
        ? COLOUR_INK_STEPS
        : LIGHT_INK_STEPS;
    for (const step of steps) {
      if (!maskApplies(px, box, step)) continue;
      const { saturatedInk: _, ...crop } = isolateInk(px, box, step);
      const whole = [{ x: 0, y: 0, width: crop.width, height: crop.height }];
      const [read] = await recognize(
        { kind: 'raw', ...crop, channels: 1 },
        { regions: whole, regionsAreLines: true, signal: ctx.signal },
      );
      const text = read ? repairStampText(read.text) : '';
      // Keep the first reading unless the ink-only one holds a date-time (a date-only line
      // such as a taskbar's "2026/11/19" re-reads worse, not better).
      const dates = findTimestamps(text, { lenient: true });
      // A line that held a date keeps it: a mask that reads another date has read the page behind the stamp.
      // A stamp-colour mask rebuilds the strokes from hue alone: only a confident reading of it counts.
      const sure = step.kind !== 'stamp-colour' || (read?.confidence ?? 0) >= COLOUR_CONFIDENT;
      if (read && sure && dates.some((s) => s.hasTime && (undated || ownDates.includes(s.date)))) {
        out[at] = { ...line, box, text, confidence: read.confidence };
        fallback = null;
        break;
      }
      // A line that held no date at all is improved by a two-digit-year imprint or any full date (a watermark
      // panel's date over header text), unless a later mask reads a date-time.
      if (read && !fallback && undated && (shortYearStamp(text) || dates.length > 0))
        fallback = { ...line, box, text, confidence: read.confidence };
      // A dated line merged with the page's words behind it (a watermark panel's date over header text):
      // the same date alone from the stamp's own ink is the cleaner reading.
      if (read && !fallback && !undated && cleanerSameDate(line.text, text, ownDates))
        fallback = { ...line, box, text, confidence: read.confidence };
      // Stamp-shaped but no date: kept for a TIMESTAMP_UNCLEAR warning if nothing better turns up.
      // Only for a line that held no date at all: a date-only reading (a taskbar's date) stays as it was.
      if (read && !unsure && undated && stampLikeText(text, 6) && /\d{2}\s*[年:：/-]/.test(text)) {
        unsure = true;
        out[at] = { ...line, text };
        unclearReads.add(out[at]);
      }
    }
    if (fallback) {
      out[at] = fallback;
      // A date-only re-read may still not win as the stamp: then it is the region of a TIMESTAMP_UNCLEAR.
      if (undated && !shortYearStamp(fallback.text)) unclearReads.add(fallback);
    }
  }
  return out;
}

/** The re-read holds one of the line's own dates and little else, where the line held words too. */
function cleanerSameDate(original: string, reread: string, ownDates: readonly string[]): boolean {
  const dates = findTimestamps(reread, { lenient: true });
  return (
    dates.length === 1 &&
    ownDates.includes(dates[0]?.date ?? '') &&
    stampLikeText(reread, 6) &&
    !stampLikeText(original, 6)
  );
}
