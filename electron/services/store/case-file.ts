import { existsSync, readFileSync, statSync } from 'node:fs';
import { caseInputSchema, describeIssues, type CaseInput } from '../../../shared/case';
import { AppError } from '../../../shared/errors';

/** Reads a case file of docs/cli.md (UTF-8, BOM tolerated) and validates it. */
export function readCaseFile(file: string): CaseInput {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new AppError('FILE_NOT_FOUND', 'error.fileNotFound', { file });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('CASE_JSON_INVALID', 'error.caseJsonParse', { file, detail: (e as Error).message });
  }
  const parsed = caseInputSchema.safeParse(json);
  if (!parsed.success)
    throw new AppError('CASE_JSON_INVALID', 'error.caseJsonInvalid', { file, detail: describeIssues(parsed.error) });
  return parsed.data;
}
