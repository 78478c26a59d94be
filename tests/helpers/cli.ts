import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'jitkit.js');

export type CliRun = { code: number; stdout: string; stderr: string; json: () => unknown };

/** Runs the built `jitkit` exactly as a user would (npm test builds first). */
export function runCli(args: string[], env: Record<string, string> = {}, timeoutMs = 120_000): CliRun {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, JITKIT_LANG: 'zh-CN', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as unknown };
}
