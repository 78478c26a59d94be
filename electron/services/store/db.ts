import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import { migrate } from './migrations';

export const DB_FILE = 'jitkit.db';

/** Opens (creating if needed) the case database in WAL mode and brings its schema up to date. */
export function openDatabase(dataDir: string): Database.Database {
  ensureWritableDir(dataDir);
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  migrate(db);
  return db;
}

export function ensureWritableDir(dir: string): void {
  try {
    makeDirs(resolve(dir));
    accessSync(dir, constants.W_OK | constants.R_OK);
  } catch (e) {
    throw new AppError('DATA_DIR_UNWRITABLE', 'error.dataDirUnwritable', { dir, detail: (e as Error).message });
  }
}

/** mkdir -p without `recursive: true`, which never returns on some pseudo-filesystems (/proc). */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  let cur = dir;
  while (!existsSync(cur)) {
    missing.unshift(cur);
    const parent = dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  for (const d of missing) mkdirSync(d);
}
