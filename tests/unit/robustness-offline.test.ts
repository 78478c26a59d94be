import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures';
import { BIN, ROOT } from '../helpers/cli';
import { STACK_TRACE } from '../helpers/cli-async';
import { tempDir } from '../helpers/tmp';

/**
 * Issue 9: a whole `jitkit check` (licence OCR, screenshot OCR, inventory PDF) with the
 * network refused in-process (tests/helpers/no-network.mjs, loaded into the CLI and its
 * worker threads) and, where the kernel lets us, in a network namespace with no interfaces.
 */
const HOOK = join(ROOT, 'tests', 'helpers', 'no-network.mjs');
const FILES = [
  { file: join(FIXTURES_DIR, 'licences', 'licence-00.jpg'), kind: 'licence' },
  { file: join(FIXTURES_DIR, 'logistics', 'log-00-corner-phone.png'), kind: 'logistics' },
  { file: join(FIXTURES_DIR, 'inventory', 'inv-00-zero-single.pdf'), kind: 'inventory' },
];
const TODAY = '2026-11-25'; // the logistics and inventory fixtures' "today"

type Run = { code: number | null; signal: string | null; stdout: string; stderr: string };

function run(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, JITKIT_LANG: 'en', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 110_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

function attempts(log: string): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}

/** `unshare -n` needs root (or user namespaces) and Linux; skipped elsewhere. */
const canUnshare = process.platform === 'linux' && spawnSync('unshare', ['-n', 'true']).status === 0;

function assertCompleted(r: Run): void {
  expect(r.signal, r.stderr.slice(-800)).toBeNull();
  expect([0, 1], r.stderr.slice(-800)).toContain(r.code);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  const json = JSON.parse(r.stdout) as {
    files: { file: string; kind: string; status: string; findings: { code: string }[] }[];
  };
  // Real work happened: each file's kind was recognised from its content (OCR / PDF text).
  expect(json.files.map((f) => f.kind)).toEqual(FILES.map((f) => f.kind));
  expect(json.files.every((f) => ['pass', 'warn', 'fail'].includes(f.status))).toBe(true);
  expect(json.files.flatMap((f) => f.findings.map((x) => x.code))).not.toContain('FILE_UNREADABLE');
}

describe('a whole check with the network refused', () => {
  it('the refusing hook works (a fetch is recorded and refused)', async () => {
    const log = join(tempDir(), 'net.log');
    const r = await run(
      process.execPath,
      ['--import', HOOK, '-e', "fetch('http://example.com').catch((e) => console.log(e.message))"],
      { NO_NETWORK_LOG: log },
    );
    expect(r.stdout).toContain('network access blocked');
    expect(attempts(log)).toEqual(['fetch http://example.com']);
  });

  it('completes with real findings and never tries to reach the network', async () => {
    const dir = tempDir();
    const log = join(dir, 'net.log');
    const args = ['--import', HOOK, BIN, 'check', ...FILES.map((f) => f.file), '--today', TODAY, '--json'];
    const r = await run(process.execPath, args, { NO_NETWORK_LOG: log, JITKIT_DATA_DIR: join(dir, 'data') });
    assertCompleted(r);
    expect(attempts(log)).toEqual([]);
  }, 120_000);

  it.skipIf(!canUnshare)(
    'completes inside a network namespace with no interfaces (unshare -n)',
    async () => {
      const dir = tempDir();
      const log = join(dir, 'net.log');
      const args = [
        '-n',
        process.execPath,
        '--import',
        HOOK,
        BIN,
        'check',
        ...FILES.map((f) => f.file),
        '--today',
        TODAY,
        '--json',
      ];
      const r = await run('unshare', args, { NO_NETWORK_LOG: log, JITKIT_DATA_DIR: join(dir, 'data') });
      assertCompleted(r);
      expect(attempts(log)).toEqual([]);
    },
    120_000,
  );
});
