import { getLocale, hasMessage, t, type Params } from '../../../../shared/i18n';
import type { CaseEvaluation } from '../../../../shared/eligibility/api';
import type { RuleCitation } from '../../../../shared/eligibility/citations';

/**
 * What the 前置校验 result shows, derived from the evaluation: a neutral "to fill in" before
 * any data, "data missing" (never green) while a check is unknown, red only on a real fail.
 */
export type VerdictState = 'pristine' | 'unknown' | 'not-eligible' | 'eligible';

export function verdictState(r: CaseEvaluation): VerdictState {
  const verdict = r.verdict ?? (r.eligible ? 'eligible' : 'not-eligible');
  if (verdict !== 'unknown') return verdict;
  // Nothing entered yet: every check unknown for want of any data (no export, no figure, no ground).
  const untouched = r.checks.every(
    (c) => c.status === 'unknown' && (c.dataSource === 'none' || c.dataSource === 'case'),
  );
  return untouched && !r.orders ? 'pristine' : 'unknown';
}

/** English needs "1 condition" / "2 conditions": a `.one` key wins when count is 1. */
export function tCount(key: string, count: number, params: Params = {}): string {
  const one = `${key}.one`;
  return t(count === 1 && hasMessage(one) ? one : key, { count, ...params });
}

/** Messages carry their key and params so they follow the UI language. */
export function localise(m: { messageKey: string; message: string; params: Params }): string {
  return hasMessage(m.messageKey) ? t(m.messageKey, m.params) : m.message;
}

export function sourceLabel(rule: RuleCitation): string {
  return rule.sourceName?.[getLocale()] ?? rule.sourceTitle;
}

/** The late-order figure is only known with an export or a typed count. */
export function lateFigure(r: CaseEvaluation): string {
  // Zero late orders in part of the window is not "0": the uncovered days may hold some.
  if (r.window && r.lateJitOrders.length === 0 && r.coverage && !r.coverage.covered) return t('ui.elig.metric.unknown');
  if (r.window) return String(r.lateJitOrders.length);
  return r.inputs.manualLateJitOrders30d === undefined
    ? t('ui.elig.metric.unknown')
    : String(r.inputs.manualLateJitOrders30d);
}

/** The earliest clean date: a date, "already clean" on a covered clean window, else unknown. */
export function cleanFigure(r: CaseEvaluation): string {
  if (r.earliestCleanDate) return r.earliestCleanDate;
  return r.window && r.coverage?.covered ? t('ui.elig.metric.cleanNow') : t('ui.elig.metric.unknown');
}
