import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { CaseStore } from '../../electron/services/store';

/**
 * Asserts a case store survived whatever happened to its writers: SQLite integrity and
 * foreign keys, every material's copy present with its hash, every stored check run's
 * findings readable, and (after reopening) no orphan blob or staging file.
 */
export function assertStoreConsistent(dataDir: string): { materials: number; checkRuns: number } {
  const raw = new Database(join(dataDir, 'jitkit.db'));
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(raw.pragma('foreign_key_check')).toEqual([]);
  const runs = raw.prepare('SELECT findings_json FROM check_runs').all() as { findings_json: string }[];
  for (const r of runs) expect(Array.isArray(JSON.parse(r.findings_json))).toBe(true);
  raw.close();
  const store = new CaseStore(dataDir); // reopening cleans up after a crash
  try {
    const materials = store.listCases().flatMap((c) => store.listMaterials(c.id));
    for (const m of materials) {
      expect(existsSync(m.storedPath)).toBe(true);
      expect(createHash('sha256').update(readFileSync(m.storedPath)).digest('hex')).toBe(m.sha256);
    }
    expect(readdirSync(join(dataDir, 'blobs', 'tmp'))).toEqual([]);
    const referenced = new Set(materials.map((m) => m.sha256));
    const blobs = readdirSync(join(dataDir, 'blobs'))
      .filter((d) => d.length === 2)
      .flatMap((d) => readdirSync(join(dataDir, 'blobs', d)));
    expect(blobs.filter((b) => !referenced.has(b))).toEqual([]);
    return { materials: materials.length, checkRuns: runs.length };
  } finally {
    store.close();
  }
}
