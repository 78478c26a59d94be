import { todayIn, type Rulebook } from '../../../shared/rulebook';
import type {
  AfterExitView,
  CaseEvaluation,
  ImportSummary,
  OrderSource,
  ReentrySource,
} from '../../../shared/eligibility/api';
import { exportDateRange } from '../../../shared/eligibility/coverage';
import { afterExitPlan } from '../../../shared/eligibility/after-exit';
import { evaluate, type EligibilityResult, type EvaluateArgs } from '../../../shared/eligibility/evaluate';
import type { ColumnMapping } from '../../../shared/eligibility/inputs';
import type { CaseStore } from '../store';
import {
  getAfterExitInput,
  getInputs,
  getMapping,
  getOrderExport,
  saveAfterExitInput,
  saveMapping,
  saveOrderExport,
  type ExportPurpose,
} from './case-data';
import { importOrderExport, type OrderImport } from './import';

export { getInputs, saveInputs } from './case-data';
export { importOrderExport, mappingRequiredError } from './import';
export { findJitLabel, listImages, scanJitLabels } from './label-scan';
export type { AfterExitView, CaseEvaluation, ImportSummary } from '../../../shared/eligibility/api';

/**
 * The eligibility service: the pure rules of shared/eligibility applied to a case's stored
 * inputs and order export. Used alike by IPC (./ipc.ts), the CLI and tests.
 */
export function evaluateEligibility(args: EvaluateArgs): EligibilityResult {
  return evaluate(args);
}

export function summarize(imp: OrderImport, source: OrderSource | null): ImportSummary {
  const { orders: _orders, ...rest } = imp;
  return { ...rest, source };
}

export type ImportArgs = {
  store: CaseStore;
  rulebook: Rulebook;
  caseId: string;
  name: string;
  data: Uint8Array;
  mapping?: Partial<ColumnMapping> | null;
  sheet?: string | null;
  purpose?: ExportPurpose;
};

/**
 * Imports an export for a case. The remembered mapping applies unless one is given; once
 * the mapping is complete it is remembered and the export kept for later evaluations.
 */
export async function importOrdersForCase(a: ImportArgs): Promise<ImportSummary> {
  a.store.getCase(a.caseId);
  const purpose = a.purpose ?? 'precheck';
  const remembered = getMapping(a.store, a.caseId, purpose);
  const imp = await importOrderExport(a.data, a.name, {
    mapping: a.mapping,
    remembered,
    sheet: a.sheet,
    offsetHours: a.rulebook.utcOffsetHours,
  });
  if (imp.needsMapping) return summarize(imp, null);
  saveMapping(a.store, a.caseId, imp.mapping, purpose);
  const source = saveOrderExport(a.store, a.caseId, purpose, a.name, a.data, {
    sheet: imp.sheet,
    rowCount: imp.rowCount,
  });
  return summarize(imp, source);
}

/** Re-reads the case's remembered export with its remembered mapping and sheet. */
export async function loadCaseOrders(
  store: CaseStore,
  rulebook: Rulebook,
  caseId: string,
  purpose: ExportPurpose = 'precheck',
): Promise<OrderImport | null> {
  const stored = getOrderExport(store, caseId, purpose);
  if (!stored) return null;
  return importOrderExport(stored.bytes, stored.source.name, {
    remembered: getMapping(store, caseId, purpose),
    sheet: stored.source.sheet,
    offsetHours: rulebook.utcOffsetHours,
  });
}

export async function evaluateCase(
  store: CaseStore,
  rulebook: Rulebook,
  caseId: string,
  today?: string,
): Promise<CaseEvaluation> {
  const c = store.getCase(caseId);
  const inputs = getInputs(store, caseId);
  const imp = await loadCaseOrders(store, rulebook, caseId);
  const usable = imp && !imp.needsMapping ? imp : null;
  const result = evaluateEligibility({
    rulebook,
    caseInfo: { exitReason: c.exitReason },
    inputs,
    orders: usable?.orders ?? null,
    today: today ?? todayIn(rulebook),
    skippedRows: usable?.skippedRows ?? 0,
  });
  const source = getOrderExport(store, caseId, 'precheck')?.source ?? null;
  return { ...result, inputs, orders: imp ? summarize(imp, source) : null, issues: usable?.issues ?? [] };
}

async function describeExport(
  store: CaseStore,
  rulebook: Rulebook,
  caseId: string,
  purpose: ExportPurpose,
): Promise<{ imp: OrderImport | null; source: ReentrySource | null }> {
  const imp = await loadCaseOrders(store, rulebook, caseId, purpose);
  const stored = getOrderExport(store, caseId, purpose)?.source;
  if (!imp || !stored) return { imp: null, source: null };
  const range = exportDateRange(imp.orders, rulebook.utcOffsetHours);
  return {
    imp,
    source: {
      name: stored.name,
      importedAt: stored.importedAt,
      firstDate: range.from,
      lastDate: range.to,
      rowCount: imp.rowCount,
    },
  };
}

/**
 * The after-exit plan. Re-entry progress reads only an export imported for re-entry: the
 * pre-check export predates the exit, so reusing it would show no progress as if it were real.
 */
export async function afterExitForCase(
  store: CaseStore,
  rulebook: Rulebook,
  caseId: string,
  today?: string,
  now: Date = new Date(),
): Promise<AfterExitView> {
  const input = getAfterExitInput(store, caseId);
  const reentry = await describeExport(store, rulebook, caseId, 'reentry');
  const precheck = await describeExport(store, rulebook, caseId, 'precheck');
  const usable = reentry.imp && !reentry.imp.needsMapping ? reentry.imp : null;
  const day = today ?? todayIn(rulebook, now);
  const plan = afterExitPlan(rulebook, input, usable?.orders ?? null, day, now.getTime());
  return {
    input,
    plan,
    reentryOrders: reentry.imp ? summarize(reentry.imp, null) : null,
    reentrySource: reentry.source,
    precheckSource: precheck.source,
  };
}

export async function saveAfterExit(
  store: CaseStore,
  rulebook: Rulebook,
  caseId: string,
  input: unknown,
  today?: string,
): Promise<AfterExitView> {
  saveAfterExitInput(store, caseId, input);
  return afterExitForCase(store, rulebook, caseId, today);
}
