import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError, toErrorShape } from '../../../shared/errors';
import type { FileCheck, FileStatus, Finding } from '../../../shared/findings';
import { sanitizeFileName } from '../../../shared/file-names';
import type { Rulebook } from '../../../shared/rulebook';
import { mapBounded } from '../util/concurrency';
import { exportBundle, expandInputs, OWN_OUTPUTS, type BundleOptions, type BundleStage } from './index';
import { sellerCase } from './seller';

/**
 * Batch mode for service providers: every sub-folder of `dir` is one seller, bundled into
 * `<out>/<folder>.zip`. Sellers run a few at a time so the shared OCR pool always has work
 * queued; one seller's failure (no case, a broken file, an existing output) is recorded in
 * its row and never stops the others.
 */
export type SellerResult = {
  dir: string;
  status: FileStatus;
  out: string | null;
  files: FileCheck[];
  findings: Finding[];
  error?: { code: string; message: string };
};

export type BatchOptions = {
  dir: string;
  outDir?: string;
  today: string;
  rulebook: Rulebook;
  force?: boolean;
  allowErrors?: boolean;
  /** Sellers in flight at once (default 2: one checking while one zips). */
  concurrency?: number;
  onSeller?: (result: SellerResult, done: number, total: number) => void;
  onStage?: (dir: string, stage: BundleStage) => void;
  /** Checker/detection replacements (tests and the bench only). */
  overrides?: Pick<BundleOptions, 'checkers' | 'detect'>;
};

export function defaultBatchOut(dir: string): string {
  return `${resolve(dir)}_bundles`;
}

export function sellerDirs(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new AppError('NOT_A_DIR', 'bundle.error.notDir', { dir });
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_') && statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => join(dir, name));
}

async function runSeller(sellerDir: string, options: BatchOptions, outDir: string): Promise<SellerResult> {
  try {
    const files = await expandInputs([sellerDir], OWN_OUTPUTS);
    const caseInfo = await sellerCase(sellerDir, files);
    const out = join(outDir, `${sanitizeFileName(basename(sellerDir), 'seller')}.zip`);
    const result = await exportBundle({
      files,
      caseInfo,
      out,
      today: options.today,
      rulebook: options.rulebook,
      force: options.force,
      allowErrors: options.allowErrors,
      onStage: (stage) => options.onStage?.(sellerDir, stage),
      ...options.overrides,
    });
    return {
      dir: sellerDir,
      status: result.status,
      out: result.written ? result.out : null,
      files: result.files,
      findings: result.findings,
    };
  } catch (e) {
    const shape = toErrorShape(e);
    return {
      dir: sellerDir,
      status: 'fail',
      out: null,
      files: [],
      findings: [],
      error: { code: shape.code, message: shape.message },
    };
  }
}

export async function runBatch(options: BatchOptions): Promise<{ sellers: SellerResult[] }> {
  const dirs = sellerDirs(options.dir);
  const outDir = resolve(options.outDir ?? defaultBatchOut(options.dir));
  let done = 0;
  const sellers = await mapBounded(dirs, options.concurrency ?? 2, async (sellerDir) => {
    const result = await runSeller(sellerDir, options, outDir);
    done += 1;
    options.onSeller?.(result, done, dirs.length);
    return result;
  });
  return { sellers };
}
