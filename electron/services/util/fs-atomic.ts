import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync, existsSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A temporary name in the same folder, so the final rename is atomic. */
export function tempSibling(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes, fsyncs and renames into place: readers see the old file or the whole new one. */
export function writeFileAtomic(target: string, data: Uint8Array | string, options: { overwrite?: boolean } = {}): void {
  if (!options.overwrite && existsSync(target)) throw Object.assign(new Error(`exists: ${target}`), { code: 'EEXIST' });
  const tmp = tempSibling(target);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
    fsyncDir(dirname(target));
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
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
