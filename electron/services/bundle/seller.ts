import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { caseInputSchema, type CaseInput } from '../../../shared/case';
import { AppError } from '../../../shared/errors';
import { readCaseFile } from '../store/case-file';
import { detectKind } from '../checks';
import { readLicence } from '../licence';

/**
 * A batch seller's identity: its folder's case.json, else the business licence found in
 * the folder (by content) and read by OCR.
 */
/** A seller folder's case.json (the same reader as `--case F`). */
export const readCaseJson = readCaseFile;

export async function sellerCase(dir: string, files: readonly string[]): Promise<CaseInput> {
  const caseFile = join(dir, 'case.json');
  if (existsSync(caseFile)) return readCaseJson(caseFile);
  for (const file of files) {
    if ((await detectKind(file)).kind !== 'licence') continue;
    const { fields } = await readLicence(file);
    const parsed = caseInputSchema.safeParse({
      companyName: fields.companyName ?? '',
      uscc: fields.uscc ?? '',
      legalRepresentative: fields.legalRepresentative ?? '',
    });
    if (parsed.success) return parsed.data;
    throw new AppError('NO_CASE', 'bundle.error.licenceIncomplete', { dir });
  }
  throw new AppError('NO_CASE', 'bundle.error.noCase', { dir });
}
