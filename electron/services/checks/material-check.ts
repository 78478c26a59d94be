import type { FileCheck } from '../../../shared/findings';
import type { MaterialCheck, MaterialInfo } from '../../../shared/channels/checks';
import type { MaterialRecord } from '../store';

export function materialInfo(m: MaterialRecord): MaterialInfo {
  return { id: m.id, caseId: m.caseId, kind: m.kind, originalName: m.originalName, sha256: m.sha256, size: m.size, addedAt: m.addedAt };
}

/** A check of a stored copy, named for the UI by the material's original name. */
export function asMaterialCheck(check: FileCheck, byPath: Map<string, MaterialRecord>): MaterialCheck {
  const m = byPath.get(check.file);
  return { ...check, file: m?.originalName ?? check.file, materialId: m?.id ?? '' };
}

