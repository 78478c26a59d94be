import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describeIssues } from '../../../shared/case';
import { AppError } from '../../../shared/errors';
import {
  afterExitSchema,
  columnMappingSchema,
  eligibilityInputsSchema,
  type AfterExitInput,
  type ColumnMapping,
  type EligibilityInputs,
} from '../../../shared/eligibility/inputs';
import type { OrderSource } from '../../../shared/eligibility/api';
import type { CaseStore } from '../store';
import { writeFileAtomic } from '../util/fs-atomic';

/**
 * Per-case documents of this feature in the store's case_data table, validated on the way
 * in and out (a document written by an older version is repaired to defaults, not trusted).
 */
export const KEYS = {
  inputs: 'eligibility-inputs',
  mapping: 'orders-mapping',
  source: 'orders-source',
  afterExit: 'after-exit',
} as const;

export type ExportPurpose = 'precheck' | 'reentry';

export type { OrderSource } from '../../../shared/eligibility/api';

export function getInputs(store: CaseStore, caseId: string): EligibilityInputs {
  store.getCase(caseId);
  const parsed = eligibilityInputsSchema.safeParse(store.getCaseData(caseId, KEYS.inputs) ?? {});
  return parsed.success ? parsed.data : {};
}

export function saveInputs(store: CaseStore, caseId: string, inputs: unknown): EligibilityInputs {
  const parsed = eligibilityInputsSchema.safeParse(inputs);
  if (!parsed.success)
    throw new AppError('ELIGIBILITY_INPUTS_INVALID', 'eligibility.error.inputsInvalid', {
      detail: describeIssues(parsed.error),
    });
  store.setCaseData(caseId, KEYS.inputs, parsed.data);
  return parsed.data;
}

/** Column mappings are remembered per case and per export (a later re-entry export may differ). */
export function getMapping(
  store: CaseStore,
  caseId: string,
  purpose: ExportPurpose = 'precheck',
): Partial<ColumnMapping> | null {
  const parsed = columnMappingSchema.safeParse(store.getCaseData(caseId, purposeKey(KEYS.mapping, purpose)));
  return parsed.success ? parsed.data : null;
}

export function saveMapping(
  store: CaseStore,
  caseId: string,
  mapping: ColumnMapping,
  purpose: ExportPurpose = 'precheck',
): void {
  store.setCaseData(caseId, purposeKey(KEYS.mapping, purpose), mapping);
}

export function getAfterExitInput(store: CaseStore, caseId: string): AfterExitInput {
  store.getCase(caseId);
  const parsed = afterExitSchema.safeParse(store.getCaseData(caseId, KEYS.afterExit) ?? {});
  return parsed.success ? parsed.data : {};
}

export function saveAfterExitInput(store: CaseStore, caseId: string, input: unknown): AfterExitInput {
  const parsed = afterExitSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError('AFTER_EXIT_INVALID', 'eligibility.error.afterExitInvalid', {
      detail: describeIssues(parsed.error),
    });
  store.setCaseData(caseId, KEYS.afterExit, parsed.data);
  return parsed.data;
}

function purposeKey(key: string, purpose: ExportPurpose): string {
  return purpose === 'precheck' ? key : `${key}-${purpose}`;
}
const sourceKey = (purpose: ExportPurpose) => purposeKey(KEYS.source, purpose);

/** Keeps a private copy of the export (the user's file is never touched) and remembers it. */
export function saveOrderExport(
  store: CaseStore,
  caseId: string,
  purpose: ExportPurpose,
  name: string,
  bytes: Uint8Array,
  meta: { sheet: string | null; rowCount: number },
): OrderSource {
  const dir = join(store.dataDir, 'order-exports', caseId);
  mkdirSync(dir, { recursive: true });
  const ext = extname(name).toLowerCase() === '.xlsx' ? '.xlsx' : '.csv';
  const file = join(dir, `${purpose}${ext}`);
  writeFileAtomic(file, bytes, { overwrite: true });
  const source: OrderSource = {
    name,
    file,
    sheet: meta.sheet,
    importedAt: new Date().toISOString(),
    rowCount: meta.rowCount,
  };
  store.setCaseData(caseId, sourceKey(purpose), source);
  return source;
}

export function getOrderExport(
  store: CaseStore,
  caseId: string,
  purpose: ExportPurpose,
): { source: OrderSource; bytes: Uint8Array } | null {
  const source = store.getCaseData<OrderSource>(caseId, sourceKey(purpose));
  if (!source || !existsSync(source.file)) return null;
  return { source, bytes: readFileSync(source.file) };
}
