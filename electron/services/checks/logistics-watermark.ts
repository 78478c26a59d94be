/**
 * Tells a capture-time watermark from the tracking page's own dates. A watermark is drawn
 * over the page by a camera or a tool: coloured or light-on-dark text, often on a dark box,
 * near an edge, alone (or with a weekday, a location, a "截图时间" label). Page dates sit in
 * a column of events with descriptions, or after labels such as 下单时间, in the page's ink.
 */
import { findTimestamps, PLATFORM_OFFSET, shortYearStamp, type FoundTimestamp } from '../../../shared/timestamps';
import type { Box, OcrLine } from '../ocr';
import { offHeaderTest, stampColourTest } from './logistics-ink';
import { nearScreenEdge } from './logistics-screen';

export type Pixels = { data: Uint8Array; width: number; height: number };
export type WatermarkCandidate = { stamp: FoundTimestamp; box: Box; score: number; cues: string[] };

const CAPTURE_LABEL = /(截图|截屏|拍摄|水印|拍照|capture|screenshot|taken|photo)/i;
const WEEKDAY = /(星期[一二三四五六日天]|周[一二三四五六日天]|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/gi;
/** A weekday (optional) then HH:MM[:SS] right after a date, nothing else between. */
const TIME_AFTER_DATE =
  /^\s*(?:(?:星期\S|周\S|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?\s*(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?/i;
const BARE_TIME = /^\s*(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?\s*$/;
/** Accepted when the score reaches this and at least one overlay cue is present. */
const MIN_SCORE = 2;
/** A row-mate this much smaller than a line (by height) whose top or bottom is off by more than ROW_BAND of it is no table cell. */
const ROW_SIZE = 0.8;
const ROW_BAND = 0.35;

type Ink = { lighter: boolean; saturated: boolean; darkBackground: boolean };

/** How a line's text is drawn: light on dark, saturated colour, on a dark box. */
export function inkOf(px: Pixels, box: Box): Ink {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(px.width - 1, Math.ceil(box.x + box.width));
  const y1 = Math.min(px.height - 1, Math.ceil(box.y + box.height));
  const lum = (i: number): number =>
    0.299 * (px.data[i] ?? 0) + 0.587 * (px.data[i + 1] ?? 0) + 0.114 * (px.data[i + 2] ?? 0);
  const border: number[] = [];
  for (let x = x0; x <= x1; x += 2) border.push(lum((y0 * px.width + x) * 3), lum((y1 * px.width + x) * 3));
  for (let y = y0; y <= y1; y += 2) border.push(lum((y * px.width + x0) * 3), lum((y * px.width + x1) * 3));
  border.sort((a, b) => a - b);
  const bg = border[Math.floor(border.length / 2)] ?? 255;
  let text = 0;
  let lighter = 0;
  let saturated = 0;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const i = (y * px.width + x) * 3;
      const l = lum(i);
      if (Math.abs(l - bg) < 45) continue;
      text++;
      if (l > bg) lighter++;
      const r = px.data[i] ?? 0;
      const g = px.data[i + 1] ?? 0;
      const b = px.data[i + 2] ?? 0;
      const max = Math.max(r, g, b);
      if (max > 90 && (max - Math.min(r, g, b)) / max > 0.5) saturated++;
    }
  }
  if (text < 10) return { lighter: false, saturated: false, darkBackground: bg < 110 };
  return { lighter: lighter / text > 0.5, saturated: saturated / text > 0.3, darkBackground: bg < 110 };
}

/**
 * A date-only line with a bare time just above or below it (watermark-camera layout), right
 * beside it on its row (a stamp the OCR split in two) or a larger clock just left of it.
 */
function timeNearby(line: OcrLine, lines: readonly OcrLine[]): { h: number; m: number; s: number; box: Box } | null {
  for (const other of lines) {
    if (other === line) continue;
    const t = BARE_TIME.exec(other.text);
    if (!t) continue;
    const gap = Math.min(
      Math.abs(other.box.y + other.box.height - line.box.y),
      Math.abs(line.box.y + line.box.height - other.box.y),
    );
    const overlapX =
      Math.min(line.box.x + line.box.width, other.box.x + other.box.width) - Math.max(line.box.x, other.box.x);
    const sameRow =
      Math.abs(other.box.y + other.box.height / 2 - (line.box.y + line.box.height / 2)) < line.box.height * 0.5;
    const beside =
      sameRow &&
      other.box.x >= line.box.x + line.box.width - 4 &&
      other.box.x - (line.box.x + line.box.width) < line.box.height * 2;
    // A watermark camera's large clock left of its date/weekday stack ("12:05 | 2026.09.12 / 星期六"):
    // taller than the date line, level with it, ending just before it.
    const mid = line.box.y + line.box.height / 2;
    const clockLeft =
      other.box.height > line.box.height * 1.2 &&
      other.box.y <= mid &&
      other.box.y + other.box.height >= mid &&
      other.box.x + other.box.width <= line.box.x + 4 &&
      line.box.x - (other.box.x + other.box.width) < line.box.height * 2;
    if ((gap < line.box.height * 2.5 && overlapX > 0) || beside || clockLeft)
      return { h: Number(t[1]), m: Number(t[2]), s: Number(t[3] ?? 0), box: other.box };
  }
  return null;
}

/** The smallest box holding both. */
export function unionBox(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * Other date lines drawn the same way and starting (or ending) at the same x: the page's
 * event column. Both edges, because a mark drawn around one time shifts its start.
 */
function inDateColumn(line: OcrLine, dated: readonly OcrLine[], px: Pixels): boolean {
  const tol = Math.max(6, px.width * 0.012);
  // Ink class: light-on-dark or not (the newest event is often coloured, so colour is not a class).
  const overlay = (i: ReturnType<typeof inkOf>): boolean => i.lighter || i.darkBackground;
  const mine = overlay(inkOf(px, line.box));
  // A column entry starts with its date (a bullet at most): "下单时间：…" or "查询：… 至 …" ends where a date might, but is a label.
  // A column entry holds one date: a search box's range ("2026-03-01 → 2026-09-16") ending at a stamp's x is no column.
  const dateLed = (o: OcrLine): boolean =>
    /^\d/.test(o.text.replace(/^[^\p{L}\p{N}]+/u, '')) && findTimestamps(o.text, { lenient: true }).length <= 1;
  const right = (b: Box): number => b.x + b.width;
  // Same text size too: a page column is set in one size; a stamp twice as tall that happens to start at its x is not in it.
  const sameSize = (o: OcrLine): boolean =>
    Math.abs(o.box.height - line.box.height) < Math.max(o.box.height, line.box.height) * 0.4;
  const aligned = (o: OcrLine): boolean =>
    sameSize(o) && (Math.abs(o.box.x - line.box.x) < tol || Math.abs(right(o.box) - right(line.box)) < tol);
  return dated.some(
    (o) =>
      o !== line &&
      aligned(o) &&
      dateLed(o) &&
      Math.abs(o.box.y - line.box.y) > line.box.height &&
      overlay(inkOf(px, o.box)) === mine,
  );
}

/** An event description (words, no date) just right of the date on its row: a tracking event. */
function eventDescriptionBeside(line: OcrLine, lines: readonly OcrLine[]): boolean {
  const mid = line.box.y + line.box.height / 2;
  const end = line.box.x + line.box.width;
  return lines.some((o) => {
    if (o === line || Math.abs(o.box.y + o.box.height / 2 - mid) > line.box.height * 0.5) return false;
    const gap = o.box.x - end;
    const words = (o.text.match(/[\u4e00-\u9fff]|[A-Za-z]{2,}/g) ?? []).length;
    // An order or tracking number after its label ("订单号：3056…") is a page cell, not an event's description.
    const numberCell = /\d{8,}/.test(o.text.replace(/\s/g, ''));
    return gap > -4 && gap < line.box.height * 4 && words >= 3 && !numberCell && findTimestamps(o.text).length === 0;
  });
}

function withTime(stamp: FoundTimestamp, t: { h: number; m: number; s: number }): FoundTimestamp {
  const p = (n: number): string => String(n).padStart(2, '0');
  if (t.h > 23 || t.m > 59 || t.s > 59) return stamp;
  return { ...stamp, hasTime: true, iso: `${stamp.date}T${p(t.h)}:${p(t.m)}:${p(t.s)}${PLATFORM_OFFSET}` };
}

/** Scores one dated line; cues say why (for debugging and the bench). */
function scoreLine(
  line: OcrLine,
  stamp: FoundTimestamp,
  ctx: { lines: readonly OcrLine[]; dated: readonly OcrLine[]; px: Pixels },
): WatermarkCandidate {
  const cues: string[] = [];
  let score = 0;
  const cue = (when: boolean, name: string, points: number): void => {
    if (!when) return;
    score += points;
    cues.push(name);
  };
  const ink = inkOf(ctx.px, line.box);
  cue(ink.lighter || ink.darkBackground, 'light-on-dark', 3);
  cue(ink.saturated, 'colour', 2);
  const prefix = line.text.slice(0, stamp.index).trim();
  // Words after the stamp (an event description) mark content; digits are a garbled time.
  const suffix = line.text
    .slice(stamp.index + stamp.raw.length)
    .replace(WEEKDAY, '')
    .replace(/(星期|周)\S/g, '') // a weekday whose day character was misread ("周—")
    .replace(/[\s\d:：,，.|/时分秒-]/g, '');
  const captureLabel = CAPTURE_LABEL.test(prefix);
  cue(captureLabel, 'capture-label', 2);
  cue(!captureLabel && prefix.replace(/[\s:：]/g, '').length >= 2, 'content-label', -3);
  cue(suffix.length >= 4, 'content-after', -3);
  const column = inDateColumn(line, ctx.dated, ctx.px);
  cue(column, 'event-column', -4);
  const t = stamp.hasTime ? null : timeNearby(line, ctx.lines);
  const described = eventDescriptionBeside(line, ctx.lines);
  cue(described, 'event-row', -4);
  const row =
    !described &&
    inTableRow(
      line,
      ctx.lines.filter((l) => l.box !== t?.box),
    );
  cue(row, 'table-row', -2);
  let found = stamp;
  let box = line.box;
  // The clock after the date and weekday on the same line: a menu bar's "2026年11月20日 周五 10:08".
  const clock = stamp.hasTime ? null : TIME_AFTER_DATE.exec(line.text.slice(stamp.index + stamp.raw.length));
  if (clock) found = withTime(found, { h: Number(clock[1]), m: Number(clock[2]), s: Number(clock[3] ?? 0) });
  if (t) {
    found = withTime(found, t);
    box = unionBox(box, t.box);
  }
  cue(t !== null, 'time-above', 0);
  cue(found.hasTime, 'has-time', 1);
  const nearEdge = nearEdgeOf(line.box, ctx.px);
  cue(nearEdge, 'near-edge', 1);
  // Alone on its line (no label, no description, no second date), not part of the page's
  // layout, at an edge: how every stamp tool prints, whatever its ink (a white stamp with a
  // shadow on a light page has no ink cue at all).
  const alone =
    (prefix.length === 0 || captureLabel) &&
    suffix.length === 0 &&
    findTimestamps(line.text, { lenient: true }).length <= 1;
  cue(
    alone && nearEdge && !column && !row && !described && (found.hasTime || shortYearStamp(line.text) !== null),
    'standalone',
    2,
  );
  cue(isTaskbarClock(box, t !== null, ink, ctx.px) || isMenuBarClock(box, clock !== null, ctx.px), 'taskbar-clock', 0);
  return { stamp: found, box, score, cues };
}

/**
 * Coloured or light overlay lines that look like a garbled stamp (digits but no date): a
 * stamp drawn over page text reads badly; re-reading only its own ink usually fixes it.
 */
export function garbledOverlayLines(lines: readonly OcrLine[], px: Pixels): OcrLine[] {
  return lines.filter((l) => {
    if (findTimestamps(l.text, { lenient: true }).some((t) => t.hasTime) || BARE_TIME.test(l.text)) return false;
    // A camera imprint (orange/yellow) merged into header text at an edge: the read may hold no digit at all.
    if (stampsOf(l).length === 0 && imprintBox(px, l) !== null) return true;
    // Six digits anywhere; four at an edge (a stamp merged with header text loses most of its digits).
    const digits = (l.text.match(/\d/g) ?? []).length;
    const edge = nearEdgeOf(l.box, px);
    if (digits < (edge ? 4 : 6)) return false;
    const ink = inkOf(px, l.box);
    // At an edge, digits before 年/月/: in page ink too: a white stamp with a light shadow on a white header.
    return ink.saturated || ink.lighter || (edge && /\d\s*[年月:：]/.test(l.text));
  });
}

/** A whole line "2026511-09 14:20:58": the year's separator read as a digit (the later one kept). */
const WHOLE_STAMP_SEPARATOR_AS_DIGIT = /^\s*(20\d{2})\d(\d{2})([-/.])(\d{2})\s*(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)\s*$/;

/** A whole line "2026102208:43:15" or "2026 1213 20:58:54": the date's separators lost (month 01-12, day 01-31, then the clock). */
const WHOLE_STAMP_WITHOUT_SEPARATORS =
  /^\s*(20\d{2})\s?(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s*([012]?\d[:：][0-5]\d(?:[:：][0-5]\d)?)\s*$/;

/**
 * Fixes the four ways an ink-only re-read of a stamp still fails the date grammar: the first
 * separator lost ("202608-05" for 2026-08-05) or read as a digit on a whole date-time line, both lost
 * on a whole date-time line ("2026102208:43:15"), and
 * a stray mark between date and time ("2026-08-05:17:28:33"). Only for overlay lines (re-read
 * from their own ink, or garbled at an edge).
 */
export function repairStampText(text: string): string {
  return text
    .replace(WHOLE_STAMP_SEPARATOR_AS_DIGIT, '$1$3$2$3$4 $5')
    .replace(WHOLE_STAMP_WITHOUT_SEPARATORS, '$1-$2-$3 $4')
    .replace(/(?<!\d)(20\d{2})(\d{2})([-/.:])(\d{1,2})(?!\d)/, '$1$3$2$3$4')
    .replace(/(?<!\d)(20\d{2}[-/.:+]\d{1,2}[-/.:+]\d{2})[:+~_·.](\d{1,2}[:：]\d{2})/, '$1 $2');
}

/** A mask worth a recognise call on this box (a stamp-colour mask needs a stamp colour there). */
export function maskApplies(px: Pixels, box: Box, mask: InkMask): boolean {
  if (mask.kind === 'off-header') return offHeaderTest(px, box, mask.far) !== null;
  return mask.kind !== 'stamp-colour' || stampColourTest(px, box, mask.rank) !== null;
}

/**
 * The line's box with only the overlay's ink kept (saturated pixels, or pixels much lighter
 * than the background) as black on white, padded: page text under the stamp disappears.
 */
export type InkMask =
  | { kind: 'own' }
  | { kind: 'light'; above: number }
  | { kind: 'bright-colour' }
  // Any saturated ink, whatever the box's majority (a coloured stamp half over a dark bar, half over the page).
  | { kind: 'saturated' }
  | { kind: 'warm' }
  | { kind: 'dark'; below: number }
  | { kind: 'grey-light'; from: number; to: number }
  // A coloured stamp over a coloured or two-tone header (logistics-ink.ts); rank 0 the likeliest colour.
  | { kind: 'stamp-colour'; rank: number }
  // Ink off the line from a coloured header's colour to white (logistics-ink.ts offHeaderTest).
  | { kind: 'off-header'; far: number };

export function isolateInk(
  px: Pixels,
  box: Box,
  mask: InkMask = { kind: 'own' },
): { data: Uint8Array; width: number; height: number; saturatedInk: boolean } {
  const pad = Math.round(box.height * 0.3);
  const x0 = Math.max(0, Math.floor(box.x) - pad);
  const y0 = Math.max(0, Math.floor(box.y) - pad);
  const x1 = Math.min(px.width, Math.ceil(box.x + box.width) + pad);
  const y1 = Math.min(px.height, Math.ceil(box.y + box.height) + pad);
  const ink = inkOf(px, box);
  const colourTest = mask.kind === 'stamp-colour' ? stampColourTest(px, box, mask.rank) : null;
  const offHeader = mask.kind === 'off-header' ? offHeaderTest(px, box, mask.far) : null;
  const out = new Uint8Array((x1 - x0) * (y1 - y0)).fill(255);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * px.width + x) * 3;
      const r = px.data[i] ?? 0;
      const g = px.data[i + 1] ?? 0;
      const b = px.data[i + 2] ?? 0;
      const max = Math.max(r, g, b);
      const sat = max > 90 && (max - Math.min(r, g, b)) / max > 0.45;
      const lum = 0.299 * r + 0.587 * g + 0.114 * b;
      // bright-colour: a yellow stamp over a coloured header with white text (neither is both bright and coloured).
      // dark: the shadow of a white stamp on a white page, far darker than the page's grey text.
      if (offHeader) {
        if (offHeader(r, g, b)) out[(y - y0) * (x1 - x0) + (x - x0)] = 0;
        continue;
      }
      if (colourTest) {
        out[(y - y0) * (x1 - x0) + (x - x0)] = 255 - colourTest(r, g, b);
        continue;
      }
      const keep =
        mask.kind === 'warm'
          ? isWarmInk(r, g, b)
          : mask.kind === 'bright-colour'
            ? sat && lum > 170
            : mask.kind === 'saturated'
              ? sat
              : mask.kind === 'light'
                ? lum > mask.above
                : mask.kind === 'dark'
                  ? lum < mask.below && !sat
                  : mask.kind === 'grey-light'
                    ? lum > mask.from && lum < mask.to && !sat
                    : ink.saturated
                      ? sat
                      : lum > 200;
      if (keep) out[(y - y0) * (x1 - x0) + (x - x0)] = 0;
    }
  }
  // A light mask over a light page keeps the page itself: what is left out is then the stamp (its shadow or outline lines it).
  let kept = 0;
  for (const v of out) if (v === 0) kept++;
  if (kept > out.length * 0.6) for (let i = 0; i < out.length; i++) out[i] = 255 - (out[i] ?? 0);
  return { data: out, width: x1 - x0, height: y1 - y0, saturatedInk: ink.saturated };
}

const OVERLAY_CUES = new Set(['light-on-dark', 'colour', 'capture-label', 'standalone']);

/** Other lines on the same row on both sides: a cell of the page's own table. */
function inTableRow(line: OcrLine, lines: readonly OcrLine[]): boolean {
  const mid = line.box.y + line.box.height / 2;
  const { y, height } = line.box;
  // A row's cells are set in one size and share its band: a larger stamp drawn across the phone
  // status bar (its small clock level with the stamp's upper half) is no table row. Both tests, as
  // a tilted photo shifts a row's bands apart but not its sizes.
  const sameBand = (o: OcrLine): boolean =>
    o.box.height >= height * ROW_SIZE ||
    (Math.abs(o.box.y - y) < height * ROW_BAND && Math.abs(o.box.y + o.box.height - (y + height)) < height * ROW_BAND);
  const sameRow = lines.filter(
    (o) =>
      o !== line &&
      Math.abs(o.box.y + o.box.height / 2 - mid) < line.box.height * 0.5 &&
      sameBand(o) &&
      o.text.trim().length >= 2,
  );
  const left = sameRow.some((o) => o.box.x + o.box.width <= line.box.x + 2);
  const right = sameRow.some((o) => o.box.x >= line.box.x + line.box.width - 2);
  return left && right;
}

/**
 * A desktop taskbar clock: time over date at the bottom-right corner on a dark bar. It
 * counts as a visible capture time (see README, "Logistics screenshots"), with a note.
 */
function isTaskbarClock(box: Box, stacked: boolean, ink: Ink, px: Pixels): boolean {
  return stacked && ink.darkBackground && box.y + box.height > px.height * 0.92 && box.x > px.width * 0.75;
}

/**
 * A menu-bar clock (macOS style: date, weekday and time on one line in the thin bar along
 * the top edge, right side). Counts like the taskbar clock, with the same note.
 */
function isMenuBarClock(box: Box, dateThenClock: boolean, px: Pixels): boolean {
  return dateThenClock && box.y + box.height < px.height * 0.06 && box.x > px.width * 0.5;
}

/** Every stamp reading of a line: full dates, else a whole-line two-digit-year imprint. */
function stampsOf(line: OcrLine): FoundTimestamp[] {
  const full = findTimestamps(line.text, { lenient: true });
  if (full.length > 0) return full;
  const short = shortYearStamp(line.text);
  return short ? [short] : [];
}

/** The most watermark-like stamp among OCR lines, or null when every date is page content. */
export function pickWatermark(lines: readonly OcrLine[], px: Pixels): WatermarkCandidate | null {
  const dated = lines.filter((l) => stampsOf(l).length > 0);
  // Column neighbours may be misread past parsing on a blurred photo ("2026-11-171632"): date-shaped is enough.
  const columnMates = lines.filter((l) => stampsOf(l).length > 0 || stampLikeText(l.text, 8));
  let best: WatermarkCandidate | null = null;
  for (const line of dated) {
    for (const stamp of stampsOf(line)) {
      const c = scoreLine(line, stamp, { lines, dated: columnMates, px });
      const overlay = c.cues.some((cue) => OVERLAY_CUES.has(cue));
      if (overlay && c.score >= MIN_SCORE && (!best || c.score > best.score)) best = c;
    }
  }
  return best;
}

/** Orange or yellow ink (red the strongest channel, blue far below, bright): a camera's date imprint; no blue header or red page text. */
const isWarmInk = (r: number, g: number, b: number): boolean =>
  r >= g && r > 170 && r - b > 100 && g > 70 && 0.299 * r + 0.587 * g + 0.114 * b > 125;

/**
 * Where an orange or yellow camera imprint (bright, saturated ink) lies around an edge line:
 * the bounds of that ink within a line height of the line, when there is a stroke's worth
 * of it, else null. An imprint drawn over header text reads merged into it, cut to its box.
 */
export function imprintBox(px: Pixels, line: OcrLine): Box | null {
  if (!nearEdgeOf(line.box, px)) return null;
  const h = line.box.height;
  const x0 = Math.max(0, Math.floor(line.box.x - h));
  const y0 = Math.max(0, Math.floor(line.box.y - h));
  const x1 = Math.min(px.width, Math.ceil(line.box.x + line.box.width + h));
  const y1 = Math.min(px.height, Math.ceil(line.box.y + h * 2));
  let n = 0;
  const b = { x0: x1, y0: y1, x1: x0, y1: y0 };
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * px.width + x) * 3;
      const r = px.data[i] ?? 0;
      const g = px.data[i + 1] ?? 0;
      const bl = px.data[i + 2] ?? 0;
      if (!isWarmInk(r, g, bl)) continue;
      n++;
      b.x0 = Math.min(b.x0, x);
      b.y0 = Math.min(b.y0, y);
      b.x1 = Math.max(b.x1, x);
      b.y1 = Math.max(b.y1, y);
    }
  if (n < h * h * 0.4) return null;
  return { x: b.x0, y: b.y0, width: b.x1 - b.x0 + 1, height: b.y1 - b.y0 + 1 };
}

/** Near an edge of the image (within 15% of the shorter side), or of the screen in a photo of one. */
function nearEdgeOf(box: Box, px: Pixels): boolean {
  const edge = Math.min(box.x, px.width - box.x - box.width, box.y, px.height - box.y - box.height);
  return edge < Math.min(px.width, px.height) * 0.15 || nearScreenEdge(box, px);
}

/** Mostly digits and stamp separators, not an order or tracking number (a long digit run). */
export function stampLikeText(text: string, minDigits: number): boolean {
  const chars = text.replace(/\s/g, '');
  const digits = (chars.match(/\d/g) ?? []).length;
  const shape = (chars.match(/[\d:：/.\-'年月日]/g) ?? []).length;
  return digits >= minDigits && shape / Math.max(1, chars.length) >= 0.6 && !/\d{10,}/.test(chars);
}

/**
 * When no stamp was read: a line that still looks like one, for a warning that names its
 * region instead of TIMESTAMP_MISSING. Either digits in stamp ink (light, coloured or on a
 * dark patch) at an edge that parse as no date, or a clock over a digit line on a dark bar
 * (a taskbar too blurred to read). A phone status bar's clock alone is neither.
 */
export function unclearStamp(lines: readonly OcrLine[], px: Pixels): OcrLine | null {
  const overlay = (l: OcrLine): boolean => {
    const ink = inkOf(px, l.box);
    return ink.lighter || ink.saturated || ink.darkBackground;
  };
  const undated = (l: OcrLine): boolean => stampsOf(l).length === 0;
  // An event time with its description beside it is the page's, even at the left edge of a narrow phone page.
  const inked = lines.find(
    (l) =>
      undated(l) &&
      nearEdgeOf(l.box, px) &&
      stampLikeText(l.text, 6) &&
      overlay(l) &&
      !eventDescriptionBeside(l, lines),
  );
  if (inked) return inked;
  for (const clock of lines) {
    if (!BARE_TIME.test(clock.text) || !inkOf(px, clock.box).darkBackground || !nearEdgeOf(clock.box, px)) continue;
    const below = lines.find(
      (o) =>
        o !== clock &&
        undated(o) &&
        o.box.y > clock.box.y &&
        o.box.y - (clock.box.y + clock.box.height) < clock.box.height &&
        stampLikeText(o.text, 4) &&
        overlay(o),
    );
    if (below) return { ...below, box: unionBox(clock.box, below.box) };
  }
  return null;
}
