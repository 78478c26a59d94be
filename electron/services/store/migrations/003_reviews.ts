import type { Migration } from './types';

/**
 * Issue 16: a user can confirm a finding ("我已核对，无误") per material and code, with an
 * optional note and when; and a check run keeps its regions so overlays need no re-check.
 */
export const migration003: Migration = {
  version: 3,
  name: 'finding-reviews',
  up: `
    CREATE TABLE finding_reviews (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      material_id TEXT REFERENCES materials(id) ON DELETE CASCADE,
      code TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      reviewed_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX finding_reviews_one ON finding_reviews(case_id, IFNULL(material_id, ''), code);
    ALTER TABLE check_runs ADD COLUMN regions_json TEXT;
    ALTER TABLE check_runs ADD COLUMN image_size_json TEXT;
  `,
};
