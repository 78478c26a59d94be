import type { Migration } from './types';

/** Cases, their materials (content-addressed copies), check runs and exports. */
export const migration001: Migration = {
  version: 1,
  name: 'init',
  up: `
    CREATE TABLE cases (
      id TEXT PRIMARY KEY,
      company_name TEXT NOT NULL,
      uscc TEXT NOT NULL,
      legal_representative TEXT NOT NULL,
      store_name TEXT,
      store_id TEXT,
      exit_reason TEXT,
      sign_date TEXT,
      status TEXT NOT NULL DEFAULT 'draft',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE materials (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      original_name TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL,
      stored_path TEXT NOT NULL,
      added_at TEXT NOT NULL
    );
    CREATE INDEX materials_case ON materials(case_id);
    CREATE INDEX materials_sha ON materials(sha256);
    CREATE TABLE check_runs (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      material_id TEXT REFERENCES materials(id) ON DELETE CASCADE,
      rulebook_version TEXT NOT NULL,
      status TEXT NOT NULL,
      findings_json TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX check_runs_case ON check_runs(case_id, created_at);
    CREATE TABLE exports (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      path TEXT NOT NULL,
      sha256 TEXT,
      status TEXT NOT NULL,
      allow_errors INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    );
  `,
};
