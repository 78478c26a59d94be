import { accessSync, constants, mkdirSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * onnxruntime (and some of its dependencies) write under ~/.cache; in sandboxes and
 * locked-down accounts HOME is not writable, so point it at a temp folder before loading.
 */
export function ensureWritableHome(): void {
  const home = process.env.HOME;
  try {
    if (home) {
      accessSync(home, constants.W_OK);
      return;
    }
  } catch {
    // fall through: redirect
  }
  const dir = join(tmpdir(), 'jitkit-home');
  mkdirSync(dir, { recursive: true });
  process.env.HOME = dir;
}

/** Threads one OCR engine may use: all cores but capped, overridable for benches. */
export function ocrThreads(): number {
  const fromEnv = Number(process.env.JITKIT_OCR_THREADS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(1, Math.min(4, cpus().length));
}
