/**
 * The findings catalogue: every finding code with the materials it applies to, its default
 * severity, its messages, the rule it stands for and whether a user may dismiss it. Codes are a
 * stable contract (docs/cli.md): add freely, never rename. Each code needs `finding.<CODE>` and
 * `rule.<CODE>` in both languages (shared/i18n/messages/findings.ts); a test holds that.
 */
import { hasMessage, t, type Params } from './i18n';

export type Severity = 'error' | 'warning' | 'info';
export type MaterialKind = 'licence' | 'letter' | 'logistics' | 'inventory' | 'unknown';
export type FileStatus = 'pass' | 'warn' | 'fail';
/** Where a code applies: a material kind, every file, or the set of materials as a whole. */
export type FindingScope = MaterialKind | 'any' | 'set';
/** The rulebook section whose requirement a code enforces (absent: the tool's own file rule). */
export type RuleCitation = 'materials.letter' | 'materials.logistics' | 'materials.inventory' | 'upload';

export type CatalogueEntry = {
  kinds: readonly FindingScope[];
  severity: Severity;
  /** The one other severity the code is raised with; every use is documented in `why`. */
  alternate?: { severity: Severity; why: string };
  /** False: the file is not what it claims to be, cannot be read, or a material is missing. */
  dismissable: boolean;
  /** The rulebook sections whose requirement the code enforces (empty: the tool's own file rule). */
  cites: readonly RuleCitation[];
};

const entry = (
  kinds: readonly FindingScope[],
  severity: Severity,
  dismissable: boolean,
  ...cites: RuleCitation[]
): CatalogueEntry => ({
  kinds,
  severity,
  dismissable,
  cites,
});

// The order is the order the report lists a kind's rules in.
export const FINDING_CATALOGUE = {
  FILE_UNREADABLE: entry(['any'], 'error', false),
  FILE_TYPE_MISMATCH: {
    ...entry(['any'], 'warning', false),
    alternate: {
      severity: 'error',
      why: 'a licence whose content is not an image or PDF at all (text, a spreadsheet, a program) cannot be read',
    },
  },
  FILE_TOO_LARGE: {
    ...entry(['any'], 'error', false, 'upload'),
    alternate: {
      severity: 'warning',
      why: 'the prepared upload copy is still over the upload limit after recompression; the file itself was checked',
    },
  },
  FILE_UNSUPPORTED_FORMAT: entry(['any'], 'error', false),
  PDF_ENCRYPTED: entry(['any'], 'error', false),
  PDF_TOO_MANY_PAGES: entry(['any'], 'error', false, 'upload'),
  IMAGE_TOO_LARGE: entry(['any'], 'error', false, 'upload'),
  IMAGE_LOW_RESOLUTION: entry(['letter', 'logistics', 'licence'], 'error', true, 'upload'),
  IMAGE_BLURRY: entry(['letter'], 'error', true, 'materials.letter'),
  PAGE_CUT_OFF: entry(['letter'], 'error', true, 'materials.letter'),
  SEAL_MISSING: entry(['letter'], 'error', true, 'materials.letter'),
  SEAL_BLURRY: entry(['letter'], 'error', true, 'materials.letter'),
  SIGNATURE_MISSING: entry(['letter'], 'error', true, 'materials.letter'),
  LICENCE_FIELD_MISSING: entry(['licence'], 'error', true),
  USCC_INVALID: entry(['licence'], 'warning', true),
  LICENCE_OLD_FORMAT: entry(['licence'], 'warning', true),
  LICENCE_WRONG_DOCUMENT: entry(['licence'], 'error', false),
  LICENCE_EXTRA_DOCUMENT: entry(['licence'], 'warning', true),
  LICENCE_PLACE_MISMATCH: entry(['licence'], 'warning', true),
  LEGAL_NAME_MISMATCH: entry(['letter', 'licence'], 'error', true, 'materials.letter'),
  COMPANY_NAME_MISMATCH: {
    ...entry(['letter', 'licence'], 'error', true, 'materials.letter'),
    alternate: {
      severity: 'warning',
      why: 'the name read from the seal (curved text, often partly legible) differs: a region to check, not evidence',
    },
  },
  HANDWRITING_NAME_MISMATCH: entry(['letter'], 'warning', true, 'materials.letter'),
  NAMES_NOT_CHECKED: entry(['letter'], 'warning', true, 'materials.letter'),
  SIGNATURE_UNCLEAR: entry(['letter'], 'warning', true, 'materials.letter'),
  SEAL_UNCLEAR: entry(['letter'], 'warning', true, 'materials.letter'),
  LETTER_TWO_PAGES: entry(['letter'], 'error', true, 'materials.letter'),
  PAGE_BLANK: entry(['letter'], 'error', false, 'materials.letter'),
  PAGE_ROTATED: entry(['letter'], 'info', true, 'materials.letter'),
  TIMESTAMP_MISSING: entry(['logistics', 'inventory'], 'error', true, 'materials.logistics', 'materials.inventory'),
  TIMESTAMP_OUT_OF_RANGE: entry(
    ['logistics', 'inventory'],
    'error',
    true,
    'materials.logistics',
    'materials.inventory',
  ),
  TIMESTAMP_METADATA_ONLY: entry(['logistics'], 'warning', true, 'materials.logistics'),
  TIMESTAMP_EXIF_MISMATCH: entry(['logistics'], 'warning', true, 'materials.logistics'),
  DUPLICATE_IMAGE: entry(['logistics'], 'warning', true, 'materials.logistics'),
  LOGISTICS_MONTH_UNCOVERED: entry(['logistics', 'set'], 'warning', true, 'materials.logistics'),
  LOGISTICS_PICKUP_NOT_SHOWN: entry(['logistics'], 'warning', true, 'materials.logistics'),
  PICKUP_NOT_MARKED: entry(['logistics'], 'warning', true, 'materials.logistics'),
  LOGISTICS_ORDER_IS_JIT: entry(['logistics'], 'error', true, 'materials.logistics'),
  LOGISTICS_ORDER_UNKNOWN: entry(['logistics'], 'info', true, 'materials.logistics'),
  TIMESTAMP_FROM_TASKBAR_CLOCK: entry(['logistics'], 'info', true, 'materials.logistics'),
  TIMESTAMP_UNCLEAR: entry(['logistics'], 'warning', true, 'materials.logistics'),
  SPREADSHEET_NOT_PDF: entry(['inventory'], 'error', true, 'materials.inventory'),
  INVENTORY_TABLE_NOT_FOUND: entry(['inventory'], 'error', true, 'materials.inventory'),
  INVENTORY_NOT_ZERO: entry(['inventory'], 'error', true, 'materials.inventory'),
  KIND_UNKNOWN: {
    ...entry(['unknown'], 'error', false),
    alternate: {
      severity: 'info',
      why: 'the kind is known but its checker is not available in this build: nothing was judged',
    },
  },
  MATERIAL_MISSING: entry(['set'], 'error', false),
} as const satisfies Record<string, CatalogueEntry>;

type Catalogue = typeof FINDING_CATALOGUE;
export type FindingCode = keyof Catalogue;
export const FINDING_CODES = Object.keys(FINDING_CATALOGUE) as FindingCode[];

/** The severity a code may be overridden to: only its documented alternate, else none. */
export type AlternateSeverity<C extends FindingCode> = Catalogue[C] extends {
  alternate: { severity: infer S extends Severity };
}
  ? S
  : never;

/** A rectangle in the pixel space of the (orientation-corrected) image that was checked. */
export type Region = {
  x: number;
  y: number;
  width: number;
  height: number;
  label?: string;
  /** PDFs: the 1-based page the box is on (absent: the image, or a PDF's first page). */
  page?: number;
  /** The coordinate space of `page` (PDF points, or the pixels of the page read by OCR); else the check's imageSize. */
  pageSize?: { width: number; height: number };
};

export type Finding = {
  code: FindingCode;
  severity: Severity;
  /** Localised message (zh-CN by default) that says what is wrong and what to do. */
  message: string;
  /** Values interpolated into the message, so the UI can re-localise. */
  params?: Record<string, string | number>;
  region?: Region;
  /** The user confirmed this finding ("我已核对，无误"): shown, reported, no longer blocking. */
  reviewed?: { at: string; note?: string };
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

export const messageKey = (code: FindingCode): string => `finding.${code}`;
export const ruleKey = (code: FindingCode): string => `rule.${code}`;

/** The codes a kind of material is checked against, in report order (file-level rules first). */
export function codesForKind(kind: MaterialKind): FindingCode[] {
  const scopes: readonly FindingScope[] = kind === 'unknown' ? ['unknown'] : ['any', kind];
  return FINDING_CODES.filter((code) => FINDING_CATALOGUE[code].kinds.some((k) => scopes.includes(k)));
}

/** Never dismissable: a file that is not the material it claims to be, unreadable, or a missing material. */
export function isDismissable(code: FindingCode): boolean {
  return FINDING_CATALOGUE[code].dismissable;
}

/** Message keys that say "this is not the material it claims to be" under a dismissable code. */
const NOT_THE_MATERIAL_KEYS = ['licence.notALicence', 'letter.check.notALetter'];

/** As `isDismissable`, and also false for a finding that says the file is another material. */
export function isFindingDismissable(finding: Pick<Finding, 'code' | 'params'>): boolean {
  const key = finding.params?.key;
  return isDismissable(finding.code) && !(typeof key === 'string' && NOT_THE_MATERIAL_KEYS.includes(key));
}

/**
 * Builds a finding with its message in the current locale and its severity from the catalogue.
 * `key` names a more specific message (registered in a messages file); `severity` may only be the
 * code's documented alternate.
 */
export function makeFinding<C extends FindingCode>(
  code: C,
  params: Params = {},
  options: { key?: string; region?: Region; severity?: AlternateSeverity<C> } = {},
): Finding {
  const key = options.key && hasMessage(options.key) ? options.key : messageKey(code);
  const severity: Severity = options.severity ?? FINDING_CATALOGUE[code].severity;
  const finding: Finding = { code, severity, message: t(key, params), params };
  if (key !== messageKey(code)) finding.params = { ...params, key };
  if (options.region) finding.region = options.region;
  return finding;
}

/** A finding the user confirmed counts as checked: it never makes a file warn or fail. */
export function statusOf(findings: readonly Finding[]): FileStatus {
  if (findings.some((f) => f.severity === 'error' && !f.reviewed)) return 'fail';
  if (findings.some((f) => f.severity === 'warning' && !f.reviewed)) return 'warn';
  return 'pass';
}

export function worstStatus(statuses: readonly FileStatus[]): FileStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('warn')) return 'warn';
  return 'pass';
}
