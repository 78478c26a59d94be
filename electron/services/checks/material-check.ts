import { basename } from 'node:path';
import type { FileCheck, Finding } from '../../../shared/findings';
import type { MaterialCheck, MaterialInfo } from '../../../shared/channels/checks';
import type { MaterialRecord } from '../store';

export function materialInfo(m: MaterialRecord): MaterialInfo {
  return {
    id: m.id,
    caseId: m.caseId,
    kind: m.kind,
    originalName: m.originalName,
    sha256: m.sha256,
    size: m.size,
    addedAt: m.addedAt,
  };
}

/** A check of a stored copy, named for the UI by the material's original name. */
export function asMaterialCheck(check: FileCheck, byPath: Map<string, MaterialRecord>): MaterialCheck {
  const m = byPath.get(check.file);
  return { ...check, file: m?.originalName ?? check.file, materialId: m?.id ?? '' };
}

/**
 * Findings as people read them: a stored copy's path (…/blobs/fe/…) or its hash name in a
 * message or parameter becomes the file's original name.
 */
export function namedFindings(findings: readonly Finding[], materials: readonly MaterialRecord[]): Finding[] {
  const swaps = materials.flatMap(
    (m) =>
      [
        [m.storedPath, m.originalName],
        [basename(m.storedPath), m.originalName],
      ] as const,
  );
  const fix = (text: string) =>
    swaps.reduce((s, [from, to]) => (from && s.includes(from) ? s.split(from).join(to) : s), text);
  return findings.map((f) => ({
    ...f,
    message: fix(f.message),
    ...(f.params
      ? {
          params: Object.fromEntries(Object.entries(f.params).map(([k, v]) => [k, typeof v === 'string' ? fix(v) : v])),
        }
      : {}),
  }));
}
