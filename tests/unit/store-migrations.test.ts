import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, schemaVersion } from '../../electron/services/store/migrations';
import { openDatabase } from '../../electron/services/store/db';
import { tempDir } from '../helpers/tmp';

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );
const columns = (db: Database.Database, table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('001 creates cases, materials, check runs and exports', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['cases', 'materials', 'check_runs', 'exports']));
    expect(columns(db, 'materials')).toEqual(
      expect.arrayContaining(['kind', 'original_name', 'sha256', 'stored_path', 'added_at']),
    );
  });

  it('002 adds case_data and archived_at, keeping existing cases', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.prepare(
      "INSERT INTO cases (id, company_name, uscc, legal_representative, created_at, updated_at) VALUES ('abcdefgh', '甲公司', 'X', '张三', 't', 't')",
    ).run();
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(tables(db)).toContain('case_data');
    expect(columns(db, 'cases')).toContain('archived_at');
    expect(db.prepare('SELECT company_name FROM cases').get()).toEqual({ company_name: '甲公司' });
  });

  it('003 adds finding reviews (one per material and code) and stored regions, keeping check runs', () => {
    const db = new Database(':memory:');
    migrate(db, 2);
    db.prepare(
      "INSERT INTO cases (id, company_name, uscc, legal_representative, created_at, updated_at) VALUES ('abcdefgh', '甲公司', 'X', '张三', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO check_runs (id, case_id, material_id, rulebook_version, status, findings_json, created_at) VALUES ('r1', 'abcdefgh', NULL, 'v', 'pass', '[]', 't')",
    ).run();
    migrate(db, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(columns(db, 'finding_reviews')).toEqual(['id', 'case_id', 'material_id', 'code', 'note', 'reviewed_at']);
    expect(columns(db, 'check_runs')).toEqual(expect.arrayContaining(['regions_json', 'image_size_json']));
    expect(db.prepare('SELECT regions_json FROM check_runs').get()).toEqual({ regions_json: null });
    const add = db.prepare(
      "INSERT INTO finding_reviews (id, case_id, material_id, code, reviewed_at) VALUES (?, 'abcdefgh', NULL, 'LOGISTICS_MONTH_UNCOVERED', 't')",
    );
    add.run('a');
    // A case-level review (material NULL) is unique too: IFNULL in the index.
    expect(() => add.run('b')).toThrow(/UNIQUE/);
  });

  it("004 adds each check run's file hash and checker key, keeping older runs (without them: checked again)", () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    db.prepare(
      "INSERT INTO cases (id, company_name, uscc, legal_representative, created_at, updated_at) VALUES ('abcdefgh', '甲公司', 'X', '张三', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO check_runs (id, case_id, material_id, rulebook_version, status, findings_json, created_at) VALUES ('r1', 'abcdefgh', NULL, 'v', 'pass', '[]', 't')",
    ).run();
    migrate(db);
    expect(schemaVersion(db)).toBe(4);
    expect(columns(db, 'check_runs')).toEqual(expect.arrayContaining(['content_sha256', 'checker_key']));
    expect(db.prepare('SELECT id, content_sha256, checker_key FROM check_runs').get()).toEqual({
      id: 'r1',
      content_sha256: null,
      checker_key: null,
    });
  });

  it('is idempotent when run again', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(migrate(db)).toBe(MIGRATIONS.length);
  });

  it('rolls a failing migration back whole', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.exec('CREATE TABLE case_data (x)'); // makes 002 fail half-way
    expect(() => migrate(db)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(columns(db, 'cases')).not.toContain('archived_at');
  });

  it('refuses a database from a newer app', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 999');
    expect(() => migrate(db)).toThrow(/newer/);
  });

  it('opens the store file in WAL mode with foreign keys on', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'data'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
