import { statSync } from 'node:fs';
import { join } from 'node:path';
import { statusOf, type FileCheck } from '../../../shared/findings';
import { makeFinding } from '../../../shared/findings';
import { excludedFromZip } from '../../../shared/reviews';
import type { Rulebook } from '../../../shared/rulebook';
import { fileProblemFinding, sniffFile } from '../files';
import { hashFile } from '../store/blobs';
import { mapBounded } from '../util/concurrency';
import { materialDate } from './dates';
import { normaliseImage } from './images';
import { planEntryNames, type PlannedMaterial } from './names';

/**
 * Turns checked files into what goes into the zip: images become normalised JPEG copies in
 * a private temp folder (originals are never modified), PDFs and spreadsheets go as they
 * are. Each gets its SHA-256 (original and uploaded copy) and the date for its name.
 */
export type Prepared = PlannedMaterial & {
  check: FileCheck;
  /** The file streamed into the zip (original or normalised copy). */
  source: string;
  sha256: string;
  entrySha256: string;
  entryBytes: number;
  compress: boolean;
};

const IMAGE_TYPES = ['jpeg', 'png', 'webp', 'tiff', 'gif'];
/** Two at a time: decoding a 12-megapixel photo takes ~100 MB, so more would not be bounded. */
const PREPARE_CONCURRENCY = 2;

async function prepareOne(
  check: FileCheck,
  index: number,
  tmpDir: string,
  rulebook: Rulebook,
): Promise<Prepared | null> {
  if (check.kind === 'unknown' || excludedFromZip(check)) return null;
  const maxBytes = rulebook.upload.maxFileBytes;
  const limitText = `${(maxBytes / 1048576).toFixed(1)} MB`;
  try {
    const { type, size } = await sniffFile(check.file);
    const sha256 = await hashFile(check.file);
    const date = await materialDate(check, type);
    const base = { kind: check.kind, date, sortKey: check.file, check, sha256 };
    if (IMAGE_TYPES.includes(type)) {
      const source = join(tmpDir, `${index}.jpg`);
      const img = await normaliseImage(check.file, source, { maxBytes, maxPixels: rulebook.upload.maxImagePixels });
      if (!img.withinLimit)
        addWarning(
          check,
          makeFinding(
            'FILE_TOO_LARGE',
            { size: `${(img.bytes / 1048576).toFixed(1)} MB`, limit: limitText },
            { severity: 'warning' },
          ),
        );
      return {
        ...base,
        ext: 'jpg',
        source,
        entrySha256: await hashFile(source),
        entryBytes: img.bytes,
        compress: false,
      };
    }
    if (size > maxBytes)
      addWarning(
        check,
        makeFinding(
          'FILE_TOO_LARGE',
          { size: `${(size / 1048576).toFixed(1)} MB`, limit: limitText },
          { severity: 'warning' },
        ),
      );
    // A PDF is already compressed; deflating it again only costs time.
    return {
      ...base,
      ext: type === 'unknown' ? 'bin' : type,
      source: check.file,
      entrySha256: sha256,
      entryBytes: statSync(check.file).size,
      compress: type !== 'pdf',
    };
  } catch (e) {
    addWarning(check, { ...fileProblemFinding(e, check.file), severity: 'error' });
    return null;
  }
}

function addWarning(check: FileCheck, finding: ReturnType<typeof makeFinding>): void {
  check.findings.push(finding);
  check.status = statusOf(check.findings);
}

export async function prepareMaterials(
  checks: readonly FileCheck[],
  tmpDir: string,
  rulebook: Rulebook,
  signal?: AbortSignal,
): Promise<(Prepared | null)[]> {
  return mapBounded(checks, PREPARE_CONCURRENCY, async (check, i) => {
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('cancelled');
    return prepareOne(check, i, tmpDir, rulebook);
  });
}

/** The entry names an export would use, without writing anything (a refused export shows them). */
export async function plannedNames(checks: readonly FileCheck[], companyName: string): Promise<string[]> {
  const known = checks.filter(
    (c): c is FileCheck & { kind: PlannedMaterial['kind'] } => c.kind !== 'unknown' && !excludedFromZip(c),
  );
  const materials = await mapBounded(known, PREPARE_CONCURRENCY, async (check) => {
    const type = await sniffFile(check.file).then(
      (r) => r.type,
      () => 'unknown' as const,
    );
    return {
      kind: check.kind,
      date: await materialDate(check, type),
      ext: IMAGE_TYPES.includes(type) ? 'jpg' : type,
      sortKey: check.file,
    };
  });
  return planEntryNames(materials, companyName).map((p) => p.entry);
}
