import type { Handle } from '../../../shared/ipc';
import type { BundleExportResult } from '../../../shared/channels/bundle';
import type { MaterialKind } from '../../../shared/findings';
import type { ServiceContext } from '../context';
import { asMaterialCheck } from '../checks/material-check';
import { checkerInputs, freshStoredChecks, recordMaterialCheck } from '../checks/case-run';
import { startJob } from '../util/jobs';
import { todayIn } from '../../../shared/rulebook';
import { defaultBundleName, exportBundle, type BundleReviewInput } from '.';
import type { MaterialRecord } from '../store';

type ExportArgs = {
  caseId: string;
  outPath: string;
  allowErrors?: boolean;
  force?: boolean;
  today?: string;
  jobId?: string;
};

/**
 * The app's export step: the case's stored materials through the same service as the CLI.
 * Files whose stored result is still fresh (same bytes, same checker key) are not checked
 * again; the others are, and their results are stored for the cards and the next export.
 */
async function exportCase(ctx: ServiceContext, a: ExportArgs): Promise<BundleExportResult> {
  const materials = ctx.store.listMaterials(a.caseId);
  const byPath = new Map(materials.map((m) => [m.storedPath, m]));
  const kinds: Record<string, MaterialKind> = Object.fromEntries(
    materials.filter((m) => m.kind !== 'unknown').map((m) => [m.storedPath, m.kind]),
  );
  const names = Object.fromEntries(materials.map((m) => [m.storedPath, m.originalName]));
  const inputs = await checkerInputs(ctx, a.caseId, a.today);
  const { today, caseInfo } = inputs;
  const fresh = freshStoredChecks(ctx, a.caseId, materials, inputs);
  const stored = Object.fromEntries(
    materials.flatMap((m) => (fresh.has(m.id) ? [[m.storedPath, fresh.get(m.id)!]] : [])),
  );
  const job = startJob(a.jobId);
  try {
    const result = await exportBundle({
      files: [...byPath.keys()],
      caseInfo,
      kinds,
      names,
      out: a.outPath,
      force: a.force,
      allowErrors: a.allowErrors,
      reviews: reviewsOf(ctx, a.caseId, materials),
      today,
      orders: inputs.orders,
      stored,
      rulebook: ctx.rulebook,
      signal: job.signal,
      onChecked: (checks) =>
        checks.forEach(
          (c) => byPath.has(c.file) && recordMaterialCheck(ctx, byPath.get(c.file)!, c, materials, inputs),
        ),
      onCheckProgress: (p) =>
        ctx.emitProgress({
          jobId: job.jobId,
          stage: 'check',
          done: p.done,
          total: p.total,
          file: byPath.get(p.file)?.originalName,
        }),
      onStage: (stage) => ctx.emitProgress({ jobId: job.jobId, stage, done: 0, total: 1 }),
    });
    if (result.written)
      ctx.store.recordExport(a.caseId, result.out, result.sha256, result.status, Boolean(a.allowErrors));
    // Field by field (no spread): the compiler then holds this answer to the channel's type.
    return {
      out: result.out,
      written: result.written,
      status: result.status,
      entries: result.entries,
      findings: result.findings,
      report: result.report,
      ...(result.refused !== undefined ? { refused: result.refused } : {}),
      files: result.files.map((c) => asMaterialCheck(c, byPath)),
      rechecked: materials.filter((m) => !fresh.has(m.id)).map((m) => m.id),
    };
  } finally {
    job.done();
  }
}

/** The user's confirmations, by stored path (the bundle service's file names). */
function reviewsOf(ctx: ServiceContext, caseId: string, materials: MaterialRecord[]): BundleReviewInput[] {
  return ctx.store.listReviews(caseId).flatMap((r) => {
    const file = r.materialId === null ? null : materials.find((m) => m.id === r.materialId)?.storedPath;
    return file === undefined ? [] : [{ file, code: r.code, note: r.note, at: r.reviewedAt }];
  });
}

export function registerBundleIpc(handle: Handle, ctx: ServiceContext): void {
  handle('bundle:export', (a) => exportCase(ctx, a));
  handle('bundle:defaultName', (a) => ({
    name: defaultBundleName(ctx.store.getCase(a.caseId).companyName, a.today ?? todayIn(ctx.rulebook)),
  }));
}
