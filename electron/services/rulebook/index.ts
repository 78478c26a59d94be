import { readFileSync } from 'node:fs';
import { rulebookParams, rulebookSchema, type Rulebook } from '../../../shared/rulebook';
import { setStandingParams } from '../../../shared/i18n';
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
  if (!parsed.success)
    throw new AppError('RULEBOOK_INVALID', 'error.rulebookInvalid', { detail: describeIssues(parsed.error) });
  return parsed.data;
}

/** The bundled rulebook, loaded and validated once per process; its numbers become message parameters. */
export function loadRulebook(): Rulebook {
  if (!cached) {
    cached = parseRulebook(readFileSync(resourcePath('rulebook.json'), 'utf8'));
    setStandingParams(rulebookParams(cached));
  }
  return cached;
}
