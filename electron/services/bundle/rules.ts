import type { FileCheck, FileStatus, FindingCode, MaterialKind } from '../../../shared/findings';
import { t } from '../../../shared/i18n';

/**
 * The rules each kind of material is checked against, so the report can list every rule
 * with pass / warn / fail — not only the ones that produced a finding. A finding whose code
 * is not in the list (a checker's newer rule) is listed too.
 */
const COMMON: FindingCode[] = ['FILE_UNREADABLE', 'FILE_TYPE_MISMATCH', 'FILE_TOO_LARGE'];
export const RULES_BY_KIND: Record<MaterialKind, FindingCode[]> = {
  letter: [...COMMON, 'IMAGE_LOW_RESOLUTION', 'IMAGE_BLURRY', 'PAGE_CUT_OFF', 'SEAL_MISSING', 'SEAL_BLURRY', 'SIGNATURE_MISSING', 'LEGAL_NAME_MISMATCH', 'COMPANY_NAME_MISMATCH', 'HANDWRITING_NAME_MISMATCH'],
  logistics: [...COMMON, 'IMAGE_LOW_RESOLUTION', 'TIMESTAMP_MISSING', 'TIMESTAMP_OUT_OF_RANGE', 'TIMESTAMP_METADATA_ONLY', 'TIMESTAMP_EXIF_MISMATCH', 'DUPLICATE_IMAGE', 'LOGISTICS_MONTH_UNCOVERED', 'LOGISTICS_PICKUP_NOT_SHOWN', 'PICKUP_NOT_MARKED', 'LOGISTICS_ORDER_IS_JIT'],
  inventory: [...COMMON, 'SPREADSHEET_NOT_PDF', 'INVENTORY_TABLE_NOT_FOUND', 'INVENTORY_NOT_ZERO', 'TIMESTAMP_MISSING', 'TIMESTAMP_OUT_OF_RANGE'],
  licence: [...COMMON, 'IMAGE_LOW_RESOLUTION', 'LICENCE_FIELD_MISSING', 'USCC_INVALID', 'COMPANY_NAME_MISMATCH', 'LEGAL_NAME_MISMATCH'],
  unknown: ['KIND_UNKNOWN'],
};

/** `unchecked`: the kind's checker was not available, so no rule may claim a pass. */
export type RuleResult = { code: FindingCode; rule: string; status: FileStatus | 'unchecked' };

const isNotAvailable = (f: FileCheck['findings'][number]) => f.params?.key === 'checks.notAvailable';

export function ruleResults(check: FileCheck): RuleResult[] {
  const unchecked = check.findings.some(isNotAvailable);
  const codes = [...RULES_BY_KIND[check.kind]];
  for (const f of check.findings) if (!codes.includes(f.code) && !isNotAvailable(f)) codes.push(f.code);
  return codes.map((code) => {
    if (unchecked) return { code, rule: label(code), status: 'unchecked' };
    const severities = check.findings.filter((f) => f.code === code).map((f) => f.severity);
    const status: FileStatus = severities.includes('error') ? 'fail' : severities.includes('warning') ? 'warn' : 'pass';
    return { code, rule: label(code), status };
  });
}

function label(code: FindingCode): string {
  const text = t(`rule.${code}`);
  return text === `rule.${code}` ? code : text;
}
