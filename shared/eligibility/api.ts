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
  /** Per header (same order), a few distinct values of the column, for the mapping step. */
  samples: string[][];
  /** Fields recognised from their column's values rather than its header (e.g. 订单类型 = JIT/普通). */
  inferredFromValues: OrderField[];
  /** Required fields not yet mapped; while non-empty, no order was read (`needsMapping`). */
  missing: OrderField[];
  needsMapping: boolean;
  rowCount: number;
  issues: ImportIssue[];
  issueCount: number;
  skippedRows: number;
  source: OrderSource | null;
};

export type CaseEvaluation = EligibilityResult & {
  inputs: EligibilityInputs;
  orders: ImportSummary | null;
  issues: ImportIssue[];
};

/** The export re-entry progress is read from: named with its dates, never reused silently. */
export type ReentrySource = {
  name: string;
  importedAt: string;
  firstDate: string | null;
  lastDate: string | null;
  rowCount: number;
};

export type AfterExitView = {
  input: AfterExitInput;
  plan: AfterExitPlan;
  reentryOrders: ImportSummary | null;
  /** The post-exit export progress is read from; null until one is imported (the pre-check export is not used). */
  reentrySource: ReentrySource | null;
  /** The pre-check export, named so the screen can say it is not the one used. */
  precheckSource: ReentrySource | null;
};

/** After-exit task 2: main images that still show a "JIT发货" label (found by OCR). */
export type LabelScanResult = {
  scanned: number;
  withLabel: {
    name: string;
    text: string;
    box: { x: number; y: number; width: number; height: number };
    confidence: number;
  }[];
  unreadable: { name: string; detail: string }[];
};
