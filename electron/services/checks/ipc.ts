import sharp from 'sharp';
import type { Handle } from '../../../shared/ipc';
import type { ChecksRunResult } from '../../../shared/channels/checks';
import { statusOf, type MaterialKind } from '../../../shared/findings';
import type { ServiceContext } from '../context';
import { loadImageFile } from '../files';
import { missingMaterials } from '../bundle/missing';
import { overallStatus } from '../bundle/report';
import { checkFiles } from '.';
import { asMaterialCheck, cancelJob, materialInfo, startJob, todayIn } from './jobs';
import { loadCaseOrders } from '../eligibility';

/** The case's stored order export (id and JIT flag), for the screenshots' order look-up; none when absent or unreadable. */
async function caseOrders(ctx: ServiceContext, caseId: string): Promise<{ id: string; jit: boolean }[] | undefined> {
  try {
    const imp = await loadCaseOrders(ctx.store, ctx.rulebook, caseId);
    return imp && !imp.needsMapping ? imp.orders.map((o) => ({ id: o.id, jit: o.jit })) : undefined;
  } catch {
    return undefined; // The eligibility screen reports a broken export; the checks run without the look-up.
  }
}

/** Preview size: enough for a thumbnail grid and the review screen's side panel. */
const DEFAULT_PREVIEW = 480;

async function preview(path: string, maxSize: number): Promise<{ mime: 'image/jpeg'; data: Uint8Array; width: number; height: number }> {
  // Low dpi for PDFs: a thumbnail never needs more, and a big page renders quickly.
  const image = await loadImageFile(path, { dpi: 72 });
  const out = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(maxSize, maxSize, { fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return { mime: 'image/jpeg', data: new Uint8Array(out.data), width: out.info.width, height: out.info.height };
}

async function runChecks(ctx: ServiceContext, a: { caseId: string; today?: string; materialIds?: string[]; jobId?: string }): Promise<ChecksRunResult> {
  const caseInfo = ctx.store.getCase(a.caseId);
  const all = ctx.store.listMaterials(a.caseId);
  const chosen = a.materialIds ? all.filter((m) => a.materialIds?.includes(m.id)) : all;
  const byPath = new Map(chosen.map((m) => [m.storedPath, m]));
  const kinds: Record<string, MaterialKind> = Object.fromEntries(chosen.filter((m) => m.kind !== 'unknown').map((m) => [m.storedPath, m.kind]));
  const job = startJob(a.jobId);
  try {
    const total = chosen.length;
    ctx.emitProgress({ jobId: job.jobId, stage: 'check', done: 0, total });
    const orders = await caseOrders(ctx, a.caseId);
    const { files, setFindings } = await checkFiles([...byPath.keys()], {
      kinds, caseInfo, orders, today: a.today ?? todayIn(ctx.rulebook.utcOffsetHours), rulebook: ctx.rulebook, signal: job.signal,
      onProgress: (p) => ctx.emitProgress({ jobId: job.jobId, stage: 'check', done: p.done, total, file: byPath.get(p.file)?.originalName }),
    });
    for (const check of files) {
      const m = byPath.get(check.file);
      if (!m) continue;
      // Remember what detection found, so the UI shows it and the next run skips detection.
      if (m.kind === 'unknown' && check.kind !== 'unknown') ctx.store.setMaterialKind(m.id, check.kind);
      ctx.store.recordCheckRun(a.caseId, m.id, ctx.rulebook.version, check.status, check.findings);
    }
    // Missing materials are judged on the whole case, whichever subset was re-checked.
    const kindsNow = ctx.store.listMaterials(a.caseId).map((m) => ({ file: m.storedPath, kind: m.kind, status: 'pass' as const, findings: [] }));
    const findings = [...missingMaterials(kindsNow, ctx.rulebook), ...setFindings];
    ctx.store.recordCheckRun(a.caseId, null, ctx.rulebook.version, statusOf(findings), findings);
    return { jobId: job.jobId, files: files.map((c) => asMaterialCheck(c, byPath)), findings, status: overallStatus(files, findings) };
  } finally {
    job.done();
  }
}

export function registerChecksIpc(handle: Handle, ctx: ServiceContext): void {
  handle('materials:add', async (a) => materialInfo(await ctx.store.addMaterialBytes(a.caseId, a.name, a.data, a.kind)));
  handle('materials:list', (a) => ctx.store.listMaterials(a.caseId).map(materialInfo));
  handle('materials:remove', (a) => {
    ctx.store.removeMaterial(a.id);
    return { removed: true as const };
  });
  handle('materials:setKind', (a) => materialInfo(ctx.store.setMaterialKind(a.id, a.kind)));
  handle('materials:preview', (a) => preview(ctx.store.getMaterial(a.id).storedPath, a.maxSize ?? DEFAULT_PREVIEW));
  handle('checks:run', (a) => runChecks(ctx, a));
  handle('checks:cancel', (a) => ({ cancelled: cancelJob(a.jobId) }));
  handle('checks:latest', (a) =>
    ctx.store.latestCheckRuns(a.caseId).map((r) => ({ id: r.id, materialId: r.materialId, rulebookVersion: r.rulebookVersion, status: r.status, findings: r.findings, createdAt: r.createdAt })));
}
