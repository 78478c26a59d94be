import type { Migration } from './types';

/**
 * Issue 16: a check run records what it was made from (the file's SHA-256 and the checker
 * key: checker version, rulebook, kind, case identity, day, order export), so an export
 * reuses a result that is still fresh instead of checking the file again. Older runs have
 * neither and are simply checked again once.
 */
export const migration004: Migration = {
  version: 4,
  name: 'check-provenance',
  up: `
    ALTER TABLE check_runs ADD COLUMN content_sha256 TEXT;
    ALTER TABLE check_runs ADD COLUMN checker_key TEXT;
  `,
};
