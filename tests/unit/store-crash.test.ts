import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';
import { assertStoreConsistent } from '../helpers/store-consistency';
import { ROOT } from '../helpers/cli';

const CHILD = join(ROOT, 'tests', 'helpers', 'crash-child.ts');

/** Starts the importing child and SIGKILLs it `afterMs` after it is ready. */
function runAndKill(dataDir: string, source: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, source], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited on its own: ${signal}`)),
    );
  });
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
      seen = assertStoreConsistent(dataDir).materials;
    }
    expect(seen).toBeGreaterThan(0);
  }, 120_000);
});
