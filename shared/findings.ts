/**
 * Finding codes are a stable contract (../shared/CONTRACT.md): add freely, never rename.
 */
export const FINDING_CODES = [
  'FILE_UNREADABLE',
  'FILE_TYPE_MISMATCH',
  'FILE_TOO_LARGE',
  'IMAGE_LOW_RESOLUTION',
  'IMAGE_BLURRY',
  'LICENCE_FIELD_MISSING',
  'USCC_INVALID',
  'SEAL_MISSING',
  'SEAL_BLURRY',
  'SIGNATURE_MISSING',
  'LEGAL_NAME_MISMATCH',
  'COMPANY_NAME_MISMATCH',
  'TIMESTAMP_MISSING',
  'TIMESTAMP_OUT_OF_RANGE',
  'INVENTORY_NOT_ZERO',
  // Added codes (contract allows additions).
  'FILE_UNSUPPORTED_FORMAT',
  'PDF_ENCRYPTED',
  'PDF_TOO_MANY_PAGES',
  'IMAGE_TOO_LARGE',
  'PAGE_CUT_OFF',
  'TIMESTAMP_METADATA_ONLY',
  'TIMESTAMP_EXIF_MISMATCH',
  'LOGISTICS_MONTH_UNCOVERED',
  'DUPLICATE_IMAGE',
  'INVENTORY_TABLE_NOT_FOUND',
  'SPREADSHEET_NOT_PDF',
  'MATERIAL_MISSING',
  'HANDWRITING_NAME_MISMATCH',
  'KIND_UNKNOWN',
  'NAMES_NOT_CHECKED',
  'LETTER_TWO_PAGES',
  'PAGE_BLANK',
  'PAGE_ROTATED',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = 'error' | 'warning' | 'info';
export type MaterialKind = 'licence' | 'letter' | 'logistics' | 'inventory' | 'unknown';
export type FileStatus = 'pass' | 'warn' | 'fail';

/** A rectangle in the pixel space of the (orientation-corrected) image that was checked. */
export type Region = { x: number; y: number; width: number; height: number; label?: string };

export type Finding = {
  code: FindingCode;
  severity: Severity;
  /** Localised message (zh-CN by default) that says what is wrong and what to do. */
  message: string;
  /** Values interpolated into the message, so the UI can re-localise. */
  params?: Record<string, string | number>;
  region?: Region;
};

export type FileCheck = {
  file: string;
  kind: MaterialKind;
  status: FileStatus;
  findings: Finding[];
  /** Regions found (seal, signature, watermark, name lines) for overlays. */
  regions?: Region[];
  /** Image size the regions refer to. */
  imageSize?: { width: number; height: number };
};

export function statusOf(findings: readonly Finding[]): FileStatus {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}

export function worstStatus(statuses: readonly FileStatus[]): FileStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('warn')) return 'warn';
  return 'pass';
}
