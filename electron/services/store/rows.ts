import type { CaseRecord, CaseStatus, ExitReason } from '../../../shared/case';
import type { FileStatus, Finding, MaterialKind, Region } from '../../../shared/findings';

export type CaseRow = {
  id: string;
  company_name: string;
  uscc: string;
  legal_representative: string;
  store_name: string | null;
  store_id: string | null;
  exit_reason: string | null;
  sign_date: string | null;
  status: string;
  created_at: string;
  updated_at: string;
};

export type MaterialRecord = {
  id: string;
  caseId: string;
  kind: MaterialKind;
  originalName: string;
  sha256: string;
  size: number;
  storedPath: string;
  addedAt: string;
};

export type MaterialRow = {
  id: string;
  case_id: string;
  kind: string;
  original_name: string;
  sha256: string;
  size: number;
  stored_path: string;
  added_at: string;
};

export type CheckRunRecord = {
  id: string;
  caseId: string;
  materialId: string | null;
  rulebookVersion: string;
  status: FileStatus;
  findings: Finding[];
  createdAt: string;
} & CheckOverlay;

/**
 * What a check found to draw over the file (stored with the run since migration 003), and
 * what it was made from (since 004: the file's hash and the checker key, for reuse).
 */
export type CheckOverlay = {
  regions?: Region[];
  imageSize?: { width: number; height: number };
  contentSha256?: string;
  checkerKey?: string;
};

export type ReviewRow = {
  id: string;
  case_id: string;
  material_id: string | null;
  code: string;
  note: string;
  reviewed_at: string;
};

export type CheckRunRow = {
  id: string;
  case_id: string;
  material_id: string | null;
  rulebook_version: string;
  status: string;
  findings_json: string;
  created_at: string;
  regions_json?: string | null;
  image_size_json?: string | null;
  content_sha256?: string | null;
  checker_key?: string | null;
};

export function caseFromRow(r: CaseRow): CaseRecord {
  const rec: CaseRecord = {
    id: r.id,
    companyName: r.company_name,
    uscc: r.uscc,
    legalRepresentative: r.legal_representative,
    status: r.status as CaseStatus,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
  if (r.store_name !== null) rec.storeName = r.store_name;
  if (r.store_id !== null) rec.storeId = r.store_id;
  if (r.exit_reason !== null) rec.exitReason = r.exit_reason as ExitReason;
  if (r.sign_date !== null) rec.signDate = r.sign_date;
  return rec;
}

export function materialFromRow(r: MaterialRow): MaterialRecord {
  return {
    id: r.id,
    caseId: r.case_id,
    kind: r.kind as MaterialKind,
    originalName: r.original_name,
    sha256: r.sha256,
    size: r.size,
    storedPath: r.stored_path,
    addedAt: r.added_at,
  };
}

export function checkRunFromRow(r: CheckRunRow): CheckRunRecord {
  return {
    id: r.id,
    caseId: r.case_id,
    materialId: r.material_id,
    rulebookVersion: r.rulebook_version,
    status: r.status as FileStatus,
    findings: JSON.parse(r.findings_json) as Finding[],
    createdAt: r.created_at,
    ...(r.regions_json ? { regions: JSON.parse(r.regions_json) as Region[] } : {}),
    ...(r.image_size_json ? { imageSize: JSON.parse(r.image_size_json) as { width: number; height: number } } : {}),
    ...(r.content_sha256 ? { contentSha256: r.content_sha256 } : {}),
    ...(r.checker_key ? { checkerKey: r.checker_key } : {}),
  };
}
