import { t, type Params } from '../i18n';
import { threshold, type Rulebook } from '../rulebook';
import { citeGround, citePreCheck, type RuleCitation } from './citations';
import type { WindowCoverage } from './coverage';
import type { EligibilityInputs } from './inputs';
import type { JitRecency, WindowMetrics } from './metrics';
import { daysBetween } from './time';

/**
 * The platform's pre-check, one check per rulebook entry. A check whose data is missing is
 * "unknown": the app says no-go until the seller supplies it (guessing "go" would send an
 * application the platform then blocks).
 */
export type CheckStatus = 'pass' | 'fail' | 'unknown';
export type DataSource = 'export' | 'manual' | 'inputs' | 'case' | 'none';

export type EligibilityCheck = {
  id: string;
  status: CheckStatus;
  /** Where the figure came from: the order export, a hand-entered figure, the inputs form. */
  dataSource: DataSource;
  messageKey: string;
  message: string;
  params: Params;
  rule: RuleCitation;
};

export type CheckContext = {
  book: Rulebook;
  exitReason: string | undefined;
  inputs: EligibilityInputs;
  metrics: WindowMetrics | null;
  recency: JitRecency | null;
  /** Null without an export. */
  coverage: WindowCoverage | null;
  applicationDate: string;
};

/** `id` is the stable check id; `variant` picks the message (e.g. 'fulfilment-rate.none'). */
function check(
  variant: string,
  status: CheckStatus,
  dataSource: DataSource,
  rule: RuleCitation,
  params: Params = {},
): EligibilityCheck {
  const id = variant.startsWith('ground.') ? 'exit-ground' : (variant.split('.')[0] ?? variant);
  const messageKey = `eligibility.check.${variant}.${status}`;
  return { id, status, dataSource, messageKey, message: t(messageKey, params), params, rule };
}

function fulfilmentRate(c: CheckContext): EligibilityCheck {
  const min = threshold(c.book, 'fulfilmentRate30dMin');
  const rule = citePreCheck(c.book, 'fulfilment-rate', 'fulfilmentRate30dMin');
  const cov = c.coverage;
  const m = c.metrics;
  // A rate below the minimum is a fail on the orders seen; a pass needs the whole window in the export.
  if (m && m.fulfilmentRate30d !== null && (m.meetsFulfilmentRate === false || cov === null || cov.covered)) {
    const params = {
      rate: m.fulfilmentRate30d,
      min,
      onTime: m.onTime,
      late: m.late,
      from: m.windowStart,
      to: m.windowEnd,
    };
    return check('fulfilment-rate', m.meetsFulfilmentRate ? 'pass' : 'fail', 'export', rule, params);
  }
  if (m && cov && !cov.coversEnd) {
    // The orders of the window's last days are not in the export: the rate is not known yet.
    const variant = m.fulfilmentRate30d === null ? 'fulfilment-rate.uncovered.none' : 'fulfilment-rate.uncovered';
    return check(variant, 'unknown', 'export', rule, uncoveredParams(cov, { min, rate: m.fulfilmentRate30d ?? '-' }));
  }
  if (c.metrics && cov) {
    // No JIT order was due in the window (e.g. ground 1): nothing could be late, if the export reaches back that far.
    return check('fulfilment-rate.none', cov.coversStart ? 'pass' : 'unknown', 'export', rule, {
      min,
      from: c.metrics.windowStart,
      to: c.metrics.windowEnd,
      first: cov.exportFirstDate ?? '-',
    });
  }
  const manual = c.inputs.manualFulfilmentRate;
  if (manual !== undefined)
    return check('fulfilment-rate', manual >= min ? 'pass' : 'fail', 'manual', rule, {
      rate: manual,
      min,
      onTime: '-',
      late: '-',
      from: '-',
      to: '-',
    });
  return check('fulfilment-rate', 'unknown', 'none', rule, { min });
}

function uncoveredParams(cov: WindowCoverage, extra: Params = {}): Params {
  return {
    from: cov.windowStart,
    to: cov.windowEnd,
    last: cov.exportLastDate ?? '-',
    first: cov.exportFirstDate ?? '-',
    missing: cov.uncoveredDays,
    ...extra,
  };
}

function lateOrders(c: CheckContext): EligibilityCheck {
  const days = threshold(c.book, 'fulfilmentWindowDays');
  const rule = citePreCheck(c.book, 'no-late-jit-orders-30d', 'fulfilmentWindowDays');
  const cov = c.coverage;
  if (c.metrics && cov && c.metrics.late === 0 && !cov.coversStart) {
    return check('no-late-jit-orders-30d.short', 'unknown', 'export', rule, {
      days,
      from: c.metrics.windowStart,
      first: cov.exportFirstDate ?? '-',
    });
  }
  if (c.metrics && cov && c.metrics.late === 0 && !cov.coversEnd) {
    return check('no-late-jit-orders-30d.uncovered', 'unknown', 'export', rule, uncoveredParams(cov, { days }));
  }
  if (c.metrics) {
    const params = {
      count: c.metrics.late,
      days,
      cleanDate: c.metrics.earliestCleanDate ?? '-',
      from: c.metrics.windowStart,
      to: c.metrics.windowEnd,
    };
    return check('no-late-jit-orders-30d', c.metrics.late === 0 ? 'pass' : 'fail', 'export', rule, params);
  }
  const manual = c.inputs.manualLateJitOrders30d;
  if (manual !== undefined)
    return check('no-late-jit-orders-30d', manual === 0 ? 'pass' : 'fail', 'manual', rule, {
      count: manual,
      days,
      cleanDate: '-',
      from: '-',
      to: '-',
    });
  return check('no-late-jit-orders-30d', 'unknown', 'none', rule, { days });
}

function zeroCount(id: string, value: number | undefined, c: CheckContext): EligibilityCheck {
  const rule = citePreCheck(c.book, id);
  if (value === undefined) return check(id, 'unknown', 'none', rule);
  return check(id, value === 0 ? 'pass' : 'fail', 'inputs', rule, { count: value });
}

function stockCleared(c: CheckContext): EligibilityCheck {
  const rule = citePreCheck(c.book, 'stock-synced-cleared');
  const v = c.inputs.stockCleared;
  if (v === undefined) return check('stock-synced-cleared', 'unknown', 'none', rule);
  return check('stock-synced-cleared', v ? 'pass' : 'fail', 'inputs', rule);
}

/** The chosen exit ground and the evidence it needs (rulebook exitGrounds). */
function exitGround(c: CheckContext): EligibilityCheck {
  const ground = c.exitReason;
  if (ground === 'no-jit-orders-90d') return noJitOrdersGround(c);
  if (ground === 'category-removed') {
    const rule = citeGround(c.book, ground);
    const v = c.inputs.categoryRemovalNotice;
    return check(
      'ground.category-removed',
      v === undefined ? 'unknown' : v ? 'pass' : 'fail',
      v === undefined ? 'none' : 'inputs',
      rule,
    );
  }
  if (ground === 'force-majeure') {
    const need = threshold(c.book, 'forceMajeureConsecutiveFailures');
    const rule = citeGround(c.book, ground, 'forceMajeureConsecutiveFailures');
    const n = c.inputs.consecutiveFailures;
    if (n === undefined) return check('ground.force-majeure', 'unknown', 'none', rule, { need });
    return check('ground.force-majeure', n >= need ? 'pass' : 'fail', 'inputs', rule, { count: n, need });
  }
  const rule = citeGround(c.book, c.book.exitGrounds[0]?.id ?? 'no-jit-orders-90d');
  return check('ground.missing', 'unknown', 'case', rule);
}

function noJitOrdersGround(c: CheckContext): EligibilityCheck {
  const need = threshold(c.book, 'noJitOrdersDays');
  const rule = citeGround(c.book, 'no-jit-orders-90d', 'noJitOrdersDays');
  const r = c.recency;
  // Days since the last JIT order run up to the application date: the export must reach it.
  const reachesApplication = c.coverage === null || c.coverage.coversEnd;
  if (r && r.daysSinceLastJitOrder !== null) {
    const params = {
      days: r.daysSinceLastJitOrder,
      need,
      last: r.lastJitOrderDate ?? '-',
      until: c.coverage?.exportLastDate ?? '-',
    };
    if (r.daysSinceLastJitOrder >= need && !reachesApplication)
      return check('ground.no-jit-orders-90d.uncovered', 'unknown', 'export', rule, params);
    return check('ground.no-jit-orders-90d', r.daysSinceLastJitOrder >= need ? 'pass' : 'fail', 'export', rule, params);
  }
  if (r && r.exportCoveredDays !== null) {
    // No JIT order at all in the export: proof only if the export reaches back far enough.
    const params = {
      covered: r.exportCoveredDays,
      need,
      first: r.exportFirstDate ?? '-',
      until: c.coverage?.exportLastDate ?? '-',
    };
    if (r.exportCoveredDays >= need && !reachesApplication)
      return check('ground.no-jit-orders-90d.none.uncovered', 'unknown', 'export', rule, params);
    return check(
      'ground.no-jit-orders-90d.none',
      r.exportCoveredDays >= need ? 'pass' : 'unknown',
      'export',
      rule,
      params,
    );
  }
  const manual = c.inputs.manualLastJitOrderDate;
  if (manual !== undefined) {
    const days = daysBetween(manual, c.applicationDate);
    return check('ground.no-jit-orders-90d', days >= need ? 'pass' : 'fail', 'manual', rule, {
      days,
      need,
      last: manual,
    });
  }
  return check('ground.no-jit-orders-90d', 'unknown', 'none', rule, { need });
}

export function runChecks(c: CheckContext): EligibilityCheck[] {
  return [
    exitGround(c),
    fulfilmentRate(c),
    lateOrders(c),
    zeroCount('no-open-exception-tickets', c.inputs.openExceptionTickets, c),
    zeroCount('no-unreconciled-transfers', c.inputs.unreconciledTransfers, c),
    stockCleared(c),
  ];
}
