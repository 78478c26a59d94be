/**
 * China-time helpers. The platform judges deadlines and days on China time (the rulebook's
 * `utcOffsetHours`, +8, no daylight saving), whatever zone the seller's computer is in, so
 * every instant is an epoch number and every calendar day is a 'YYYY-MM-DD' string of the
 * platform zone. Nothing here reads the host's zone.
 */
import { utcOffsetText } from '../timestamps';

const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Day number (days since 1970-01-01) of a 'YYYY-MM-DD' date; null when it is not a real date. */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === date ? ms / DAY_MS : null;
}

export function isIsoDate(value: string): boolean {
  return dayNumber(value) !== null;
}

function requireDay(date: string): number {
  const n = dayNumber(date);
  if (n === null) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return n;
}

export function dateFromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateFromDayNumber(requireDay(date) + days);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return requireDay(to) - requireDay(from);
}

/** The platform-zone calendar day an instant falls on (23:30 at +8 stays on that day). */
export function zoneDate(epochMs: number, offsetHours: number): string {
  return new Date(epochMs + offsetHours * HOUR_MS).toISOString().slice(0, 10);
}

/** The instant a platform-zone day starts (00:00 local). */
export function startOfZoneDay(date: string, offsetHours: number): number {
  return requireDay(date) * DAY_MS - offsetHours * HOUR_MS;
}

/** An instant as ISO 8601 with the platform offset, e.g. 2026-11-20T23:30:00+08:00. */
export function formatZoneDateTime(epochMs: number, offsetHours: number): string {
  const local = new Date(epochMs + offsetHours * HOUR_MS).toISOString().slice(0, 19);
  return `${local}${utcOffsetText(offsetHours)}`;
}

// Accepted shapes: 2026-11-20 23:30[:05][.123], 2026/11/20 23:30, 2026-11-20T23:30:05Z,
// 2026-11-20T23:30:05+08:00, 2026年11月20日 23:30, and date-only forms of each.
const DATE_TIME =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})(?:\.(\d{1,3}))?)?秒?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses a date-time as written in an order export. Text without a zone is platform time
 * (China time); an explicit `Z` or `±hh:mm` wins. Date-only text means 00:00 of that day.
 * Returns null for anything that is not a real calendar moment (month 13, 25:00, …).
 */
export function parseZoneDateTime(text: string, offsetHours: number): number | null {
  const fast = fastWallClock(text);
  if (fast !== undefined) return fast === null ? null : fast - offsetHours * HOUR_MS;
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0', ms = '0'] = m.slice(1, 8);
  const parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)];
  const [yy, mm, dd, hh, mn, ss] = parts as [number, number, number, number, number, number];
  if (mm < 1 || mm > 12 || hh > 23 || mn > 59 || ss > 59) return null;
  const wall = Date.UTC(yy, mm - 1, dd, hh, mn, ss, Number(ms.padEnd(3, '0')));
  if (new Date(wall).getUTCDate() !== dd) return null;
  const zone = m[8];
  return wall - zoneOffsetMs(zone, offsetHours);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Two ASCII digits at i as a number, or -1. */
function two(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Fast path for the one shape nearly every export uses, 'YYYY-MM-DD HH:mm[:ss]' (or '/'):
 * 100,000-row exports have 300,000 of these. Returns the wall-clock as UTC ms, null for an
 * impossible date, undefined when the text has another shape (the general parser decides).
 */
function fastWallClock(text: string): number | null | undefined {
  const n = text.length;
  if (n !== 16 && n !== 19) return undefined;
  const sep = text[4];
  if ((sep !== '-' && sep !== '/') || text[7] !== sep || (text[10] !== ' ' && text[10] !== 'T') || text[13] !== ':')
    return undefined;
  if (n === 19 && text[16] !== ':') return undefined;
  const y = two(text, 0) * 100 + two(text, 2);
  const [mo, d, h, mi, s] = [two(text, 5), two(text, 8), two(text, 11), two(text, 14), n === 19 ? two(text, 17) : 0];
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0 || two(text, 0) < 0 || two(text, 2) < 0) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  if (d > (DAYS_IN_MONTH[mo - 1] ?? 0) || (mo === 2 && d === 29 && !isLeap(y))) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

function zoneOffsetMs(zone: string | undefined, offsetHours: number): number {
  if (!zone) return offsetHours * HOUR_MS;
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * HOUR_MS + Number(digits.slice(2)) * 60_000);
}
