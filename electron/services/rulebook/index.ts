import { readFileSync } from 'node:fs';
import { rulebookSchema, type Rulebook } from '../../../shared/rulebook';
import { describeIssues } from '../../../shared/case';
import { AppError } from '../../../shared/errors';
import { resourcePath } from '../paths';

let cached: Rulebook | null = null;

/** Parses and validates a rulebook document; throws AppError naming the bad entries. */
export function parseRulebook(text: string): Rulebook {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new AppError('RULEBOOK_INVALID', 'error.rulebookInvalid', { detail: (e as Error).message });
  }
  const parsed = rulebookSchema.safeParse(json);
  if (!parsed.success) throw new AppError('RULEBOOK_INVALID', 'error.rulebookInvalid', { detail: describeIssues(parsed.error) });
  return parsed.data;
}

/** The bundled rulebook, loaded and validated once per process. */
export function loadRulebook(): Rulebook {
  if (!cached) cached = parseRulebook(readFileSync(resourcePath('rulebook.json'), 'utf8'));
  return cached;
}
