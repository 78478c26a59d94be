/**
 * Date-time stamps in text (OCR output or PDF text) and the window rules they must meet.
 * Pure: no Node, no clock. All wall times are platform time (the rulebook's `utcOffsetHours`),
 * the zone in which cameras, ERPs and reviewers print and read them; `today` is passed in (--today).
 */
import { utcOffsetHours as PLATFORM_UTC_OFFSET_HOURS } from '../resources/rulebook.json';

export type FoundTimestamp = {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss` + the platform offset (`+08:00`) when a time was found. */
  iso: string;
  /** `YYYY-MM-DD`, whatever the source format. */
  date: string;
  hasTime: boolean;
  /** The matched text exactly as it stood in the input. */
  raw: string;
  /** Offset of `raw` in the input. */
  index: number;
};

/** The ISO 8601 suffix of a UTC offset in hours: 8 → `+08:00`, -3.5 → `-03:30`. */
export function utcOffsetText(offsetHours: number): string {
  const abs = Math.abs(offsetHours);
  const hh = String(Math.floor(abs)).padStart(2, '0');
  const mm = String(Math.round((abs % 1) * 60)).padStart(2, '0');
  return `${offsetHours < 0 ? '-' : '+'}${hh}:${mm}`;
}

/**
 * The zone every stamp read from text is put in: a watermark or an ERP print carries no zone
 * of its own, so it is read on the platform's clock, taken from the bundled rulebook (the same
 * `resources/rulebook.json` the rulebook service loads, so there is one value to change).
 */
export const PLATFORM_OFFSET = utcOffsetText(PLATFORM_UTC_OFFSET_HOURS);

const FULL_WIDTH: Record<string, string> = {
  '－': '-',
  '／': '/',
  '．': '.',
  '：': ':',
  '\u3000': ' ',
  '—': '-',
  '–': '-',
  '‐': '-',
  '。': '.',
  '∶': ':',
};
/** Letters OCR engines read in place of digits, replaced only when they touch a digit. */
const DIGIT_LOOKALIKES: Record<string, string> = {
  O: '0',
  o: '0',
  D: '0',
  Q: '0',
  l: '1',
  I: '1',
  '|': '1',
  Z: '2',
  S: '5',
  B: '8',
};

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/**
 * Same-length normalisation (so indexes map back to the input): full-width digits and
 * punctuation to ASCII, then OCR look-alike letters next to digits to digits.
 */
export function normalizeForDates(text: string): string {
  const chars = Array.from(text, (c) => {
    const code = c.codePointAt(0) ?? 0;
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
    const mapped = FULL_WIDTH[c] ?? c;
    // Keep UTF-16 length identical: every char above is in the BMP.
    return mapped.length === c.length ? mapped : c;
  });
  // Two passes so "2O2O" (two look-alikes in a row) is fixed too.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < chars.length; i++) {
      const sub = DIGIT_LOOKALIKES[chars[i] ?? ''];
      if (!sub) continue;
      const prev = chars[i - 1];
      const next = chars[i + 1];
      // A letter inside a word ("Order", "Stock") stays a letter.
      const letterNeighbour = /[A-Za-z]/.test(prev ?? '') || /[A-Za-z]/.test(next ?? '');
      if ((isDigit(prev) || isDigit(next)) && !letterNeighbour) chars[i] = sub;
    }
  }
  return chars.join('');
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1990 || year > 2099) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidTime(hour: number, minute: number, second = 0): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A year may carry one stray OCR space ("20 26"); month and day may not. */
const YEAR = '((?:19|20)\\s?\\d\\s?\\d)';
/** OCR often drops the space between date and time ("2026-11-1213:06"): a two-digit day may abut the hour. */
const DAY = '(\\d{2}(?=\\d{1,2}\\s*[:时])|\\d{1,2}(?!\\d))';
const NUMERIC_DATE = `${YEAR}\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*${DAY}`;
const CJK_DATE = `${YEAR}\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?`;
const TIME = '(?:\\s*(?:T|日)?\\s*(\\d{1,2})\\s*[:时]\\s*(\\d{2})(?:\\s*[:分]\\s*(\\d{2}))?\\s*秒?(?!\\d))?';
const PATTERN = new RegExp(`(?<!\\d)(?:${NUMERIC_DATE}|${CJK_DATE})${TIME}`, 'g');
/**
 * Lenient: OCR of stamps drawn over busy pixels turns separators into '+', ':', '~'… and
 * mixes them. Only for text already judged to be an overlay (real dates still required).
 */
/** Seven-segment digits often read with a gap inside the day ("2026/07/0 1 09:48"). */
const LENIENT_DAY = `(\\d\\s\\d(?=\\s+\\d{1,2}\\s*[:时])|\\d{2}(?=\\d{1,2}\\s*[:时])|\\d{1,2}(?!\\d))`;
const LENIENT_DATE = `${YEAR}\\s*([-/.+:_~,·])\\s*(\\d{1,2})\\s*[-/.+:_~,·]\\s*${LENIENT_DAY}`;
const LENIENT = new RegExp(`(?<!\\d)(?:${LENIENT_DATE}|${CJK_DATE})${TIME}`, 'g');

/** Every plausible date or date-time in `text`, in order of appearance, real dates only. */
export function findTimestamps(text: string, options: { lenient?: boolean } = {}): FoundTimestamp[] {
  const norm = normalizeForDates(text);
  const found: FoundTimestamp[] = [];
  for (const m of norm.matchAll(options.lenient ? LENIENT : PATTERN)) {
    const yearText = m[1] ?? m[5];
    const monthText = m[3] ?? m[6];
    const dayText = m[4] ?? m[7];
    if (!yearText || !monthText || !dayText) continue;
    const year = Number(yearText.replace(/\s/g, ''));
    const month = Number(monthText);
    const day = Number(dayText.replace(/\s/g, ''));
    if (!isValidDate(year, month, day)) continue;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const [h, mi, s] = [m[8], m[9], m[10]].map((v) => (v === undefined ? undefined : Number(v)));
    const hasTime = h !== undefined && mi !== undefined && isValidTime(h, mi, s ?? 0);
    const start = m.index ?? 0;
    // Without a valid time, the match ends where the date ended.
    const rawEnd = hasTime ? start + m[0].length : start + dateLength(m[0], options.lenient === true);
    const raw = text.slice(start, rawEnd).trimEnd();
    const iso = hasTime ? `${date}T${pad(h ?? 0)}:${pad(mi ?? 0)}:${pad(s ?? 0)}${PLATFORM_OFFSET}` : date;
    found.push({ iso, date, hasTime, raw, index: start });
  }
  return found;
}

function dateLength(matched: string, lenient: boolean): number {
  const m = new RegExp(`^(?:${lenient ? LENIENT_DATE : NUMERIC_DATE}|${CJK_DATE})`).exec(matched);
  return m ? m[0].length : matched.length;
}

// ---- Calendar arithmetic on YYYY-MM-DD strings (wall dates, no time zone games) ----

export type YMD = { year: number; month: number; day: number };

export function parseYmd(date: string): YMD {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function formatYmd({ year, month, day }: YMD): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Whole-day number, so differences of dates are plain subtraction. */
export function dayNumber(date: string): number {
  const { year, month, day } = parseYmd(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  const d = new Date((dayNumber(date) + days) * 86_400_000);
  return formatYmd({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Calendar months back, clamping the day (2026-05-31 minus 3 months is 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseYmd(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatYmd({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Seconds since the epoch of a stamp's platform wall time (a date alone counts as its start). */
export function stampSeconds(stamp: Pick<FoundTimestamp, 'iso'>): number {
  const iso = stamp.iso.length === 10 ? `${stamp.iso}T00:00:00${PLATFORM_OFFSET}` : stamp.iso;
  return Date.parse(iso) / 1000;
}

// ---- Window rules ----

export type DateWindow = { from: string; to: string };
export type WindowVerdict = 'ok' | 'too-old' | 'future';

/** Logistics watermarks: within `months` calendar months before today, today included. */
export function logisticsWindow(today: string, months: number): DateWindow {
  return { from: addMonths(today, -months), to: today };
}

/** Inventory export: at most `maxAgeDays` days before today, today included. */
export function inventoryWindow(today: string, maxAgeDays: number): DateWindow {
  return { from: addDays(today, -maxAgeDays), to: today };
}

/** Judges a stamp by its date: a stamp later today is not "future" (we only know the date). */
export function judgeStamp(stamp: Pick<FoundTimestamp, 'date'>, window: DateWindow): WindowVerdict {
  if (stamp.date > window.to) return 'future';
  if (stamp.date < window.from) return 'too-old';
  return 'ok';
}

/** The calendar months (`YYYY-MM`) the coverage rule asks for: today's month and the ones before. */
export function coverageMonths(today: string, months: number): string[] {
  const out: string[] = [];
  for (let k = months - 1; k >= 0; k--) out.push(addMonths(`${today.slice(0, 7)}-01`, -k).slice(0, 7));
  return out;
}

/** Which of the required months have no stamp dated in them (in calendar order). */
export function uncoveredMonths(stampDates: readonly string[], today: string, months: number): string[] {
  const have = new Set(stampDates.map((d) => d.slice(0, 7)));
  return coverageMonths(today, months).filter((m) => !have.has(m));
}

/** Whole days between two stamps, by their China wall times. */
export function daysApart(a: Pick<FoundTimestamp, 'iso'>, b: Pick<FoundTimestamp, 'iso'>): number {
  return Math.abs(stampSeconds(a) - stampSeconds(b)) / 86_400;
}

/** A wall-clock `Date` read in the machine's zone (how exifr returns EXIF times) as a stamp. */
export function stampFromWallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): FoundTimestamp | null {
  if (!isValidDate(year, month, day) || !isValidTime(hour, minute, second)) return null;
  const date = formatYmd({ year, month, day });
  const iso = `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${PLATFORM_OFFSET}`;
  return { iso, date, hasTime: true, raw: iso, index: 0 };
}

/** Human form for messages: `2026-10-12 14:32:05` or `2026-10-12`. */
export function displayStamp(stamp: Pick<FoundTimestamp, 'iso'>): string {
  return stamp.iso.length === 10 ? stamp.iso : stamp.iso.slice(0, 19).replace('T', ' ');
}

/**
 * A camera date imprint with a two-digit year ('26 10 05, 26.10.05, 261005) when it is the
 * WHOLE line: alone, six digits are too ambiguous anywhere else (order numbers, amounts).
 * The year is read as 20YY; only real dates count.
 */
export function shortYearStamp(text: string): FoundTimestamp | null {
  const norm = normalizeForDates(text).trim();
  const m = /^['`’‘´]?\s*(\d{2})\s*[\s./-]?\s*(\d{2})\s*[\s./-]?\s*(\d{2})$/.exec(norm);
  if (!m) return null;
  const [year, month, day] = [2000 + Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return null;
  const date = formatYmd({ year, month, day });
  return { iso: date, date, hasTime: false, raw: text.trim(), index: text.indexOf(text.trim()) };
}
