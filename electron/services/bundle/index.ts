import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { CaseInput } from '../../../shared/case';
import type { FileCheck, FileStatus, Finding, FindingCode, MaterialKind } from '../../../shared/findings';
import { applyReviews, applyReviewsTo } from '../../../shared/reviews';
import { t } from '../../../shared/i18n';
import type { Rulebook } from '../../../shared/rulebook';
import { checkFiles, type CheckFilesOptions, type CheckFilesResult, type CheckProgress } from '../checks';
import { hashFile } from '../store/blobs';
import { commitAll, refuseExisting, tempSibling, type Staged } from './commit';
import { removeStaleTempFiles, writeNewFileDurably } from '../util/fs-atomic';
import { missingMaterials, overallStatus } from '../checks/set-rules';
import { plannedNames, prepareMaterials, type Prepared } from './prepare';
import { buildReport, errorsOf, type BundleReport } from './report';
import { renderReportPdf } from './report-pdf';
import { writeZip } from './zip';
import { planEntryNames, reportPaths } from './names';

export { defaultBundleName, planEntryNames, reportPaths } from './names';
export { expandInputs, OWN_OUTPUTS } from './inputs';
export { missingMaterials } from '../checks/set-rules';
export type { BundleReport } from './report';

export type BundleReviewInput = { file: string | null; code: FindingCode; note?: string; at: string };

export type BundleStage = 'check' | 'prepare' | 'zip' | 'report' | 'commit';

export type BundleOptions = {
  files: readonly string[];
  caseInfo: CaseInput;
  today: string;
  rulebook: Rulebook;
  out: string;
  force?: boolean;
  allowErrors?: boolean;
  /**
   * Findings the user confirmed ("我已核对，无误"; the CLI's --accept CODE:FILE): `file` is a
   * path of `files`, its display name or base name, or null for a whole-set finding.
   */
  reviews?: readonly BundleReviewInput[];
  /** Kinds the user chose per file (UI); the rest are detected from content. */
  kinds?: Record<string, MaterialKind>;
  /** Replaces checkers by kind (tests of the bundle mechanics, the bench). */
  checkers?: CheckFilesOptions['checkers'];
  detect?: CheckFilesOptions['detect'];
  /** Display names per file (the app's stored copies are named by hash). */
  names?: Record<string, string>;
  /** The case's order export, for the screenshots' order look-up (as `jitkit check --orders`). */
  orders?: CheckFilesOptions['orders'];
  /**
   * Results still fresh for some of `files` (same bytes, same checker key; the app's stored
   * runs): used as they are, not checked again.
   */
  stored?: Readonly<Record<string, FileCheck>>;
  /** The results of the files checked now, set findings included, before reviews and size warnings. */
  onChecked?: (files: FileCheck[]) => void;
  signal?: AbortSignal;
  onCheckProgress?: (p: CheckProgress) => void;
  /** Called as each stage starts (progress lines, the bench's stage timing). */
  onStage?: (stage: BundleStage) => void;
};

export type BundleResult = {
  /** The zip's path (docs/cli.md: always a string); see `written` for whether it was written. */
  out: string;
  /** False when the export was refused (errors remain without --allow-errors). */
  written: boolean;
  status: FileStatus;
  files: FileCheck[];
  entries: string[];
  /** Whole-set findings (missing materials, months without a screenshot). */
  findings: Finding[];
  report: { json: string; pdf: string } | null;
  /** SHA-256 of the zip written. */
  sha256: string | null;
  /** Why nothing was written (errors remain without --allow-errors). */
  refused?: string;
};

/**
 * Checks the materials and writes `<out>` (the upload zip) with its report beside it, all
 * three atomically: temp files, fsync, then claimed together; a failure leaves nothing.
 */
export async function exportBundle(options: BundleOptions): Promise<BundleResult> {
  const out = resolve(options.out);
  const reports = reportPaths(out);
  refuseExisting([out, reports.json, reports.pdf], Boolean(options.force));
  options.onStage?.('check');
  const { files: checks, setFindings: logisticsSet } = await checkOrReuse(options);
  const reviewed = withReviews(checks, [...missingMaterials(checks, options.rulebook), ...logisticsSet], options);
  checks.splice(0, checks.length, ...reviewed.checks);
  const setFindings = reviewed.setFindings;
  const errors = errorsOf(checks, setFindings);
  if (errors.length > 0 && !options.allowErrors) {
    const refused = t('bundle.error.refused', { count: errors.length });
    const entries = await plannedNames(checks, options.caseInfo.companyName);
    return {
      out,
      written: false,
      status: 'fail',
      files: checks,
      entries,
      findings: setFindings,
      report: null,
      sha256: null,
      refused,
    };
  }
  return writeBundle(options, out, checks, setFindings);
}

/**
 * Checks the files without a fresh stored result; the stored ones stand as they are and take
 * part in the set rules (months covered, duplicates), which only add findings to fresh files.
 * Results come back in the order of `options.files`.
 */
async function checkOrReuse(options: BundleOptions): Promise<CheckFilesResult> {
  const reuse = options.stored ?? {};
  const toCheck = options.files.filter((f) => !reuse[f]);
  // Copies: the export adds its own warnings (size) to a check; the caller's stay as they were.
  const kept = new Map(options.files.filter((f) => reuse[f]).map((f) => [f, structuredClone(reuse[f]!)]));
  const result = await checkFiles(toCheck, {
    kinds: options.kinds,
    caseInfo: options.caseInfo,
    orders: options.orders,
    today: options.today,
    rulebook: options.rulebook,
    signal: options.signal,
    onProgress: options.onCheckProgress,
    checkers: options.checkers,
    detect: options.detect,
    setContext: [...kept.values()],
  });
  if (result.files.length > 0) options.onChecked?.(structuredClone(result.files));
  const fresh = new Map(result.files.map((c) => [c.file, c]));
  return { files: options.files.map((f) => fresh.get(f) ?? kept.get(f)!), setFindings: result.setFindings };
}

/** Marks the confirmed findings of each file and of the set; they stay listed but stop blocking. */
function withReviews(
  checks: FileCheck[],
  setFindings: Finding[],
  options: BundleOptions,
): { checks: FileCheck[]; setFindings: Finding[] } {
  const reviews = options.reviews ?? [];
  if (reviews.length === 0) return { checks, setFindings };
  const as = (r: BundleReviewInput) => ({ code: r.code, note: r.note ?? '', reviewedAt: r.at });
  const names = (file: string) => [file, options.names?.[file], basename(file)];
  return {
    checks: checks.map((c) =>
      applyReviews(c, reviews.filter((r) => r.file !== null && names(c.file).includes(r.file)).map(as)),
    ),
    setFindings: applyReviewsTo(setFindings, reviews.filter((r) => r.file === null).map(as)),
  };
}

async function writeBundle(
  options: BundleOptions,
  out: string,
  checks: FileCheck[],
  setFindings: Finding[],
): Promise<BundleResult> {
  // Created only now: a refused export leaves no trace, not even an empty folder.
  mkdirSync(dirname(out), { recursive: true });
  const tmpDir = mkdtempSync(join(tmpdir(), 'jitkit-bundle-'));
  const reports = reportPaths(out);
  // An export killed mid-write (issue 9) left temp files here: the next export removes them.
  removeStaleTempFiles(dirname(out));
  const staged: Staged[] = [
    { tmp: tempSibling(out), target: out },
    { tmp: tempSibling(reports.json), target: reports.json },
    { tmp: tempSibling(reports.pdf), target: reports.pdf },
  ];
  try {
    options.onStage?.('prepare');
    const prepared = await prepareMaterials(checks, tmpDir, options.rulebook, options.signal);
    const planned = planEntryNames(
      prepared.filter((p): p is Prepared => p !== null),
      options.caseInfo.companyName,
    );
    options.onStage?.('zip');
    await writeZip(
      staged[0]!.tmp,
      planned.map((p) => ({ source: p.material.source, name: p.entry, compress: p.material.compress })),
      new Date(),
    );
    const zip = { name: basename(out), sha256: await hashFile(staged[0]!.tmp), bytes: statSync(staged[0]!.tmp).size };
    options.onStage?.('report');
    const report = await reportFor(options, checks, prepared, planned, setFindings, zip);
    writeNewFileDurably(staged[1]!.tmp, JSON.stringify(report, null, 2));
    writeNewFileDurably(staged[2]!.tmp, await renderReportPdf(report));
    options.onStage?.('commit');
    commitAll(staged, Boolean(options.force));
    return {
      out,
      written: true,
      status: report.status,
      files: checks,
      entries: planned.map((p) => p.entry),
      findings: setFindings,
      report: reports,
      sha256: zip.sha256,
    };
  } finally {
    for (const s of staged) rmSync(s.tmp, { force: true });
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

async function reportFor(
  options: BundleOptions,
  checks: FileCheck[],
  prepared: (Prepared | null)[],
  planned: { material: Prepared; entry: string }[],
  setFindings: Finding[],
  zip: BundleReport['zip'],
): Promise<BundleReport> {
  const entryOf = new Map(planned.map((p) => [p.material.check, p]));
  // Files left out of the zip are still listed with their hash, so the report names them exactly.
  const shas = await Promise.all(
    checks.map((c, i) => Promise.resolve(prepared[i]?.sha256 ?? hashFile(c.file).catch(() => ''))),
  );
  return buildReport({
    caseInfo: options.caseInfo,
    rulebook: options.rulebook,
    today: options.today,
    allowErrors: Boolean(options.allowErrors),
    setFindings,
    zip,
    names: options.names,
    files: checks.map((check, i) => {
      const p = entryOf.get(check);
      return {
        check,
        entry: p?.entry ?? null,
        sha256: shas[i] ?? '',
        entrySha256: p?.material.entrySha256 ?? null,
        entryBytes: p?.material.entryBytes ?? null,
      };
    }),
  });
}

export { overallStatus };
