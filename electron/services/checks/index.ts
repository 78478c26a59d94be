import type { CaseInput } from '../../../shared/case';
import { statusOf, type FileCheck, type Finding, type MaterialKind } from '../../../shared/findings';
import { makeFinding } from '../../../shared/findings';
import { AppError } from '../../../shared/errors';
import type { Rulebook } from '../../../shared/rulebook';
import { t } from '../../../shared/i18n';
import { detectKind } from './detect';
import { checkConcurrency } from './concurrency';
import { mapBounded } from '../util/concurrency';
import { checkerFor } from './registry';
import { checkLogisticsSet } from './logistics';
import { typeMismatch } from './evidence-common';
import type { CheckerMap } from './types';
import { isMainThread } from 'node:worker_threads';
import { sharedChecksWorker } from './worker-client';

export { detectKind, kindFromText, type Detection } from './detect';
export { checkConcurrency } from './concurrency';

export type CheckProgress = { done: number; total: number; file: string; stage: string; check?: FileCheck };

export type CheckFilesOptions = {
  /** Every file is this kind (the user said so); otherwise detected from content. */
  as?: Exclude<MaterialKind, 'unknown'>;
  /** Per-file kinds the user chose (UI); wins over detection, loses to `as`. */
  kinds?: Record<string, MaterialKind>;
  caseInfo?: CaseInput;
  /** The case's order export, for the logistics order look-up (LOGISTICS_ORDER_IS_JIT / _UNKNOWN). */
  orders?: readonly { id: string; jit: boolean }[];
  today: string;
  rulebook: Rulebook;
  signal?: AbortSignal;
  onProgress?: (p: CheckProgress) => void;
  concurrency?: number;
  /** Replaces checkers by kind (tests of the orchestration, the bench's stage timing). */
  checkers?: Partial<CheckerMap>;
  /**
   * Logistics checks of files not re-checked now (stored results with their regions): they
   * take part in the set findings (months covered, duplicates), which only land on new files.
   */
  setContext?: readonly FileCheck[];
  /** Replaces content detection (tests of the orchestration only). */
  detect?: typeof detectKind;
};

export type CheckFilesResult = { files: FileCheck[]; setFindings: Finding[] };

/**
 * Checks many files: kinds detected by content, checkers run concurrently (bounded), a
 * failing file becomes a FILE_UNREADABLE-style result and never stops the others; set-level
 * logistics findings (month coverage, duplicates) are appended to the files they concern.
 */
export async function checkFiles(files: readonly string[], options: CheckFilesOptions): Promise<CheckFilesResult> {
  let done = 0;
  const onWorker = usesWorker(options);
  const checks = await mapBounded(files, options.concurrency ?? checkConcurrency(), async (file) => {
    throwIfAborted(options.signal);
    const check = onWorker ? await checkOnWorker(file, options) : await checkOne(file, options);
    done += 1;
    options.onProgress?.({ done, total: files.length, file, stage: 'checked', check });
    return check;
  });
  const setFindings = await logisticsSetFindings(checks, options);
  return { files: checks, setFindings };
}

/**
 * Checks run on the checks worker thread (pixel analysis and pdfjs parsing never block the
 * main process), except with injected checkers or detection (functions cannot cross threads),
 * on the worker itself, or when JITKIT_CHECKS_WORKER=0 (the bench's in-process comparison).
 */
function usesWorker(options: CheckFilesOptions): boolean {
  return isMainThread && !options.checkers && !options.detect && process.env.JITKIT_CHECKS_WORKER !== '0';
}

function checkOnWorker(file: string, options: CheckFilesOptions): Promise<FileCheck> {
  const kind = options.as ?? options.kinds?.[file];
  const input = {
    file,
    caseInfo: options.caseInfo,
    orders: options.orders,
    today: options.today,
    rulebook: options.rulebook,
    ...(kind ? { kind } : {}),
  };
  return sharedChecksWorker().check(input, options.signal);
}

/** One file, on this thread: its kind (chosen or detected), then its kind's checker. */
export async function checkOne(file: string, options: CheckFilesOptions): Promise<FileCheck> {
  const chosen = options.as ?? options.kinds?.[file];
  let kind: MaterialKind = chosen ?? 'unknown';
  try {
    if (!chosen || chosen === 'unknown') {
      const detection = await (options.detect ?? detectKind)(file, { signal: options.signal });
      kind = detection.kind;
      if (kind === 'unknown') return { file, kind, status: statusOf(detection.findings), findings: detection.findings };
    }
    const checker = (kind !== 'unknown' ? options.checkers?.[kind] : undefined) ?? checkerFor(kind);
    if (!checker) {
      const findings = [
        makeFinding('KIND_UNKNOWN', { kind: t(`kind.${kind}`) }, { key: 'checks.notAvailable', severity: 'info' }),
      ];
      return { file, kind, status: 'pass', findings };
    }
    const result = await checker(file, {
      rulebook: options.rulebook,
      today: options.today,
      caseInfo: options.caseInfo,
      orders: options.orders,
      signal: options.signal,
    });
    // Detection (skipped when the kind is chosen) is what reports a lying extension; keep that warning.
    const findings =
      chosen && chosen !== 'unknown'
        ? [...(await forcedKindMismatch(file, result.findings)), ...result.findings]
        : result.findings;
    return { ...result, file, kind, status: statusOf(findings), findings };
  } catch (e) {
    if (options.signal?.aborted) throw new AppError('CANCELLED', 'error.cancelled');
    const detail = (e instanceof Error ? e.message : String(e)).slice(0, 200);
    const findings = [makeFinding('FILE_UNREADABLE', { detail, file }, { key: 'checks.failed' })];
    return { file, kind, status: 'fail', findings };
  }
}

/** FILE_TYPE_MISMATCH for a file checked as a chosen kind, unless its checker said so already. */
async function forcedKindMismatch(file: string, findings: readonly Finding[]): Promise<Finding[]> {
  if (findings.some((f) => f.code === 'FILE_TYPE_MISMATCH')) return [];
  return typeMismatch(file).catch(() => []);
}

/**
 * Set-level logistics findings: those about one file (a duplicate) go onto that file; the
 * rest (a month without a screenshot) are about the set and returned separately.
 */
async function logisticsSetFindings(checks: FileCheck[], options: CheckFilesOptions): Promise<Finding[]> {
  const fresh = checks.filter((c) => c.kind === 'logistics');
  const context = (options.setContext ?? []).filter(
    (c) => c.kind === 'logistics' && !fresh.some((f) => f.file === c.file),
  );
  if (fresh.length === 0 && context.length === 0) return [];
  const logistics = [...context, ...fresh];
  let findings: Finding[];
  try {
    const ctx = { today: options.today, rulebook: options.rulebook };
    findings = usesWorker(options)
      ? await sharedChecksWorker().logisticsSet(logistics, ctx)
      : await checkLogisticsSet(logistics, ctx);
  } catch {
    return []; // The per-file results stand; a set-level failure must not hide them.
  }
  const setLevel: Finding[] = [];
  for (const f of findings) {
    const about = typeof f.params?.file === 'string' ? logistics.find((c) => c.file === f.params?.file) : undefined;
    if (about && !fresh.includes(about)) continue; // about a stored file: its own run keeps what it had
    if (!about) {
      setLevel.push(f);
      continue;
    }
    about.findings.push(f);
    about.status = statusOf(about.findings);
  }
  return setLevel;
}

/** The check command's shape has files only: set findings ride on the last logistics file. */
export function attachSetFindings(result: CheckFilesResult): FileCheck[] {
  const target = [...result.files].reverse().find((c) => c.kind === 'logistics');
  if (!target || result.setFindings.length === 0) return result.files;
  return result.files.map((c) =>
    c === target
      ? {
          ...c,
          findings: [...c.findings, ...result.setFindings],
          status: statusOf([...c.findings, ...result.setFindings]),
        }
      : c,
  );
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AppError('CANCELLED', 'error.cancelled');
}
