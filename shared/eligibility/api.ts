import type { AfterExitPlan } from './after-exit';
import type { EligibilityResult } from './evaluate';
import type { HeaderDetection } from './headers';
import type { AfterExitInput, ColumnMapping, EligibilityInputs, OrderField } from './inputs';
import type { ImportIssue } from './rows';

/** Result shapes of the eligibility service, shared by IPC (shared/channels/eligibility.ts), CLI and UI. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The order export remembered for a case: a private copy, re-read on every evaluation. */
export type OrderSource = { name: string; file: string; sheet: string | null; importedAt: string; rowCount: number };

/** What the column-mapping step and the import summary show (no orders: JSON-friendly). */
export type ImportSummary = {
  file: string;
  format: 'csv' | 'xlsx';
  encoding: TextEncoding | null;
  sheet: string | null;
  sheets: string[];
  /** Spreadsheet row number of the header row. */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  candidates: HeaderDetection['candidates'];
  /** Required fields not yet mapped; while non-empty, no order was read (`needsMapping`). */
  missing: OrderField[];
  needsMapping: boolean;
  rowCount: number;
  issues: ImportIssue[];
  issueCount: number;
  skippedRows: number;
  source: OrderSource | null;
};

export type CaseEvaluation = EligibilityResult & { inputs: EligibilityInputs; orders: ImportSummary | null; issues: ImportIssue[] };

export type AfterExitView = { input: AfterExitInput; plan: AfterExitPlan; reentryOrders: ImportSummary | null };

/** After-exit task 2: main images that still show a "JIT发货" label (found by OCR). */
export type LabelScanResult = {
  scanned: number;
  withLabel: { name: string; text: string; box: { x: number; y: number; width: number; height: number }; confidence: number }[];
  unreadable: { name: string; detail: string }[];
};
