import { statusOf, type FileCheck, type Region } from '../../../shared/findings';
import { makeFinding } from '../../../shared/findings';
import { sameCompany, samePerson } from '../../../shared/names';
import type { LicenceReading } from '../../../shared/licence';
import type { Checker, CheckContext } from '../checker';
import { OcrError } from '../ocr';
import { readLicence } from './read';

/** Compares the licence with the case: a different name or legal representative is an error. */
function caseFindings(r: LicenceReading, ctx: CheckContext): FileCheck['findings'] {
  const c = ctx.caseInfo;
  if (!c) return [];
  const out: FileCheck['findings'] = [];
  const name = r.fields.companyName;
  if (name && c.companyName && !sameCompany(name, c.companyName)) {
    out.push(
      makeFinding(
        'COMPANY_NAME_MISMATCH',
        { found: name, expected: c.companyName },
        { key: 'licence.caseCompanyMismatch', ...region(r, 'companyName') },
      ),
    );
  }
  const rep = r.fields.legalRepresentative;
  if (rep && c.legalRepresentative && !samePerson(rep, c.legalRepresentative)) {
    out.push(
      makeFinding(
        'LEGAL_NAME_MISMATCH',
        { found: rep, expected: c.legalRepresentative },
        { key: 'licence.caseRepMismatch', ...region(r, 'legalRepresentative') },
      ),
    );
  }
  return out;
}

function region(r: LicenceReading, field: 'companyName' | 'legalRepresentative'): { region?: Region } {
  const d = r.details[field];
  return d ? { region: d.region } : {};
}

/** `jitkit check --as licence`: reads the licence and reports missing or invalid fields. */
export const checkLicence: Checker = async (file, ctx) => {
  let reading: LicenceReading;
  try {
    reading = await readLicence(file, { signal: ctx.signal, onProgress: ctx.onProgress });
  } catch (e) {
    if (e instanceof OcrError && e.code === 'OCR_CANCELLED') throw e;
    const findings = [
      makeFinding(
        'FILE_UNREADABLE',
        { detail: e instanceof Error ? e.message : String(e) },
        { key: 'licence.ocrFailed' },
      ),
    ];
    return { file, kind: 'licence', status: 'fail', findings };
  }
  const findings = [...reading.findings, ...caseFindings(reading, ctx)];
  const regions = Object.values(reading.details).map((d) => d.region);
  const check: FileCheck = { file, kind: 'licence', status: statusOf(findings), findings, regions };
  if (reading.imageSize) check.imageSize = reading.imageSize;
  return check;
};
