import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { Handle } from '../../../shared/ipc';
import type { licenceReadArgs } from '../../../shared/channels/licence';
import type { LicenceReading } from '../../../shared/licence';
import type { ServiceContext } from '../context';
import { readLicence } from './read';
import { sanitizeName } from './upload-name';

type ReadArgs = z.output<typeof licenceReadArgs>;
let jobSeq = 0;

/** Reads bytes that came without a path: a private temp copy, removed afterwards. */
async function readUpload(
  name: string,
  data: Uint8Array,
  ctx: ServiceContext,
  onProgress: (f: number, stage: string) => void,
): Promise<LicenceReading> {
  mkdirSync(ctx.workDir, { recursive: true });
  const dir = mkdtempSync(join(ctx.workDir, 'licence-'));
  const file = join(dir, sanitizeName(name));
  try {
    writeFileSync(file, data);
    const reading = await readLicence(file, { onProgress });
    return { ...reading, file: name };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function read(args: ReadArgs, ctx: ServiceContext): Promise<LicenceReading> {
  const jobId = args.jobId ?? `licence-${++jobSeq}`;
  const label = 'materialId' in args ? args.materialId : args.name;
  const onProgress = (f: number, stage: string): void =>
    ctx.emitProgress({ jobId, stage: `licence:${stage}`, done: Math.round(f * 100), total: 100, file: label });
  if ('name' in args) return readUpload(args.name, args.data, ctx, onProgress);
  const material = ctx.store.getMaterial(args.materialId);
  if (material.caseId !== args.caseId)
    throw new AppError('MATERIAL_NOT_FOUND', 'licence.material.notFound', { id: args.materialId });
  const reading = { ...(await readLicence(material.storedPath, { onProgress })), file: material.originalName };
  // Kept with the case so the UI can show it again and the letter can be filled from it.
  ctx.store.setCaseData(args.caseId, 'licence', reading);
  if (material.kind === 'unknown') ctx.store.setMaterialKind(material.id, 'licence');
  return reading;
}

export function registerLicenceIpc(handle: Handle, ctx: ServiceContext): void {
  handle('licence:read', (args) => read(args, ctx));
  handle('licence:apply', (args) => {
    const patch = Object.fromEntries(Object.entries(args.fields).filter(([, v]) => v !== undefined && v !== ''));
    if (Object.keys(patch).length === 0) throw new AppError('NOTHING_TO_APPLY', 'licence.apply.nothing');
    return ctx.store.updateCase(args.caseId, patch);
  });
}
