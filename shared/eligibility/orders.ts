/**
 * One order as read from the seller's export, and the two definitions every rule rests on.
 *
 * - **Cancelled** orders (status 已取消 / 交易关闭 / cancelled / closed) are left out of every
 *   fulfilment figure: the platform does not count an order nobody had to ship.
 * - An order is **on time** when its pickup/handover time (揽收/交接时间) is at or before its
 *   ship-by deadline (最晚发货时间/承诺揽收时间). Pickup, not "shipped" in the ERP, is what the
 *   platform records.
 * - An order is **late** when it was picked up after the deadline, or when it still has no
 *   pickup time although the deadline has passed at the moment of evaluation (`asOf`).
 * - An order is **pending** when it has no pickup yet and its deadline is still ahead: it is
 *   neither on time nor late, and counts in no rate yet.
 * - An order belongs to the day (China time) of its deadline: that is the day the platform
 *   judges it on, so a deadline of 23:30 +08:00 is that China day even though it is 15:30 UTC.
 */
export type Order = {
  id: string;
  jit: boolean;
  /** Epoch ms; null when the export has no order-time column or the cell is empty. */
  orderTime: number | null;
  /** Ship-by deadline, epoch ms; null when empty (the order cannot be judged). */
  deadline: number | null;
  /** Pickup or handover time, epoch ms; null while not picked up. */
  pickup: number | null;
  cancelled: boolean;
};

export type Outcome = 'cancelled' | 'on-time' | 'late' | 'pending' | 'unknown';

export function outcomeOf(order: Order, asOf: number): Outcome {
  if (order.cancelled) return 'cancelled';
  if (order.deadline === null) return 'unknown';
  if (order.pickup !== null) return order.pickup <= order.deadline ? 'on-time' : 'late';
  return order.deadline < asOf ? 'late' : 'pending';
}

/** The moment lateness is measured at: the pickup, or `asOf` for an order not yet picked up. */
export function lateMeasuredAt(order: Order, asOf: number): number {
  return order.pickup ?? asOf;
}

export const HOUR_MS = 3_600_000;

/** Hours late, to one decimal (for display: "deadline 10:00, picked up 13:30 → 3.5 h late"). */
export function hoursLate(order: Order, asOf: number): number {
  if (order.deadline === null) return 0;
  return Math.round(((lateMeasuredAt(order, asOf) - order.deadline) / HOUR_MS) * 10) / 10;
}
