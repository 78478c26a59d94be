/**
 * When no stamp was read and no stamp-ink line looks like one: a stamp the OCR saw but could
 * not read, at an edge of the stamp bands. A photographed stamp over a light page or header
 * (translucent white, a shadowed grey) has no ink cue, so unclearStamp misses it; what is left
 * is its shape: a year first, then digits, where no page line stands. Three shapes count:
 * - one line led by a year with a clock after it, its separators lost ("2026511307 1151:40");
 * - a low-confidence line with a clock with seconds and no date (a stamp merged with the
 *   header's words: "艺之6包赛杏询9：46:37");
 * - a row of short fragments led by a bare year ("2026" "09" "25" "1"): detection split a
 *   spaced-out stamp.
 * The file then gets TIMESTAMP_UNCLEAR (a warning naming the region), not TIMESTAMP_MISSING.
 */
import { findTimestamps } from '../../../shared/timestamps';
import type { Box, OcrLine } from '../ocr';
import { bands } from './logistics-read';
import { unionBox, type Pixels } from './logistics-watermark';

/** A reading below this is a stamp the recogniser struggled with (a page line reads surer). */
const UNSURE = 0.85;
/** Digits a split stamp's fragments hold between them (a year and at least one more). */
const MIN_FRAGMENT_DIGITS = 5;
/** A fragment is short: a stamp's date or time group, not a page's word run. */
const MAX_FRAGMENT_CHARS = 6;

const YEAR_LED = /^(?:19|20)\d{2}/;
const CLOCK = /\d[:：]\d{2}/;
const CLOCK_WITH_SECONDS = /\d{1,2}[:：]\d{2}[:：]\d{2}/;
const BARE_YEAR = /^\s*20\d{2}\s*[-/.]?\s*$/;

const midY = (b: Box): number => b.y + b.height / 2;
const digitsOf = (t: string): number => (t.match(/\d/g) ?? []).length;
const undated = (l: OcrLine): boolean => findTimestamps(l.text, { lenient: true }).length === 0;

/** In a stamp band and within 15% of the shorter side from the image's edge. */
function atEdge(b: Box, px: Pixels): boolean {
  const inBand = bands(px.width, px.height).some((band) => midY(b) >= band.y && midY(b) <= band.y + band.height);
  const edge = Math.min(b.x, px.width - b.x - b.width, b.y, px.height - b.y - b.height);
  return inBand && edge < Math.min(px.width, px.height) * 0.15;
}

/** A whole line led by a year, a clock after it, digits and separators only (the separators misread). */
function yearClockLine(l: OcrLine): boolean {
  const t = l.text.replace(/\s/g, '');
  return l.confidence < UNSURE && YEAR_LED.test(t) && CLOCK.test(t) && digitsOf(t) >= 10 && /^[\d:：./-]+$/.test(t);
}

/** A struggled-with line holding a clock with seconds (a stamp's, merged with the header's words). */
function mergedClockLine(l: OcrLine): boolean {
  return l.confidence < UNSURE && CLOCK_WITH_SECONDS.test(l.text);
}

/** A bare year with short digit fragments after it on its row, close together; one at least read unsure. */
function fragmentRow(seed: OcrLine, edgeLines: readonly OcrLine[]): OcrLine | null {
  if (!BARE_YEAR.test(seed.text)) return null;
  const row = edgeLines
    .filter((o) => o !== seed && Math.abs(midY(o.box) - midY(seed.box)) < seed.box.height * 0.6)
    .filter((o) => o.box.x > seed.box.x && o.text.replace(/\s/g, '').length <= MAX_FRAGMENT_CHARS)
    .sort((a, b) => a.box.x - b.box.x);
  // The stamp's gaps: a few characters at most (a spaced-out seven-segment stamp leaves wide ones).
  const reach = Math.max(seed.box.height * 4, seed.box.width * 1.5);
  const chain = [seed];
  for (const o of row) {
    const last = chain.at(-1) as OcrLine;
    if (o.box.x - (last.box.x + last.box.width) > reach) break;
    chain.push(o);
  }
  const text = chain.map((o) => o.text.trim()).join(' ');
  if (chain.length < 2 || digitsOf(text) < MIN_FRAGMENT_DIGITS || !chain.some((o) => o.confidence < UNSURE))
    return null;
  const box = chain.map((o) => o.box).reduce(unionBox);
  return { text, confidence: Math.min(...chain.map((o) => o.confidence)), box };
}

/** The region of a stamp seen but not read at an edge (see the file comment), or null. */
export function unreadStampAtEdge(lines: readonly OcrLine[], px: Pixels): OcrLine | null {
  const edgeLines = lines.filter((l) => atEdge(l.box, px) && undated(l));
  const whole = edgeLines.find((l) => yearClockLine(l) || mergedClockLine(l));
  if (whole) return whole;
  for (const seed of edgeLines) {
    const row = fragmentRow(seed, edgeLines);
    if (row) return row;
  }
  return null;
}
