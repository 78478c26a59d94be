import sharp from 'sharp';
import type { Handle } from '../../../shared/ipc';
import type { FindingCode } from '../../../shared/findings';
import type { MaterialPreview } from '../../../shared/channels/checks';
import { isDismissable, type FindingReview } from '../../../shared/reviews';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { loadImageFile } from '../files';
import { materialInfo } from './material-check';
import { cancelJob } from '../util/jobs';
import { latestRuns, runCaseChecks, staleMaterialIds } from './case-run';

/** Preview size: enough for a thumbnail grid and the review screen's side panel. */
const DEFAULT_PREVIEW = 480;

async function preview(path: string, maxSize: number, page = 1): Promise<MaterialPreview> {
  // Low dpi for PDFs: a thumbnail never needs more, and a big page renders quickly.
  // The viewer asks for a large preview: a PDF page then renders at print-like resolution.
  const image = await loadImageFile(path, { dpi: maxSize > 600 ? 150 : 72, page });
  const out = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(maxSize, maxSize, { fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  const pages = image.pageCount ?? 1;
  return {
    mime: 'image/jpeg',
    data: new Uint8Array(out.data),
    width: out.info.width,
    height: out.info.height,
    page: Math.min(page, pages),
    pages,
  };
}

/** Confirms a finding, unless it is one nobody may dismiss (judged on the stored finding itself). */
function review(
  ctx: ServiceContext,
  a: { caseId: string; materialId: string | null; code: FindingCode; note?: string },
): FindingReview {
  const run = ctx.store.latestCheckRuns(a.caseId).find((r) => r.materialId === a.materialId);
  const finding = run?.findings.find((f) => f.code === a.code) ?? { code: a.code };
  if (!isDismissable(finding)) throw new AppError('NOT_DISMISSABLE', 'error.notDismissable', { code: a.code });
  return ctx.store.reviewFinding(a.caseId, a.materialId, a.code, a.note?.trim() ?? '');
}

export function registerChecksIpc(handle: Handle, ctx: ServiceContext): void {
  handle('materials:add', async (a) =>
    materialInfo(await ctx.store.addMaterialBytes(a.caseId, a.name, a.data, a.kind)),
  );
  handle('materials:list', (a) => ctx.store.listMaterials(a.caseId).map(materialInfo));
  handle('materials:remove', (a) => {
    ctx.store.removeMaterial(a.id);
    return { removed: true as const };
  });
  handle('materials:setKind', (a) => materialInfo(ctx.store.setMaterialKind(a.id, a.kind)));
  handle('materials:preview', (a) =>
    preview(ctx.store.getMaterial(a.id).storedPath, a.maxSize ?? DEFAULT_PREVIEW, a.page),
  );
  handle('checks:run', (a) => runCaseChecks(ctx, a));
  handle('checks:cancel', (a) => ({ cancelled: cancelJob(a.jobId) }));
  handle('checks:latest', (a) => latestRuns(ctx, a.caseId));
  handle('checks:stale', async (a) => ({ materialIds: await staleMaterialIds(ctx, a.caseId, a.today) }));
  handle('findings:review', (a) => review(ctx, a));
  handle('findings:unreview', (a) => ({ undone: ctx.store.unreviewFinding(a.caseId, a.materialId, a.code) }));
  handle('findings:reviews', (a) => ctx.store.listReviews(a.caseId));
}
