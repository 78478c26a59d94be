import type { Migration } from './types';

/**
 * Per-case documents owned by features (order-column mapping, eligibility inputs, the
 * after-exit plan), stored as validated JSON so a feature can grow without a migration.
 */
export const migration002: Migration = {
  version: 2,
  name: 'case-data',
  up: `
    CREATE TABLE case_data (
      case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      json TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (case_id, key)
    );
    ALTER TABLE cases ADD COLUMN archived_at TEXT;
  `,
};
