import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../electron/services/store';
import { tempDir } from '../helpers/tmp';
import { ROOT } from '../helpers/cli';

const CHILD = join(ROOT, 'tests', 'helpers', 'crash-child.ts');

/** Starts the importing child and SIGKILLs it `afterMs` after it is ready. */
function runAndKill(dataDir: string, source: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, source], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited on its own: ${signal}`))));
  });
}

function assertConsistent(dataDir: string): number {
  const raw = new Database(join(dataDir, 'jitkit.db'));
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(raw.pragma('foreign_key_check')).toEqual([]);
  raw.close();
  const store = new CaseStore(dataDir); // reopening cleans up after the crash
  const materials = store.listCases().flatMap((c) => store.listMaterials(c.id));
  for (const m of materials) {
    expect(existsSync(m.storedPath)).toBe(true);
    expect(createHash('sha256').update(readFileSync(m.storedPath)).digest('hex')).toBe(m.sha256);
  }
  expect(readdirSync(join(dataDir, 'blobs', 'tmp'))).toEqual([]);
  const referenced = new Set(materials.map((m) => m.sha256));
  const blobs = readdirSync(join(dataDir, 'blobs')).filter((d) => d.length === 2).flatMap((d) => readdirSync(join(dataDir, 'blobs', d)));
  expect(blobs.filter((b) => !referenced.has(b))).toEqual([]);
  store.close();
  return materials.length;
}

describe('case store crash consistency', () => {
  it('stays consistent when the process is killed mid-import, again and again', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const rounds = [150, 400, 60, 900, 250];
    let seen = 0;
    for (const [i, delay] of rounds.entries()) {
      const source = join(dir, `big-${i}.bin`);
      // Distinct 8 MB files so copies and hashing take long enough to be interrupted.
      writeFileSync(source, Buffer.concat([randomBytes(64), Buffer.alloc(8 * 1024 * 1024, i)]));
      await runAndKill(dataDir, source, delay);
      seen = assertConsistent(dataDir);
    }
    expect(seen).toBeGreaterThan(0);
  }, 120_000);
});
