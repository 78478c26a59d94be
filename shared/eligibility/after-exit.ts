import { threshold, type Rulebook } from '../rulebook';
import type { Localized, RuleCitation } from './citations';
import { citeReentry, citeThreshold } from './citations';
import type { AfterExitInput } from './inputs';
import { nonJitProgress, type NonJitProgress } from './metrics';
import type { Order } from './orders';
import { HOUR_MS } from './orders';
import { addDays, daysBetween, formatZoneDateTime, parseZoneDateTime } from './time';

/**
 * The after-exit planner: the rulebook's 48-hour tasks with due times, the re-entry cooling
 * period and progress, and the bonded-warehouse bill that runs until the move-out is done.
 */
export type PlannedTask = {
  id: string;
  text: Localized;
  source: string;
  hours: number;
  /** ISO with the platform offset; null until the approval time is entered. */
  due: string | null;
  done: boolean;
  doneAt: string | null;
  overdue: boolean;
};

export type AfterExitPlan = {
  approvalTime: string | null;
  approvalTimeValid: boolean;
  exitEffectiveDate: string | null;
  tasks: PlannedTask[];
  outcome: { cancellationDropPercent: number; enquiryDropPercent: number; source: string };
  reentry: {
    earliestDate: string | null;
    coolingDays: number;
    daysRemaining: number | null;
    progress: NonJitProgress | null;
    ready: boolean;
    rule: RuleCitation;
    bannedIf: Localized;
  };
  /** Until the switch completes, listing in the new strongly controlled JIT categories risks a freeze. */
  listingCaution: { categories: string[]; categoryCount: number; rule: RuleCitation };
  bonded: {
    boxes: number | null;
    yuanPerBoxDay: number;
    yuanPerBoxDayIsDefault: boolean;
    from: string | null;
    until: string | null;
    running: boolean;
    days: number;
    costYuan: number;
    rule: RuleCitation;
  };
};

function plannedTasks(book: Rulebook, input: AfterExitInput, approvalMs: number | null, now: number): PlannedTask[] {
  const tz = book.utcOffsetHours;
  return book.postExitTasks.map((task) => {
    const doneAt = input.tasksDone?.[task.id] ?? null;
    const dueMs = approvalMs === null ? null : approvalMs + task.hours * HOUR_MS;
    return {
      id: task.id,
      text: task.text,
      source: task.source,
      hours: task.hours,
      due: dueMs === null ? null : formatZoneDateTime(dueMs, tz),
      done: doneAt !== null,
      doneAt,
      overdue: doneAt === null && dueMs !== null && now > dueMs,
    };
  });
}

function reentryPlan(
  book: Rulebook,
  effective: string | undefined,
  orders: readonly Order[] | null,
  today: string,
  now: number,
): AfterExitPlan['reentry'] {
  const coolingDays = book.reentry.coolingDays;
  const earliestDate = effective ? addDays(effective, coolingDays) : null;
  const progress = effective && orders ? nonJitProgress(orders, book, effective, now) : null;
  const daysRemaining = earliestDate ? Math.max(0, daysBetween(today, earliestDate)) : null;
  const rule = citeReentry(book);
  const ready = daysRemaining === 0 && progress !== null && progress.ordersMet && progress.rateMet;
  return { earliestDate, coolingDays, daysRemaining, progress, ready, rule, bannedIf: book.reentry.bannedIf };
}

/**
 * Storage is charged per box per calendar day from the exit date up to and including the
 * move-out day (or today while it is not done): from = until gives one day.
 */
function bondedBill(book: Rulebook, input: AfterExitInput, today: string): AfterExitPlan['bonded'] {
  const rate = input.yuanPerBoxDay ?? threshold(book, 'bondedStorageYuanPerBoxDay');
  const from = input.exitEffectiveDate ?? null;
  const running = input.moveOutDoneDate === undefined;
  const until = from === null ? null : (input.moveOutDoneDate ?? today);
  const days = from !== null && until !== null ? Math.max(0, daysBetween(from, until) + 1) : 0;
  const boxes = input.boxes ?? null;
  const costYuan = Math.round((boxes ?? 0) * rate * days * 100) / 100;
  return {
    boxes,
    yuanPerBoxDay: rate,
    yuanPerBoxDayIsDefault: input.yuanPerBoxDay === undefined,
    from,
    until,
    running,
    days,
    costYuan,
    rule: citeThreshold(book, 'bondedStorageYuanPerBoxDay'),
  };
}

/** `now` is the evaluation instant (overdue tasks); `today` its China day. */
export function afterExitPlan(
  book: Rulebook,
  input: AfterExitInput,
  orders: readonly Order[] | null,
  today: string,
  now: number,
): AfterExitPlan {
  const approvalMs = input.approvalTime ? parseZoneDateTime(input.approvalTime, book.utcOffsetHours) : null;
  return {
    approvalTime: approvalMs === null ? null : formatZoneDateTime(approvalMs, book.utcOffsetHours),
    approvalTimeValid: input.approvalTime === undefined || approvalMs !== null,
    exitEffectiveDate: input.exitEffectiveDate ?? null,
    tasks: plannedTasks(book, input, approvalMs, now),
    outcome: book.postExitOutcome,
    reentry: reentryPlan(book, input.exitEffectiveDate, orders, today, now),
    listingCaution: {
      categories: book.risks.strongControlledNewCategories,
      categoryCount: book.risks.strongControlledNewCategoryCount,
      rule: citeThreshold(book, 'freezeHours'),
    },
    bonded: bondedBill(book, input, today),
  };
}
