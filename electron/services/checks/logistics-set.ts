/**
 * Set-level rules for the logistics screenshots of one application: every month of the
 * window covered by a visible watermark, and no image submitted twice (same bytes, or the
 * same picture re-encoded or resized, by a 256-bit difference hash).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import sharp from 'sharp';
import { makeFinding } from '../../../shared/finding';
import type { FileCheck, Finding } from '../../../shared/findings';
import { threshold, type Rulebook } from '../../../shared/rulebook';
import { findTimestamps, uncoveredMonths } from '../../../shared/timestamps';

/** Hash grid (HASH_W+1)×HASH_H: 16×16 = 256 bits, finer than the usual 64 so same-app pages differ. */
const HASH_W = 16;
const HASH_H = 16;
/** Bits that may differ between a picture and its re-encoded or resized copy. */
export const NEAR_DUPLICATE_BITS = 20;

export type SetContext = { today: string; rulebook: Rulebook | unknown };

/** Difference hash: is each cell brighter than its right neighbour, on a small grey thumbnail. */
export async function differenceHash(file: string): Promise<Uint8Array | null> {
  try {
    const { data } = await sharp(file, { limitInputPixels: 100_000_000, failOn: 'none' })
      .rotate()
      .greyscale()
      .resize(HASH_W + 1, HASH_H, { fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const bits = new Uint8Array(HASH_W * HASH_H);
    for (let y = 0; y < HASH_H; y++) {
      for (let x = 0; x < HASH_W; x++) bits[y * HASH_W + x] = (data[y * (HASH_W + 1) + x] ?? 0) > (data[y * (HASH_W + 1) + x + 1] ?? 0) ? 1 : 0;
    }
    return bits;
  } catch {
    return null;
  }
}

export function hammingDistance(a: Uint8Array, b: Uint8Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d;
}

/** The visible watermark time the per-file check recorded in its region label. */
export function watermarkDate(check: FileCheck): string | null {
  const label = check.regions?.find((r) => r.label?.startsWith('watermark'))?.label ?? '';
  return findTimestamps(label)[0]?.date ?? null;
}

async function duplicateFindings(checks: readonly FileCheck[]): Promise<Finding[]> {
  const seen: { file: string; sha: string; hash: Uint8Array | null }[] = [];
  const findings: Finding[] = [];
  for (const check of checks) {
    let bytes: Buffer;
    try {
      bytes = await readFile(check.file);
    } catch {
      continue;
    }
    const sha = createHash('sha256').update(bytes).digest('hex');
    const hash = bytes.length > 0 ? await differenceHash(check.file) : null;
    const exact = seen.find((s) => s.sha === sha);
    const near = exact ? undefined : seen.find((s) => s.hash && hash && hammingDistance(s.hash, hash) <= NEAR_DUPLICATE_BITS);
    const other = exact ?? near;
    if (other) {
      const key = exact ? 'evidence.set.duplicate' : 'evidence.set.nearDuplicate';
      findings.push(makeFinding('DUPLICATE_IMAGE', 'warning', { file: check.file, other: basename(other.file) }, { key }));
    }
    seen.push({ file: check.file, sha, hash });
  }
  return findings;
}

/**
 * Findings about the set: LOGISTICS_MONTH_UNCOVERED (one per month without a visible
 * watermark, no `file` param) and DUPLICATE_IMAGE (param `file` = the later copy).
 */
export async function checkLogisticsSet(checks: FileCheck[], ctx: SetContext): Promise<Finding[]> {
  const months = threshold(ctx.rulebook as Rulebook, 'logisticsWindowMonths');
  const dates = checks.map(watermarkDate).filter((d): d is string => d !== null);
  const findings: Finding[] = uncoveredMonths(dates, ctx.today, months).map((month) =>
    makeFinding('LOGISTICS_MONTH_UNCOVERED', 'warning', { month, months }, { key: 'evidence.set.monthUncovered' }),
  );
  findings.push(...(await duplicateFindings(checks)));
  return findings;
}
