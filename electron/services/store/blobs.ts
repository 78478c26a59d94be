import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  createReadStream,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { fsyncDir, processAlive } from '../util/fs-atomic';

/**
 * Content-addressed copies of the user's files: blobs/ab/abcdef…; originals are only read.
 * A copy is staged as tmp/<pid>-<rand>.tmp and renamed into place by the caller's
 * transaction, so a crash leaves either nothing or a tmp file that the next open removes.
 */
export class BlobStore {
  constructor(readonly root: string) {
    mkdirSync(join(root, 'tmp'), { recursive: true });
  }

  pathFor(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Copies a file into staging and hashes the staged copy (what is stored is what is hashed). */
  async stage(source: string): Promise<{ tmp: string; sha256: string; size: number }> {
    const tmp = join(this.root, 'tmp', `${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
    copyFileSync(source, tmp);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const sha256 = await hashFile(tmp);
    return { tmp, sha256, size: statSync(tmp).size };
  }

  /** Moves a staged copy into its content address (a no-op when the same bytes exist). */
  commit(tmp: string, sha256: string): string {
    const target = this.pathFor(sha256);
    if (existsSync(target)) {
      rmSync(tmp, { force: true });
      return target;
    }
    mkdirSync(join(this.root, sha256.slice(0, 2)), { recursive: true });
    renameSync(tmp, target);
    fsyncDir(join(this.root, sha256.slice(0, 2)));
    return target;
  }

  discard(tmp: string): void {
    rmSync(tmp, { force: true });
  }

  /** Removes staging files of dead processes and blobs no material references. */
  collectGarbage(isReferenced: (sha256: string) => boolean): { removed: string[] } {
    const removed: string[] = [];
    for (const name of safeList(join(this.root, 'tmp'))) {
      const pid = Number(name.split('-')[0]);
      if (!Number.isInteger(pid) || !processAlive(pid)) {
        rmSync(join(this.root, 'tmp', name), { force: true, recursive: true });
        removed.push(join('tmp', name));
      }
    }
    for (const prefix of safeList(this.root)) {
      if (prefix === 'tmp' || prefix.length !== 2) continue;
      for (const sha of safeList(join(this.root, prefix))) {
        if (isReferenced(sha)) continue;
        rmSync(join(this.root, prefix, sha), { force: true });
        removed.push(join(prefix, sha));
      }
    }
    return { removed };
  }
}

export function hashFile(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolvePromise(hash.digest('hex')));
  });
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
