import type { FileCheck, MaterialKind } from '../../../shared/findings';
import type { CheckRunInfo } from '../../../shared/channels/checks';

/** The kinds a user can sort a file into on the Materials screen. */
export const MATERIAL_KINDS: MaterialKind[] = ['letter', 'logistics', 'inventory', 'licence', 'unknown'];

/** A stored material as `materials:list` returns it (MaterialRecord of the store). */
export type Material = {
  id: string;
  kind: MaterialKind;
  originalName: string;
  size: number;
  storedPath?: string;
  addedAt?: string;
  check?: FileCheck | null;
};

type Raw = Record<string, unknown>;

export function toMaterials(value: unknown): Material[] {
  const list = Array.isArray(value) ? value : Array.isArray((value as Raw | null)?.materials) ? ((value as Raw).materials as unknown[]) : [];
  return list.map((m) => toMaterial(m)).filter((m): m is Material => m !== null);
}

export function toMaterial(value: unknown): Material | null {
  const v = (value ?? {}) as Raw;
  const inner = (v.material && typeof v.material === 'object' ? v.material : v) as Raw;
  if (typeof inner.id !== 'string') return null;
  return {
    id: inner.id,
    kind: (inner.kind as MaterialKind) ?? 'unknown',
    originalName: String(inner.originalName ?? inner.name ?? inner.id),
    size: Number(inner.size ?? 0),
    storedPath: typeof inner.storedPath === 'string' ? inner.storedPath : undefined,
    addedAt: typeof inner.addedAt === 'string' ? inner.addedAt : undefined,
    check: (v.check ?? inner.check ?? null) as FileCheck | null,
  };
}

/** Check results keyed by material id, whatever shape `checks:run` answers with. */
export function checksByMaterial(value: unknown, materials: Material[]): Map<string, FileCheck> {
  const v = (value ?? {}) as Raw;
  const list = (Array.isArray(value) ? value : Array.isArray(v.materials) ? v.materials : Array.isArray(v.files) ? v.files : []) as Raw[];
  const out = new Map<string, FileCheck>();
  for (const item of list) {
    const check = (item.check && typeof item.check === 'object' ? item.check : item) as FileCheck & { materialId?: string };
    const id = (item.materialId ?? check.materialId) as string | undefined;
    const byId = id ? materials.find((m) => m.id === id) : undefined;
    const byPath = materials.find((m) => m.storedPath && m.storedPath === check.file);
    const byName = materials.find((m) => m.originalName === check.file || check.file?.endsWith(`/${m.originalName}`));
    const m = byId ?? byPath ?? byName;
    if (m && Array.isArray(check.findings)) out.set(m.id, check);
  }
  return out;
}

/** The kind a card is grouped under: the user's choice, else what content detection said. */
export function effectiveKind(m: Material, check: FileCheck | undefined): MaterialKind {
  if (m.kind !== 'unknown') return m.kind;
  return check?.kind ?? 'unknown';
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Stored check runs as FileChecks (kind from the material; regions only come with a live run). */
export function fromLatest(runs: CheckRunInfo[], materials: Material[]): Map<string, FileCheck> {
  const out = new Map<string, FileCheck>();
  for (const r of runs) {
    const m = materials.find((x) => x.id === r.materialId);
    if (m) out.set(m.id, { file: m.originalName, kind: m.kind, status: r.status, findings: r.findings });
  }
  return out;
}
