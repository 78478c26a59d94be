import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseInputSchema, describeIssues, type CaseInput } from '../../../shared/case';
import { AppError } from '../../../shared/errors';
import { detectKind } from '../checks';
import { readLicence } from '../licence';

/**
 * A batch seller's identity: its folder's case.json, else the business licence found in
 * the folder (by content) and read by OCR.
 */
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
  for (const file of files) {
    if ((await detectKind(file)).kind !== 'licence') continue;
    const { fields } = await readLicence(file);
    const parsed = caseInputSchema.safeParse({ companyName: fields.companyName ?? '', uscc: fields.uscc ?? '', legalRepresentative: fields.legalRepresentative ?? '' });
    if (parsed.success) return parsed.data;
    throw new AppError('NO_CASE', 'bundle.error.licenceIncomplete', { dir });
  }
  throw new AppError('NO_CASE', 'bundle.error.noCase', { dir });
}
