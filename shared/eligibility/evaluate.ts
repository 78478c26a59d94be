import { t, type Params } from '../i18n';
import type { Rulebook } from '../rulebook';
import { runChecks, type EligibilityCheck } from './checks';
import { windowCoverage, type WindowCoverage } from './coverage';
import type { EligibilityInputs } from './inputs';
import { jitRecency, windowMetrics, type JitRecency, type LateJitOrder, type WindowMetrics } from './metrics';
import type { Order } from './orders';
import { riskWarnings, type RiskWarning } from './risks';
import { addDays, daysBetween, startOfZoneDay } from './time';

/** A non-risk warning (skipped rows, pending orders) in the same shape as risk warnings. */
export type NoteWarning = { id: string; messageKey: string; message: string; params: Params };

/**
 * The result of the pre-check. The first six fields are the CLI contract
 * (docs/cli.md); the rest is what the UI shows beside them.
 */
/** `unknown`: nothing fails, but some check lacks data (an uncovered window, a blank field). */
export type Verdict = 'eligible' | 'not-eligible' | 'unknown';

export type EligibilityResult = {
  /** True only when every check passed (false on any unknown: see `verdict`). */
  eligible: boolean;
  verdict: Verdict;
  reasons: EligibilityCheck[];
  warnings: (RiskWarning | NoteWarning)[];
  lateJitOrders: LateJitOrder[];
  fulfilmentRate30d: number | null;
  earliestCleanDate: string | null;
  daysSinceLastJitOrder: number | null;
  lastJitOrderDate: string | null;
  applicationDate: string;
  today: string;
  exitReason: string | null;
  checks: EligibilityCheck[];
  window: Omit<WindowMetrics, 'lateJitOrders' | 'fulfilmentRate30d' | 'earliestCleanDate'> | null;
  recency: JitRecency | null;
  /** Whether the order export covers the window (null without an export). */
  coverage: WindowCoverage | null;
  rulebookVersion: string;
};

export type EvaluateArgs = {
  rulebook: Rulebook;
  caseInfo: { exitReason?: string | null };
  inputs: EligibilityInputs;
  /** Parsed order export; omit when the seller enters the figures by hand. */
  orders?: readonly Order[] | null;
  /** China date the evaluation runs on. */
  today: string;
  /** Rows of the export that could not be read (they are left out of every figure). */
  skippedRows?: number;
};

function note(id: string, params: Params): NoteWarning {
  const messageKey = `eligibility.note.${id}`;
  return { id, messageKey, message: t(messageKey, params), params };
}

/** `window-not-covered` when the export misses days of the window; `window-few-jit-orders` when it looks filtered. */
function coverageNotes(cov: WindowCoverage | null): NoteWarning[] {
  if (!cov) return [];
  const out: NoteWarning[] = [];
  if (!cov.coversEnd) {
    const variant = cov.windowInFuture ? 'window-not-covered.future' : 'window-not-covered';
    out.push({
      ...note(variant, { last: cov.exportLastDate ?? '-', to: cov.windowEnd, missing: cov.uncoveredDays }),
      id: 'window-not-covered',
    });
  }
  if (cov.sparse)
    out.push(
      note('window-few-jit-orders', {
        count: cov.jitOrdersInWindow,
        usual: Math.round(cov.usualJitOrdersPerWindow ?? 0),
        from: cov.windowStart,
        to: cov.windowEnd,
      }),
    );
  return out;
}

export function evaluate(args: EvaluateArgs): EligibilityResult {
  const { rulebook: book, inputs, today } = args;
  const applicationDate = inputs.plannedApplicationDate ?? today;
  // Unpicked orders become late once their deadline passes; measure at the end of `today`
  // (China time) so a --today run is reproducible, whatever the wall clock says.
  const asOf = startOfZoneDay(addDays(today, 1), book.utcOffsetHours) - 1;
  const orders = args.orders ?? null;
  const metrics = orders ? windowMetrics(orders, book, applicationDate, asOf) : null;
  const recency = orders ? jitRecency(orders, book, applicationDate) : null;
  const coverage = orders ? windowCoverage(orders, book, applicationDate, today) : null;
  const checks = runChecks({
    book,
    exitReason: args.caseInfo.exitReason ?? undefined,
    inputs,
    metrics,
    recency,
    coverage,
    applicationDate,
  });
  const reasons = [...checks.filter((c) => c.status === 'fail'), ...checks.filter((c) => c.status === 'unknown')];
  const warnings: (RiskWarning | NoteWarning)[] = riskWarnings(book, inputs);
  if (args.skippedRows) warnings.push(note('skipped-rows', { count: args.skippedRows }));
  if (metrics && metrics.pending > 0) warnings.push(note('pending-orders', { count: metrics.pending }));
  if (metrics && metrics.undatable > 0) warnings.push(note('undatable-orders', { count: metrics.undatable }));
  warnings.push(...coverageNotes(coverage));
  const { lateJitOrders = [], fulfilmentRate30d = null, earliestCleanDate = null, ...window } = metrics ?? {};
  const failed = checks.some((c) => c.status === 'fail');
  return {
    eligible: reasons.length === 0,
    verdict: failed ? 'not-eligible' : reasons.length > 0 ? 'unknown' : 'eligible',
    reasons,
    warnings,
    lateJitOrders: metrics ? lateJitOrders : [],
    fulfilmentRate30d:
      metrics && fulfilmentRate30d !== null ? fulfilmentRate30d : (inputs.manualFulfilmentRate ?? null),
    earliestCleanDate,
    daysSinceLastJitOrder:
      recency?.daysSinceLastJitOrder ??
      (inputs.manualLastJitOrderDate ? daysBetween(inputs.manualLastJitOrderDate, applicationDate) : null),
    lastJitOrderDate: recency?.lastJitOrderDate ?? inputs.manualLastJitOrderDate ?? null,
    applicationDate,
    today,
    exitReason: args.caseInfo.exitReason ?? null,
    checks,
    window: metrics ? (window as EligibilityResult['window']) : null,
    recency,
    coverage,
    rulebookVersion: book.version,
  };
}
