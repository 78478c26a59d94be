/**
 * A stamp read out of the rule's window is an error only when the rest of the page agrees
 * with it. A capture time before the newest event the page shows is impossible (the
 * screenshot was taken after it), and a stamp whose year differs from the page's newest date
 * while that year would put it inside the window has most likely a misread year digit (2026
 * read as 2028 or 2025 on a photo or a masked re-read). Either way the year is unsure: a
 * TIMESTAMP_UNCLEAR warning with the stamp's region, not TIMESTAMP_OUT_OF_RANGE.
 */
import { findTimestamps, judgeStamp, type DateWindow, type FoundTimestamp } from '../../../shared/timestamps';
import type { Box, OcrLine } from '../ocr';

const meets = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The newest date the page itself shows (every line but the stamp's), or null. */
export function newestPageDate(lines: readonly OcrLine[], stampBox: Box): string | null {
  let newest: string | null = null;
  for (const l of lines) {
    if (meets(l.box, stampBox)) continue;
    for (const t of findTimestamps(l.text)) if (!newest || t.date > newest) newest = t.date;
  }
  return newest;
}

/** The page's newest date when it makes the out-of-window stamp's year unsure (see the file comment), else null. */
export function unsureYear(
  stamp: FoundTimestamp,
  stampBox: Box,
  lines: readonly OcrLine[],
  window: DateWindow,
): string | null {
  const newest = newestPageDate(lines, stampBox);
  if (!newest) return null;
  if (stamp.date < newest) return newest;
  const year = newest.slice(0, 4);
  if (stamp.date.slice(0, 4) === year) return null;
  const swapped: FoundTimestamp = {
    ...stamp,
    date: `${year}${stamp.date.slice(4)}`,
    iso: `${year}${stamp.iso.slice(4)}`,
  };
  return swapped.date >= newest && judgeStamp(swapped, window) === 'ok' ? newest : null;
}
