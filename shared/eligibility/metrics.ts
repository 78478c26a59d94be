import { threshold, type Rulebook } from '../rulebook';
import { hoursLate, lateMeasuredAt, outcomeOf, type Order } from './orders';
import {
  addDays,
  DAY_MS,
  dateFromDayNumber,
  dayNumber,
  daysBetween,
  formatZoneDateTime,
  startOfZoneDay,
  zoneDate,
} from './time';

/**
 * Figures computed from an order export (definitions of late / on time in ./orders.ts).
 *
 * The window: the `fulfilmentWindowDays` (30) China days before the planned application
 * date D, i.e. D-30 … D-1; an order is in it when its deadline falls on one of those days.
 * A late order on D-30 still blocks D; one on D-31 no longer does.
 */
export type LateJitOrder = {
  id: string;
  /** ISO 8601 with the platform offset (+08:00). */
  deadline: string;
  /** Pickup time; for an order never picked up, the evaluation moment (see `pickedUp`). */
  actual: string;
  hoursLate: number;
  pickedUp: boolean;
  /** China day of the deadline (the day the platform counts it on). */
  deadlineDate: string;
  daysBeforeApplication: number;
};

export type WindowMetrics = {
  windowStart: string;
  windowEnd: string;
  jitOrders: number;
  onTime: number;
  late: number;
  pending: number;
  cancelled: number;
  undatable: number;
  /** Percent 0-100 rounded to 2 decimals; null when no JIT order was due in the window. */
  fulfilmentRate30d: number | null;
  /** Exact comparison (integers), so 94.99% never rounds up to a pass. */
  meetsFulfilmentRate: boolean | null;
  lateJitOrders: LateJitOrder[];
  earliestCleanDate: string | null;
};

export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;
}

/** part/whole ≥ minPercent, compared without floating-point rounding of the ratio. */
export function meetsPercent(part: number, whole: number, minPercent: number): boolean | null {
  return whole === 0 ? null : part * 100 >= minPercent * whole;
}

export function windowMetrics(
  orders: readonly Order[],
  book: Rulebook,
  applicationDate: string,
  asOf: number,
): WindowMetrics {
  const tz = book.utcOffsetHours;
  const days = threshold(book, 'fulfilmentWindowDays');
  const windowStart = addDays(applicationDate, -days);
  const from = startOfZoneDay(windowStart, tz);
  const to = startOfZoneDay(applicationDate, tz);
  const m: WindowMetrics = {
    windowStart,
    windowEnd: addDays(applicationDate, -1),
    jitOrders: 0,
    onTime: 0,
    late: 0,
    pending: 0,
    cancelled: 0,
    undatable: 0,
    fulfilmentRate30d: null,
    meetsFulfilmentRate: null,
    lateJitOrders: [],
    earliestCleanDate: null,
  };
  for (const o of orders) {
    if (!o.jit) continue;
    if (o.deadline === null) {
      if (!o.cancelled) m.undatable++;
      continue;
    }
    if (o.deadline < from || o.deadline >= to) continue;
    m.jitOrders++;
    const outcome = outcomeOf(o, asOf);
    if (outcome === 'on-time') m.onTime++;
    else if (outcome === 'pending') m.pending++;
    else if (outcome === 'cancelled') m.cancelled++;
    else if (outcome === 'late') {
      m.late++;
      m.lateJitOrders.push(lateEntry(o, asOf, tz, applicationDate));
    }
  }
  m.lateJitOrders.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));
  m.fulfilmentRate30d = percent(m.onTime, m.onTime + m.late);
  m.meetsFulfilmentRate = meetsPercent(m.onTime, m.onTime + m.late, threshold(book, 'fulfilmentRate30dMin'));
  const lastLate = m.lateJitOrders.at(-1);
  // The window slides forward a day at a time: clean once the newest late day is D-31.
  if (lastLate) m.earliestCleanDate = addDays(lastLate.deadlineDate, days + 1);
  return m;
}

function lateEntry(o: Order, asOf: number, tz: number, applicationDate: string): LateJitOrder {
  const deadline = o.deadline as number;
  const deadlineDate = zoneDate(deadline, tz);
  return {
    id: o.id,
    deadline: formatZoneDateTime(deadline, tz),
    actual: formatZoneDateTime(lateMeasuredAt(o, asOf), tz),
    hoursLate: hoursLate(o, asOf),
    pickedUp: o.pickup !== null,
    deadlineDate,
    daysBeforeApplication: daysBetween(deadlineDate, applicationDate),
  };
}

export type JitRecency = {
  /** China day of the newest JIT order on or before the application date (cancelled ones count: they were still JIT orders). */
  lastJitOrderDate: string | null;
  daysSinceLastJitOrder: number | null;
  /** First day the export covers, so "no JIT order at all" can be told from "export too short". */
  exportFirstDate: string | null;
  exportCoveredDays: number | null;
};

/** When an order happened, as a platform-zone day number: its order time, else its deadline. */
function orderDayNumber(o: Order, tz: number): number | null {
  const t = o.orderTime ?? o.deadline;
  return t === null ? null : Math.floor((t + tz * 3_600_000) / DAY_MS);
}

export function jitRecency(orders: readonly Order[], book: Rulebook, applicationDate: string): JitRecency {
  const tz = book.utcOffsetHours;
  // Day numbers, not date strings: this loop runs over every row of a 100,000-row export.
  const app = dayNumber(applicationDate) as number;
  let last = -Infinity;
  let first = Infinity;
  for (const o of orders) {
    const day = orderDayNumber(o, tz);
    if (day === null || day > app) continue;
    if (day < first) first = day;
    if (o.jit && day > last) last = day;
  }
  const lastDate = last === -Infinity ? null : dateFromDayNumber(last);
  const firstDate = first === Infinity ? null : dateFromDayNumber(first);
  return {
    lastJitOrderDate: lastDate,
    daysSinceLastJitOrder: lastDate === null ? null : app - last,
    exportFirstDate: firstDate,
    exportCoveredDays: firstDate === null ? null : app - first,
  };
}

export type NonJitProgress = {
  since: string;
  orders: number;
  onTime: number;
  late: number;
  pending: number;
  fulfilmentRate: number | null;
  required: number;
  requiredRate: number;
  ordersMet: boolean;
  rateMet: boolean;
};

/** Re-entry progress: non-JIT orders placed on or after the exit took effect, judged as above. */
export function nonJitProgress(orders: readonly Order[], book: Rulebook, since: string, asOf: number): NonJitProgress {
  const tz = book.utcOffsetHours;
  const p = { onTime: 0, late: 0, pending: 0 };
  const from = dayNumber(since) as number;
  for (const o of orders) {
    const day = orderDayNumber(o, tz);
    if (o.jit || day === null || day < from) continue;
    const outcome = outcomeOf(o, asOf);
    if (outcome === 'on-time') p.onTime++;
    else if (outcome === 'late') p.late++;
    else if (outcome === 'pending') p.pending++;
  }
  const required = book.reentry.minNonJitOrders;
  const requiredRate = book.reentry.minFulfilmentRatePercent;
  const resolved = p.onTime + p.late;
  return {
    since,
    orders: resolved,
    ...p,
    fulfilmentRate: percent(p.onTime, resolved),
    required,
    requiredRate,
    ordersMet: resolved >= required,
    rateMet: meetsPercent(p.onTime, resolved, requiredRate) === true,
  };
}
