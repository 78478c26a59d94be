import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { fsyncDir, tempSibling } from '../util/fs-atomic';

/**
 * Moves finished temporary files (already fsynced, in the target folder) into place as one
 * unit: the zip and its two reports appear together or not at all. Without `force` a hard
 * link claims each name, which fails if someone created the file meanwhile (no clobber).
 */
export type Staged = { tmp: string; target: string };

export function refuseExisting(targets: readonly string[], force: boolean): void {
  if (force) return;
  const existing = targets.find((t) => existsSync(t));
  if (existing) throw new AppError('OUTPUT_EXISTS', 'error.outputExists', { file: existing });
}

export function commitAll(staged: readonly Staged[], force: boolean): void {
  const placed: string[] = [];
  try {
    for (const s of staged) {
      if (force) renameSync(s.tmp, s.target);
      else {
        linkOrCopyClaim(s);
      }
      placed.push(s.target);
    }
  } catch (e) {
    // Roll back what this export placed, so a failure leaves no partial set behind.
    for (const p of placed) rmSync(p, { force: true });
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new AppError('OUTPUT_EXISTS', 'error.outputExists', { file: (e as { path?: string }).path ?? '' });
    throw e;
  } finally {
    for (const s of staged) rmSync(s.tmp, { force: true });
  }
  for (const dir of new Set(staged.map((s) => dirname(s.target)))) fsyncDir(dir);
}

function linkOrCopyClaim(s: Staged): void {
  try {
    linkSync(s.tmp, s.target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw Object.assign(e as Error, { path: s.target });
    // Filesystems without hard links (FAT, some network shares): check, then rename.
    if (existsSync(s.target)) throw Object.assign(new Error(`exists: ${s.target}`), { code: 'EEXIST', path: s.target });
    renameSync(s.tmp, s.target);
  }
}

export { tempSibling };
