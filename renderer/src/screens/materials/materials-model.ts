import type { FileCheck, MaterialKind } from '../../../../shared/findings';
import type { CheckRunInfo, MaterialCheck, MaterialInfo } from '../../../../shared/channels/checks';

/** The kinds a user can sort a file into on the Materials screen. */
export const MATERIAL_KINDS: MaterialKind[] = ['letter', 'logistics', 'inventory', 'licence', 'unknown'];

/** Kinds the rules want exactly one of: a second file asks to replace the first. */
export const SINGLE_SLOT: MaterialKind[] = ['licence', 'letter', 'inventory'];

/** From this many files on, the Materials screen offers a compact table. */
export const TABLE_FROM = 15;

/** A stored material exactly as `materials:list` answers (the store's copy path stays in main). */
export type Material = MaterialInfo;

/** Check results keyed by material id: each file of a `checks:run` answer names its material. */
export function checksByMaterial(files: readonly MaterialCheck[]): Map<string, FileCheck> {
  return new Map(files.map((f) => [f.materialId, f]));
}

/** The kind a card is grouped under: the user's choice, else what content detection said. */
export function effectiveKind(m: Material, check: FileCheck | undefined): MaterialKind {
  if (m.kind !== 'unknown') return m.kind;
  return check?.kind ?? 'unknown';
}

/** The local time of day a file was checked ("14:03:27"). */
export function checkedTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString('en-GB', { hour12: false });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file's stored result with when it was checked (a card shows it; a re-check changes it). */
export type CheckedFile = FileCheck & { checkedAt?: string };

/** Stored check runs as FileChecks (kind from the material; regions stored with the run). */
export function fromLatest(runs: CheckRunInfo[], materials: Material[]): Map<string, CheckedFile> {
  const out = new Map<string, CheckedFile>();
  for (const r of runs) {
    const m = materials.find((x) => x.id === r.materialId);
    if (m)
      out.set(m.id, {
        file: m.originalName,
        kind: m.kind,
        status: r.status,
        findings: r.findings,
        regions: r.regions,
        imageSize: r.imageSize,
        checkedAt: r.createdAt,
      });
  }
  return out;
}

/** Problems first: the file to act on is the one you see. */
export const STATUS_RANK = { fail: 0, warn: 1, pass: 2 } as const;
