/**
 * Reads the printed legal-representative and company lines by OCR and compares them with
 * the case (which the licence filled). A mismatch is only asserted on a confident read:
 * an unreadable line (blur) is not evidence of a wrong name.
 */
import type { CaseInput } from '../../../../shared/case';
import type { Finding, Region } from '../../../../shared/findings';
import { makeFinding } from '../../../../shared/findings';
import { normalizeCompanyName, normalizePersonName, sameCompany, samePerson } from '../../../../shared/names';
import type { OcrLine } from '../../ocr';
import { COMPANY_LABEL, isLegalRepLine, valueAfterLabel } from './labels';
import type { NormalizedPage } from './page';
import type { PixelBox } from './raster';

/** Below this OCR confidence a differing name is "could not read", not "wrong". */
const MIN_CONFIDENCE = 0.85;

export type NameLine = { value: string; confidence: number; box: PixelBox };
export type NamesRead = { legalRep: NameLine | null; company: NameLine | null };

export function namesFromLines(lines: OcrLine[]): NamesRead {
  const pick = (test: (t: string) => boolean, label: RegExp): NameLine | null => {
    const line = lines.find((l) => test(l.text) && valueAfterLabel(l.text, label).length > 0);
    return line ? { value: valueAfterLabel(line.text, label), confidence: line.confidence, box: line.box } : null;
  };
  return {
    legalRep: pick(isLegalRepLine, /法定代表人|法人代表|Legal representative/i),
    company: pick((t) => COMPANY_LABEL.test(t), COMPANY_LABEL),
  };
}

export function nameFindings(
  read: NamesRead,
  caseInfo: CaseInput | undefined,
  page: NormalizedPage,
): { findings: Finding[]; regions: Region[] } {
  const findings: Finding[] = [];
  const regions: Region[] = [];
  const { legalRep, company } = read;
  if (legalRep) regions.push({ ...page.toImage(legalRep.box), label: 'legalRepresentative' });
  if (company) regions.push({ ...page.toImage(company.box), label: 'companyName' });
  if (!caseInfo) return { findings, regions };
  if (legalRep && legalRep.confidence >= MIN_CONFIDENCE && !samePerson(legalRep.value, caseInfo.legalRepresentative)) {
    const params = { found: normalizePersonName(legalRep.value), expected: caseInfo.legalRepresentative };
    findings.push(makeFinding('LEGAL_NAME_MISMATCH', params, { region: page.toImage(legalRep.box) }));
  }
  if (company && company.confidence >= MIN_CONFIDENCE && !sameCompany(company.value, caseInfo.companyName)) {
    const params = { found: normalizeCompanyName(company.value), expected: caseInfo.companyName };
    findings.push(makeFinding('COMPANY_NAME_MISMATCH', params, { region: page.toImage(company.box) }));
  }
  return { findings, regions };
}
