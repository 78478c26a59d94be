import type { MaterialKind } from '../../../shared/findings';
import { sanitizeFileName, truncateUtf8 } from '../../../shared/file-names';

/**
 * The fixed, readable naming scheme of the upload zip. Entry names are built only from
 * fixed words, the sanitised company name, a date and an index: a user's file name or
 * folder never reaches the zip, so `..`, `/` or a device name cannot escape it.
 */
const PREFIX: Record<Exclude<MaterialKind, 'unknown'>, string> = {
  letter: '01_JIT退出承诺书',
  logistics: '02_物流轨迹截图',
  inventory: '03_库存清零凭证',
  licence: '04_营业执照',
};

export const KIND_ORDER: Exclude<MaterialKind, 'unknown'>[] = ['letter', 'logistics', 'inventory', 'licence'];

export type PlannedMaterial = {
  kind: Exclude<MaterialKind, 'unknown'>;
  /** YYYY-MM-DD of the material's own timestamp, when known. */
  date: string | null;
  /** Extension of what goes into the zip (jpg for normalised images, pdf, xlsx…). */
  ext: string;
  /** Stable tie-break (the original name), never part of the entry. */
  sortKey: string;
};

/** Bounded so the whole entry stays well under every archive tool's path limit. */
const MAX_ENTRY_BYTES = 120;

function compactDate(date: string | null): string {
  return date ? `_${date.replace(/-/g, '')}` : '';
}

function safeExt(ext: string): string {
  const clean = ext
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 5);
  return clean || 'bin';
}

function baseName(m: PlannedMaterial, company: string, index: number, countOfKind: number): string {
  const date = compactDate(m.date);
  switch (m.kind) {
    case 'letter':
    case 'licence':
      return `${PREFIX[m.kind]}_${company}${countOfKind > 1 ? `_${index}` : ''}`;
    case 'logistics':
      return `${PREFIX.logistics}_${String(index).padStart(2, '0')}${date}`;
    case 'inventory':
      return `${PREFIX.inventory}${date}${countOfKind > 1 ? `_${index}` : ''}`;
  }
}

/** Orders materials by kind then date then original name, and names each entry. */
export function planEntryNames<T extends PlannedMaterial>(
  materials: readonly T[],
  companyName: string,
): { material: T; entry: string }[] {
  const company = sanitizeFileName(companyName, '公司').replace(/\s+/g, '_');
  const sorted = [...materials].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      a.sortKey.localeCompare(b.sortKey),
  );
  const used = new Set<string>();
  const counters: Partial<Record<string, number>> = {};
  return sorted.map((material) => {
    const index = (counters[material.kind] = (counters[material.kind] ?? 0) + 1);
    const count = sorted.filter((m) => m.kind === material.kind).length;
    const ext = `.${safeExt(material.ext)}`;
    let entry = truncateUtf8(sanitizeFileName(`${baseName(material, company, index, count)}${ext}`), MAX_ENTRY_BYTES);
    // Two truncated names could collide; a counter keeps every entry distinct.
    for (let n = 2; used.has(entry); n++)
      entry = truncateUtf8(`${entry.slice(0, -ext.length)}_${n}${ext}`, MAX_ENTRY_BYTES);
    used.add(entry);
    return { material, entry };
  });
}

/** Report files live beside the zip: `<zip-name>.report.json|pdf`. */
export function reportPaths(zipPath: string): { json: string; pdf: string } {
  return { json: `${zipPath}.report.json`, pdf: `${zipPath}.report.pdf` };
}

/** The default export name for a case: `JIT退出材料_<公司名称>_<YYYYMMDD>.zip`. */
export function defaultBundleName(companyName: string, today: string): string {
  const company = sanitizeFileName(companyName, '公司').replace(/\s+/g, '_');
  return truncateUtf8(sanitizeFileName(`JIT退出材料_${company}_${today.replace(/-/g, '')}.zip`), MAX_ENTRY_BYTES);
}
