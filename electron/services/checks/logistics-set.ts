/**
 * Set-level rules for the logistics screenshots of one application: every month of the
 * window covered by a visible watermark, and no image submitted twice (same bytes, or the
 * same picture re-encoded or resized, by a perceptual thumbnail fingerprint).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import sharp from 'sharp';
import { makeFinding } from '../../../shared/findings';
import type { FileCheck, Finding } from '../../../shared/findings';
import { threshold, type Rulebook } from '../../../shared/rulebook';
import { findTimestamps, uncoveredMonths } from '../../../shared/timestamps';

export type SetContext = { today: string; rulebook: Rulebook };

/** Fingerprint: a small blurred grey thumbnail (64×128, any aspect squeezed to it). */
const PRINT_W = 64;
const PRINT_H = 128;
/** A thumbnail pixel "differs" past this grey-level step (resampling and JPEG noise stay below). */
const PIXEL_STEP = 24;
/**
 * At most this fraction of differing pixels makes a near-duplicate. Measured on the fixtures:
 * a resized, re-encoded copy differs in 0%; different orders on the same app page in ≥0.5%.
 */
export const NEAR_DUPLICATE_FRACTION = 0.002;

/**
 * Perceptual fingerprint for near-duplicates. A 64-bit dHash cannot tell two tracking pages
 * of the same app apart (same layout, only the text differs), so we keep the thumbnail itself.
 */
export async function perceptualPrint(file: string | Buffer): Promise<Uint8Array | null> {
  try {
    const data = await sharp(file, { limitInputPixels: 100_000_000, failOn: 'none' })
      .rotate()
      .greyscale()
      .resize(PRINT_W, PRINT_H, { fit: 'fill', kernel: 'cubic' })
      .blur(0.8)
      .raw()
      .toBuffer();
    return new Uint8Array(data);
  } catch {
    return null;
  }
}

/** Fraction of thumbnail pixels that differ by more than a small grey step. */
export function printDistance(a: Uint8Array, b: Uint8Array): number {
  let differing = 0;
  for (let i = 0; i < a.length; i++) if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) > PIXEL_STEP) differing++;
  return differing / Math.max(1, a.length);
}

/** The visible watermark time the per-file check recorded in its region label. */
export function watermarkDate(check: FileCheck): string | null {
  const label = check.regions?.find((r) => r.label?.startsWith('watermark'))?.label ?? '';
  return findTimestamps(label)[0]?.date ?? null;
}

/**
 * Content hash and print of a file, kept for the process by path, size and modification time
 * (stored copies never change): replacing one screenshot compares it with the stored ones
 * without reading and decoding each of them again, which took longer than checking the new
 * file. A print is 8 KB; the oldest go first past the limit.
 */
type Fingerprint = { sha: string; print: Uint8Array | null };
const fingerprints = new Map<string, Fingerprint>();
const FINGERPRINTS_KEPT = 2000;

async function fingerprintOf(file: string): Promise<Fingerprint | null> {
  try {
    const st = await stat(file);
    const key = `${file}\0${st.size}\0${st.mtimeMs}`;
    const kept = fingerprints.get(key);
    if (kept) return kept;
    const bytes = await readFile(file);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const made = { sha, print: bytes.length > 0 ? await perceptualPrint(bytes) : null };
    if (fingerprints.size >= FINGERPRINTS_KEPT) fingerprints.delete(fingerprints.keys().next().value ?? '');
    fingerprints.set(key, made);
    return made;
  } catch {
    return null;
  }
}

async function duplicateFindings(checks: readonly FileCheck[]): Promise<Finding[]> {
  const seen: { file: string; sha: string; hash: Uint8Array | null }[] = [];
  const findings: Finding[] = [];
  for (const check of checks) {
    const fp = await fingerprintOf(check.file);
    if (!fp) continue;
    const { sha, print: hash } = fp;
    const exact = seen.find((s) => s.sha === sha);
    const near = exact
      ? undefined
      : seen.find((s) => s.hash && hash && printDistance(s.hash, hash) <= NEAR_DUPLICATE_FRACTION);
    const other = exact ?? near;
    if (other) {
      const key = exact ? 'evidence.set.duplicate' : 'evidence.set.nearDuplicate';
      findings.push(makeFinding('DUPLICATE_IMAGE', { file: check.file, other: basename(other.file) }, { key }));
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
  const months = threshold(ctx.rulebook, 'logisticsWindowMonths');
  const dates = checks.map(watermarkDate).filter((d): d is string => d !== null);
  const findings: Finding[] = uncoveredMonths(dates, ctx.today, months).map((month) =>
    makeFinding('LOGISTICS_MONTH_UNCOVERED', { month, months }, { key: 'evidence.set.monthUncovered' }),
  );
  findings.push(...(await duplicateFindings(checks)));
  return findings;
}
