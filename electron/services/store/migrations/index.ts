import type Database from 'better-sqlite3';
import { migration001 } from './001_init';
import { migration002 } from './002_case_data';
import { migration003 } from './003_reviews';
import { migration004 } from './004_check_provenance';
import type { Migration } from './types';

/** In order; append only. Each has a test in tests/unit/store-migrations.test.ts. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration newer than the database, each atomically with its version. */
export function migrate(db: Database.Database, upTo: number = Number.POSITIVE_INFINITY): number {
  const current = schemaVersion(db);
  const newest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > newest) throw new Error(`database schema v${current} is newer than this app (v${newest})`);
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > upTo) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersion(db);
}
