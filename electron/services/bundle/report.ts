import { basename } from 'node:path';
import type { CaseInput } from '../../../shared/case';
import type { FileCheck, FileStatus, Finding, MaterialKind } from '../../../shared/findings';
import { overallStatus } from '../checks/set-rules';
import type { Rulebook } from '../../../shared/rulebook';
import { APP_VERSION } from '../version';
import { ruleResults, type RuleResult } from './rules';
import { blocking, excludedFromZip } from '../../../shared/reviews';

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
  /** `utcOffsetHours`: the local time the report's times are printed in (the rulebook's). */
  rulebook: { version: string; effective: string; utcOffsetHours: number };
  today: string;
  case: { companyName: string; uscc: string; legalRepresentative: string; storeName?: string; storeId?: string };
  zip: { name: string; sha256: string; bytes: number } | null;
  status: FileStatus;
  allowErrors: boolean;
  /** Errors that remained and were exported anyway with --allow-errors. */
  overriddenErrors: { file: string | null; code: string; message: string }[];
  /** Findings the user confirmed ("用户已核对"), with when and the note: shown, not blocking. */
  reviewedFindings: { file: string | null; code: string; message: string; at: string; note?: string }[];
  setFindings: Finding[];
  files: ReportFile[];
};

export type ReportInput = {
  caseInfo: CaseInput;
  rulebook: Rulebook;
  today: string;
  allowErrors: boolean;
  setFindings: Finding[];
  files: {
    check: FileCheck;
    entry: string | null;
    sha256: string;
    entrySha256: string | null;
    entryBytes: number | null;
  }[];
  zip: BundleReport['zip'];
  names?: Record<string, string>;
};

/** Errors that still block: a finding the user confirmed no longer does. */
export function errorsOf(
  checks: readonly FileCheck[],
  setFindings: readonly Finding[],
): BundleReport['overriddenErrors'] {
  return [
    ...blocking(setFindings).map((f) => ({ file: null, code: f.code, message: f.message })),
    // A file left out of the zip (not the material, unreadable) blocks only through what it leaves missing.
    ...checks
      .filter((c) => !excludedFromZip(c))
      .flatMap((c) => blocking(c.findings).map((f) => ({ file: c.file, code: f.code, message: f.message }))),
  ];
}

function reviewedOf(
  checks: readonly FileCheck[],
  setFindings: readonly Finding[],
  names?: Record<string, string>,
): BundleReport['reviewedFindings'] {
  const one = (file: string | null) => (f: Finding) =>
    f.reviewed
      ? [
          {
            file,
            code: f.code,
            message: f.message,
            at: f.reviewed.at,
            ...(f.reviewed.note ? { note: f.reviewed.note } : {}),
          },
        ]
      : [];
  return [
    ...setFindings.flatMap(one(null)),
    ...checks.flatMap((c) => c.findings.flatMap(one(names?.[c.file] ?? basename(c.file)))),
  ];
}

export function buildReport(input: ReportInput): BundleReport {
  const checks = input.files.map((f) => f.check);
  const c = input.caseInfo;
  return {
    reportVersion: 1,
    generatedAt: new Date().toISOString(),
    appVersion: APP_VERSION,
    rulebook: {
      version: input.rulebook.version,
      effective: input.rulebook.effective,
      utcOffsetHours: input.rulebook.utcOffsetHours,
    },
    today: input.today,
    case: {
      companyName: c.companyName,
      uscc: c.uscc,
      legalRepresentative: c.legalRepresentative,
      storeName: c.storeName,
      storeId: c.storeId,
    },
    zip: input.zip,
    status: overallStatus(checks, input.setFindings),
    allowErrors: input.allowErrors,
    overriddenErrors: input.allowErrors ? errorsOf(checks, input.setFindings) : [],
    reviewedFindings: reviewedOf(checks, input.setFindings, input.names),
    setFindings: input.setFindings,
    // In zip order, files left out last, so the report reads like the zip's listing.
    files: [...input.files]
      .sort((a, b) => (a.entry ?? '\uffff').localeCompare(b.entry ?? '\uffff'))
      .map((f) => ({
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
