/// <reference types="vite/client" />
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseInputSchema, describeIssues, type CaseInput } from '../../../shared/case';
import { AppError } from '../../../shared/errors';
import { detectKind } from '../checks';

/**
 * A batch seller's identity: its folder's case.json, else the business licence in the
 * folder read by OCR (the licence feature's readLicence, loaded lazily so this file
 * compiles before that feature lands).
 */
const LICENCE_MODULES = import.meta.glob<Record<string, unknown>>(['../licence/index.ts']);

type LicenceFields = { companyName?: string | null; uscc?: string | null; legalRepresentative?: string | null };
type ReadLicence = (file: string, options?: object) => Promise<{ fields?: LicenceFields } & LicenceFields>;

async function readLicenceFn(): Promise<ReadLicence | null> {
  const loader = LICENCE_MODULES['../licence/index.ts'];
  const mod = loader ? await loader() : null;
  return typeof mod?.readLicence === 'function' ? (mod.readLicence as ReadLicence) : null;
}

export function readCaseJson(file: string): CaseInput {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('CASE_JSON_INVALID', 'error.caseJsonParse', { file, detail: (e as Error).message });
  }
  const parsed = caseInputSchema.safeParse(json);
  if (!parsed.success) throw new AppError('CASE_JSON_INVALID', 'error.caseJsonInvalid', { file, detail: describeIssues(parsed.error) });
  return parsed.data;
}

export async function sellerCase(dir: string, files: readonly string[]): Promise<CaseInput> {
  const caseFile = join(dir, 'case.json');
  if (existsSync(caseFile)) return readCaseJson(caseFile);
  const readLicence = await readLicenceFn();
  if (!readLicence) throw new AppError('NO_CASE', 'bundle.error.noCase', { dir });
  for (const file of files) {
    if ((await detectKind(file)).kind !== 'licence') continue;
    const result = await readLicence(file);
    const fields = result.fields ?? result;
    const parsed = caseInputSchema.safeParse({ companyName: fields.companyName ?? '', uscc: fields.uscc ?? '', legalRepresentative: fields.legalRepresentative ?? '' });
    if (parsed.success) return parsed.data;
    throw new AppError('NO_CASE', 'bundle.error.licenceIncomplete', { dir });
  }
  throw new AppError('NO_CASE', 'bundle.error.noCase', { dir });
}
