import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync, existsSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A temporary name in the same folder, so the final rename is atomic. It carries the
 * writer's pid, so a later run can tell a dead process's leftover from a live writer's file.
 */
export function tempSibling(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Removes the temporary files (tempSibling's names) in `dir` left by processes that died
 * mid-write (killed, power cut); files of live writers (another export running) stay.
 */
export function removeStaleTempFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = /^\..+\.(\d+)-[0-9a-f]{12}\.tmp$/.exec(name);
    if (!match || processAlive(Number(match[1]))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

/** Whether a process with this pid still runs (owners of staging and temp files). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes, fsyncs and renames into place: readers see the old file or the whole new one. */
export function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: { overwrite?: boolean } = {},
): void {
  if (!options.overwrite && existsSync(target)) throw Object.assign(new Error(`exists: ${target}`), { code: 'EEXIST' });
  const tmp = tempSibling(target);
  try {
    writeNewFileDurably(tmp, data);
    renameSync(tmp, target);
    fsyncDir(dirname(target));
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Creates `path` (never replacing a file) with `data` and fsyncs it before returning. */
export function writeNewFileDurably(path: string, data: Uint8Array | string): void {
  const fd = openSync(path, 'wx');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable; not supported on Windows, where it is skipped. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some filesystems refuse fsync on directories; the rename itself is still atomic.
  }
}
