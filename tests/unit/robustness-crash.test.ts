import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures';
import { ROOT } from '../helpers/cli';
import { assertStoreConsistent } from '../helpers/store-consistency';
import { tempDir } from '../helpers/tmp';
import { zipEntryNames } from '../helpers/zip';

/**
 * Issue 9: SIGKILL during a check run and during an export (child processes running the
 * real service code), and two check runs of one case at once. The store must reopen
 * consistent; an export must be complete or absent, and its leftovers cleaned next time.
 */
const CHILD = join(ROOT, 'tests', 'helpers', 'robust-child.ts');
const SELLER = join(FIXTURES_DIR, 'bundle', 'seller');
/** A screenshot and the stock PDF: a real check run that is short on 2 busy cores. */
const CHECKED = ['Screenshot_1.png', 'stock-export.pdf'].map((n) => join(SELLER, n));
const EXPORTED = ['Screenshot_1.png', 'Screenshot_2.png', 'scan_0001.jpg', 'stock-export.pdf'].map((n) =>
  join(SELLER, n),
);

type ChildEnd = { pid: number; signal: NodeJS.Signals | null; code: number | null; rounds: number; stderr: string };

/** Runs the child; when `killAfterMs` is set, SIGKILLs it that long after it is ready. */
function runChild(args: string[], killAfterMs?: number): Promise<ChildEnd> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let rounds = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      const text = d.toString();
      rounds += (text.match(/^done /gm) ?? []).length;
      if (killAfterMs !== undefined && text.includes('ready')) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    const guard = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      resolve({ pid: child.pid ?? 0, signal, code, rounds, stderr });
    });
  });
}

describe('killed during a check run', () => {
  it('reopens a consistent case store, whatever the moment of the kill', async () => {
    const dataDir = join(tempDir(), 'data');
    let checkRuns = 0;
    for (const delay of [50, 1200, 3500]) {
      const end = await runChild(['check', dataDir, ...CHECKED], delay);
      expect(end.signal, end.stderr.slice(-500)).toBe('SIGKILL');
      const state = assertStoreConsistent(dataDir);
      expect(state.materials).toBe(CHECKED.length);
      // A run is recorded whole or not at all per row; rows never shrink across kills.
      expect(state.checkRuns).toBeGreaterThanOrEqual(checkRuns);
      checkRuns = state.checkRuns;
    }
  }, 120_000);
});

describe('two check runs of the same case at once', () => {
  it('both finish and the store records both runs completely', async () => {
    const dataDir = join(tempDir(), 'data');
    const first = await runChild(['check-once', dataDir, ...CHECKED]);
    expect(first.code, first.stderr.slice(-500)).toBe(0);
    const before = assertStoreConsistent(dataDir).checkRuns;
    expect(before).toBe(CHECKED.length + 1); // one per material and one for the whole case
    const [a, b] = await Promise.all([runChild(['check-once', dataDir]), runChild(['check-once', dataDir])]);
    for (const end of [a, b]) expect([end.code, end.rounds], end.stderr.slice(-500)).toEqual([0, 1]);
    const after = assertStoreConsistent(dataDir);
    expect(after.materials).toBe(CHECKED.length);
    expect(after.checkRuns).toBe(3 * before);
  }, 120_000);
});

describe('killed during an export', () => {
  it('leaves each zip complete or absent, and the next export removes the dead temp files', async () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    const files = EXPORTED.map((f) => {
      const copy = join(inputs, f.split('/').pop()!);
      copyFileSync(f, copy);
      return copy;
    });
    const out = join(dir, 'out');
    mkdirSync(out);
    for (const delay of [400, 900, 1700, 2600]) {
      const end = await runChild(['export', out, ...files], delay);
      expect(end.signal, end.stderr.slice(-500)).toBe('SIGKILL');
    }
    const zips = readdirSync(out).filter((n) => n.endsWith('.zip'));
    for (const zip of zips) {
      // Complete: a valid zip whose every entry reads back with its CRC.
      expect((await zipEntryNames(join(out, zip))).length).toBe(EXPORTED.length);
    }
    const tmpFiles = () => readdirSync(out).filter((n) => n.endsWith('.tmp'));
    // Whether a kill landed mid-write depends on timing: plant one dead writer's leftover for
    // sure, and one of a live writer (this test's process) that must be left alone.
    const dead = (await runChild(['no-such-mode-exits-at-once', dir])).pid;
    writeFileSync(join(out, `.bundle-x.zip.${dead}-${'ab'.repeat(6)}.tmp`), 'half a zip');
    const live = `.bundle-y.zip.${process.pid}-${'cd'.repeat(6)}.tmp`;
    writeFileSync(join(out, live), 'being written');
    // The next export, run to its end, removes what the killed ones left.
    const next = await runChild(['export-once', out, ...files]);
    expect(next.code, next.stderr.slice(-500)).toBe(0);
    expect(tmpFiles()).toEqual([live]);
    expect(readdirSync(out).filter((n) => n.endsWith('.zip'))).toHaveLength(zips.length + 1);
  }, 120_000);
});
