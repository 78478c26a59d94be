import { basename } from 'node:path';
import type { CaseInput } from '../../../shared/case';
import type { FileCheck, FileStatus, Finding, MaterialKind } from '../../../shared/findings';
import { overallStatus } from '../checks/set-rules';
import type { Rulebook } from '../../../shared/rulebook';
import { APP_VERSION } from '../version';
import { ruleResults, type RuleResult } from './rules';

/**
 * The check report filed beside the zip (never inside it: it is for the seller or service
 * provider, not for upload). Everything the PDF prints comes from this one document.
 */
export type ReportFile = {
  file: string;
  originalName: string;
  kind: MaterialKind;
  /** Entry in the zip, or null when the file was left out (unknown kind, unusable). */
  entry: string | null;
  sha256: string;
  /** SHA-256 of the uploaded copy (differs from the original for normalised images). */
  entrySha256: string | null;
  entryBytes: number | null;
  status: FileStatus;
  rules: RuleResult[];
  findings: Finding[];
};

export type BundleReport = {
  reportVersion: 1;
  generatedAt: string;
  appVersion: string;
  rulebook: { version: string; effective: string };
  today: string;
  case: { companyName: string; uscc: string; legalRepresentative: string; storeName?: string; storeId?: string };
  zip: { name: string; sha256: string; bytes: number } | null;
  status: FileStatus;
  allowErrors: boolean;
  /** Errors that remained and were exported anyway with --allow-errors. */
  overriddenErrors: { file: string | null; code: string; message: string }[];
  setFindings: Finding[];
  files: ReportFile[];
};

export type ReportInput = {
  caseInfo: CaseInput;
  rulebook: Rulebook;
  today: string;
  allowErrors: boolean;
  setFindings: Finding[];
  files: { check: FileCheck; entry: string | null; sha256: string; entrySha256: string | null; entryBytes: number | null }[];
  zip: BundleReport['zip'];
  names?: Record<string, string>;
};

export function errorsOf(checks: readonly FileCheck[], setFindings: readonly Finding[]): BundleReport['overriddenErrors'] {
  return [
    ...setFindings.filter((f) => f.severity === 'error').map((f) => ({ file: null, code: f.code, message: f.message })),
    ...checks.flatMap((c) => c.findings.filter((f) => f.severity === 'error').map((f) => ({ file: c.file, code: f.code, message: f.message }))),
  ];
}

export function buildReport(input: ReportInput): BundleReport {
  const checks = input.files.map((f) => f.check);
  const c = input.caseInfo;
  return {
    reportVersion: 1,
    generatedAt: new Date().toISOString(),
    appVersion: APP_VERSION,
    rulebook: { version: input.rulebook.version, effective: input.rulebook.effective },
    today: input.today,
    case: { companyName: c.companyName, uscc: c.uscc, legalRepresentative: c.legalRepresentative, storeName: c.storeName, storeId: c.storeId },
    zip: input.zip,
    status: overallStatus(checks, input.setFindings),
    allowErrors: input.allowErrors,
    overriddenErrors: input.allowErrors ? errorsOf(checks, input.setFindings) : [],
    setFindings: input.setFindings,
    // In zip order, files left out last, so the report reads like the zip's listing.
    files: [...input.files].sort((a, b) => (a.entry ?? '\uffff').localeCompare(b.entry ?? '\uffff')).map((f) => ({
      file: f.check.file,
      originalName: input.names?.[f.check.file] ?? basename(f.check.file),
      kind: f.check.kind,
      entry: f.entry,
      sha256: f.sha256,
      entrySha256: f.entrySha256,
      entryBytes: f.entryBytes,
      status: f.check.status,
      rules: ruleResults(f.check),
      findings: f.check.findings,
    })),
  };
}
