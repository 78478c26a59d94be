import {
  codesForKind,
  ruleKey,
  type FileCheck,
  type FileStatus,
  type FindingCode,
  type MaterialKind,
} from '../../../shared/findings';
import { t } from '../../../shared/i18n';

/**
 * The rules each kind of material is checked against (from the findings catalogue), so the
 * report can list every rule with pass / warn / fail — not only the ones that produced a finding.
 * A finding whose code is not in the list (a set-level rule attached to the file) is listed too.
 */
export const RULES_BY_KIND: Record<MaterialKind, FindingCode[]> = {
  letter: codesForKind('letter'),
  logistics: codesForKind('logistics'),
  inventory: codesForKind('inventory'),
  licence: codesForKind('licence'),
  unknown: codesForKind('unknown'),
};

/** `unchecked`: the kind's checker was not available, so no rule may claim a pass. */
export type RuleResult = { code: FindingCode; rule: string; status: FileStatus | 'unchecked' };

const isNotAvailable = (f: FileCheck['findings'][number]) => f.params?.key === 'checks.notAvailable';

export function ruleResults(check: FileCheck): RuleResult[] {
  const unchecked = check.findings.some(isNotAvailable);
  const codes = [...RULES_BY_KIND[check.kind]];
  for (const f of check.findings) if (!codes.includes(f.code) && !isNotAvailable(f)) codes.push(f.code);
  return codes.map((code) => {
    if (unchecked) return { code, rule: t(ruleKey(code)), status: 'unchecked' };
    const severities = check.findings.filter((f) => f.code === code).map((f) => f.severity);
    const status: FileStatus = severities.includes('error') ? 'fail' : severities.includes('warning') ? 'warn' : 'pass';
    return { code, rule: t(ruleKey(code)), status };
  });
}
