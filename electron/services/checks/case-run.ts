import type { ChecksRunResult, CheckRunInfo, MaterialCheck } from '../../../shared/channels/checks';
import { statusOf, type FileCheck, type MaterialKind } from '../../../shared/findings';
import { applyReviews, applyReviewsTo, type FindingReview } from '../../../shared/reviews';
import type { CaseRecord } from '../../../shared/case';
import type { ServiceContext } from '../context';
import type { MaterialRecord } from '../store';
import { todayIn } from '../../../shared/rulebook';
import { missingMaterials, overallStatus } from './set-rules';
import { checkFiles } from '.';
import { asMaterialCheck, namedFindings } from './material-check';
import { startJob } from '../util/jobs';
import { loadCaseOrders } from '../eligibility';
import { checkerKey, isFresh, type CheckerKeyInput } from './freshness';

/** The case's stored order export (id and JIT flag), for the screenshots' order look-up; none when absent or unreadable. */
export async function caseOrders(
  ctx: ServiceContext,
  caseId: string,
): Promise<{ id: string; jit: boolean }[] | undefined> {
  try {
    const imp = await loadCaseOrders(ctx.store, ctx.rulebook, caseId);
    return imp && !imp.needsMapping ? imp.orders.map((o) => ({ id: o.id, jit: o.jit })) : undefined;
  } catch {
    return undefined; // The eligibility screen reports a broken export; the checks run without the look-up.
  }
}

type RunArgs = { caseId: string; today?: string; materialIds?: string[]; jobId?: string };

/**
 * Checks some of a case's materials (the UI sends only new or replaced ones): each result is
 * stored the moment it is ready (with its regions) and announced by a progress event naming
 * the material, so cards fill in one by one. Set findings use the stored results of the rest.
 */
export async function runCaseChecks(ctx: ServiceContext, a: RunArgs): Promise<ChecksRunResult> {
  const caseInfo = ctx.store.getCase(a.caseId);
  const all = ctx.store.listMaterials(a.caseId);
  const chosen = a.materialIds ? all.filter((m) => a.materialIds?.includes(m.id)) : all;
  const byPath = new Map(all.map((m) => [m.storedPath, m]));
  const kinds: Record<string, MaterialKind> = Object.fromEntries(
    chosen.filter((m) => m.kind !== 'unknown').map((m) => [m.storedPath, m.kind]),
  );
  const job = startJob(a.jobId);
  const stored = new Map<string, number>();
  try {
    const total = chosen.length;
    ctx.emitProgress({ jobId: job.jobId, stage: 'check', done: 0, total });
    const keyOf = await checkerInputs(ctx, a.caseId, a.today);
    const { today, orders } = keyOf;
    const { files, setFindings } = await checkFiles(
      chosen.map((m) => m.storedPath),
      {
        kinds,
        caseInfo,
        orders,
        today,
        rulebook: ctx.rulebook,
        signal: job.signal,
        setContext: storedContext(ctx, a.caseId, all, chosen),
        onProgress: (p) => {
          const m = byPath.get(p.file);
          if (m && p.check) stored.set(m.id, recordMaterialCheck(ctx, m, p.check, all, keyOf));
          ctx.emitProgress({
            jobId: job.jobId,
            stage: 'check',
            done: p.done,
            total,
            file: m?.originalName,
            ...(m ? { materialId: m.id } : {}),
          });
        },
      },
    );
    // Set findings (a duplicate) may have joined a file after its own result was stored.
    for (const check of files) {
      const m = byPath.get(check.file);
      if (m && stored.get(m.id) !== check.findings.length) recordMaterialCheck(ctx, m, check, all, keyOf);
    }
    const kindsNow = ctx.store
      .listMaterials(a.caseId)
      .map((m) => ({ file: m.storedPath, kind: m.kind, status: 'pass' as const, findings: [] }));
    const caseFindings = namedFindings([...missingMaterials(kindsNow, ctx.rulebook), ...setFindings], all);
    ctx.store.recordCheckRun(a.caseId, null, ctx.rulebook.version, statusOf(caseFindings), caseFindings);
    const reviews = ctx.store.listReviews(a.caseId);
    const out: MaterialCheck[] = files.map((c) =>
      reviewed(asMaterialCheck({ ...c, findings: namedFindings(c.findings, all) }, byPath), reviews),
    );
    const findings = applyReviewsTo(
      caseFindings,
      reviews.filter((r) => r.materialId === null),
    );
    return { jobId: job.jobId, files: out, findings, status: overallStatus(out, findings) };
  } finally {
    job.done();
  }
}

/** What a stored result was checked against besides its bytes (its checker key). */
export type RecordInputs = Omit<CheckerKeyInput, 'kind' | 'rulebookVersion'>;

/**
 * What a check of this case would read now besides the file (the day, the case's names, its
 * order export): the one source of the checker key for runs, the export and staleness.
 */
export async function checkerInputs(
  ctx: ServiceContext,
  caseId: string,
  today?: string,
): Promise<RecordInputs & { today: string; caseInfo: CaseRecord }> {
  return {
    today: today ?? todayIn(ctx.rulebook),
    caseInfo: ctx.store.getCase(caseId),
    orders: await caseOrders(ctx, caseId),
  };
}

/**
 * The case's materials whose stored result no longer holds (none, other bytes, or another
 * checker key: another day, changed names, a new order export, a new rulebook or checks
 * version): what the Materials screen re-checks on opening, exactly what the export would.
 */
export async function staleMaterialIds(ctx: ServiceContext, caseId: string, today?: string): Promise<string[]> {
  const materials = ctx.store.listMaterials(caseId);
  const fresh = freshStoredChecks(ctx, caseId, materials, await checkerInputs(ctx, caseId, today));
  return materials.filter((m) => !fresh.has(m.id)).map((m) => m.id);
}

/** Stores one file's result (file names, never stored paths, in its messages) with its file hash and checker key. */
export function recordMaterialCheck(
  ctx: ServiceContext,
  m: MaterialRecord,
  check: FileCheck,
  all: MaterialRecord[],
  inputs: RecordInputs,
): number {
  // Remember what detection found, so the UI shows it and the next run skips detection.
  if (m.kind === 'unknown' && check.kind !== 'unknown') ctx.store.setMaterialKind(m.id, check.kind);
  const findings = namedFindings(check.findings, all);
  const checkerKeyNow = checkerKey({ ...inputs, kind: check.kind, rulebookVersion: ctx.rulebook.version });
  ctx.store.recordCheckRun(m.caseId, m.id, ctx.rulebook.version, statusOf(findings), findings, {
    regions: check.regions,
    imageSize: check.imageSize,
    contentSha256: m.sha256,
    checkerKey: checkerKeyNow,
  });
  return check.findings.length;
}

/**
 * The stored results that still hold for these materials (same bytes, same checker key), as
 * checks of their stored copies; a material missing here has to be checked again.
 */
export function freshStoredChecks(
  ctx: ServiceContext,
  caseId: string,
  materials: readonly MaterialRecord[],
  inputs: RecordInputs,
): Map<string, FileCheck> {
  const runs = new Map(ctx.store.latestCheckRuns(caseId).map((r) => [r.materialId, r]));
  const out = new Map<string, FileCheck>();
  for (const m of materials) {
    const r = runs.get(m.id);
    if (!r || !isFresh(r, m, checkerKey({ ...inputs, kind: m.kind, rulebookVersion: ctx.rulebook.version }))) continue;
    out.set(m.id, {
      file: m.storedPath,
      kind: m.kind,
      status: r.status,
      findings: r.findings,
      ...(r.regions ? { regions: r.regions } : {}),
      ...(r.imageSize ? { imageSize: r.imageSize } : {}),
    });
  }
  return out;
}

function storedContext(
  ctx: ServiceContext,
  caseId: string,
  all: MaterialRecord[],
  chosen: MaterialRecord[],
): FileCheck[] {
  const runs = ctx.store.latestCheckRuns(caseId);
  return all
    .filter((m) => !chosen.includes(m) && m.kind === 'logistics')
    .flatMap((m) => {
      const r = runs.find((x) => x.materialId === m.id);
      return r
        ? [
            {
              file: m.storedPath,
              kind: m.kind,
              status: r.status,
              findings: r.findings,
              regions: r.regions,
              imageSize: r.imageSize,
            },
          ]
        : [];
    });
}

function reviewed<C extends MaterialCheck | CheckRunInfo>(check: C, reviews: FindingReview[]): C {
  return applyReviews(
    check,
    reviews.filter((r) => r.materialId === check.materialId),
  );
}

/** The newest run of each material and of the case, with the user's confirmations applied. */
export function latestRuns(ctx: ServiceContext, caseId: string): CheckRunInfo[] {
  const reviews = ctx.store.listReviews(caseId);
  return ctx.store.latestCheckRuns(caseId).map((r) =>
    reviewed(
      {
        id: r.id,
        materialId: r.materialId,
        rulebookVersion: r.rulebookVersion,
        status: r.status,
        findings: r.findings,
        createdAt: r.createdAt,
        ...(r.regions ? { regions: r.regions } : {}),
        ...(r.imageSize ? { imageSize: r.imageSize } : {}),
      },
      reviews,
    ),
  );
}
