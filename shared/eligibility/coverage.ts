import { threshold, type Rulebook } from '../rulebook';
import type { Order } from './orders';
import { addDays, DAY_MS, dateFromDayNumber, dayNumber, daysBetween } from './time';

/**
 * Whether the order export covers the 30-day window before the application date. A window
 * the export does not reach (a future application date, or an export made too early) can
 * hold late orders nobody has seen yet, so the pre-check must not call it clean.
 *
 * - The export **starts** on the China day of its earliest order (order time, else deadline).
 * - The export **ends** on the China day of its latest recorded event (an order placed or a
 *   parcel picked up): deadlines can lie in the future, so they do not show when it was made.
 * - It covers the window's end when that end is not after `today` and the export ends no
 *   more than `exportEndGraceDays` before it (a small seller may have a day without orders).
 * - Far fewer JIT orders in a covered window than in an average earlier 30 days (below
 *   `sparseWindowJitSharePercent`, when that average is at least
 *   `sparseWindowMinUsualJitOrders`) suggests a filtered or partial export: a warning only.
 */
export type WindowCoverage = {
  windowStart: string;
  windowEnd: string;
  exportFirstDate: string | null;
  exportLastDate: string | null;
  coversStart: boolean;
  coversEnd: boolean;
  /** Both ends covered: only then can "no late order" and the rate be trusted. */
  covered: boolean;
  /** The window runs past `today`: its last days have not happened yet. */
  windowInFuture: boolean;
  /** Window days after the export's end (0 when the end is covered). */
  uncoveredDays: number;
  graceDays: number;
  jitOrdersInWindow: number;
  /** JIT orders due in an average 30 days before the window; null without a full window of history. */
  usualJitOrdersPerWindow: number | null;
  sparse: boolean;
};

const dayOf = (ms: number, tz: number) => Math.floor((ms + tz * 3_600_000) / DAY_MS);

/** First and last China day of an export (see above); nulls for an export without times. */
export function exportDateRange(orders: readonly Order[], tz: number): { from: string | null; to: string | null } {
  const span = exportSpan(orders, tz);
  return {
    from: span.first === null ? null : dateFromDayNumber(span.first),
    to: span.last === null ? null : dateFromDayNumber(span.last),
  };
}

function exportSpan(orders: readonly Order[], tz: number): { first: number | null; last: number | null } {
  let first = Infinity;
  let last = -Infinity;
  let lastDeadline = -Infinity;
  for (const o of orders) {
    const start = o.orderTime ?? o.deadline;
    if (start !== null) first = Math.min(first, dayOf(start, tz));
    for (const t of [o.orderTime, o.pickup]) if (t !== null) last = Math.max(last, dayOf(t, tz));
    if (o.deadline !== null) lastDeadline = Math.max(lastDeadline, dayOf(o.deadline, tz));
  }
  // Neither order nor pickup times at all: the deadlines are the only clue left.
  if (last === -Infinity && lastDeadline !== -Infinity) last = lastDeadline;
  return { first: first === Infinity ? null : first, last: last === -Infinity ? null : last };
}

function jitDueCounts(orders: readonly Order[], tz: number, from: number, windowStart: number, windowEnd: number) {
  let before = 0;
  let inWindow = 0;
  for (const o of orders) {
    if (!o.jit || o.deadline === null) continue;
    const d = dayOf(o.deadline, tz);
    if (d >= windowStart && d <= windowEnd) inWindow++;
    else if (d >= from && d < windowStart) before++;
  }
  return { before, inWindow };
}

export function windowCoverage(
  orders: readonly Order[],
  book: Rulebook,
  applicationDate: string,
  today: string,
): WindowCoverage {
  const tz = book.utcOffsetHours;
  const days = threshold(book, 'fulfilmentWindowDays');
  const graceDays = threshold(book, 'exportEndGraceDays');
  const windowStart = addDays(applicationDate, -days);
  const windowEnd = addDays(applicationDate, -1);
  const span = exportSpan(orders, tz);
  const exportFirstDate = span.first === null ? null : dateFromDayNumber(span.first);
  const exportLastDate = span.last === null ? null : dateFromDayNumber(span.last);
  const windowInFuture = windowEnd > today;
  const coversStart = exportFirstDate !== null && exportFirstDate <= windowStart;
  const gap = exportLastDate === null ? days : Math.max(0, daysBetween(exportLastDate, windowEnd));
  const coversEnd = !windowInFuture && exportLastDate !== null && gap <= graceDays;
  const ws = dayNumber(windowStart) as number;
  const counts = jitDueCounts(orders, tz, span.first ?? ws, ws, dayNumber(windowEnd) as number);
  const historyDays = span.first === null ? 0 : ws - span.first;
  const usual = historyDays >= days ? Math.round((counts.before * days * 10) / historyDays) / 10 : null;
  const share = threshold(book, 'sparseWindowJitSharePercent');
  // Only a window that has passed and is in the export can be compared with the usual count.
  const comparable =
    coversStart && coversEnd && usual !== null && usual >= threshold(book, 'sparseWindowMinUsualJitOrders');
  const sparse = comparable && counts.inWindow * 100 < (usual ?? 0) * share;
  return {
    windowStart,
    windowEnd,
    exportFirstDate,
    exportLastDate,
    coversStart,
    coversEnd,
    covered: coversStart && coversEnd,
    windowInFuture,
    uncoveredDays: coversEnd ? 0 : Math.min(days, Math.max(1, gap, windowInFuture ? daysBetween(today, windowEnd) : 0)),
    graceDays,
    jitOrdersInWindow: counts.inWindow,
    usualJitOrdersPerWindow: usual,
    sparse,
  };
}
