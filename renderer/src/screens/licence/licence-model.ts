import type { CaseRecord } from '../../../../shared/case';
import type { LicenceReading } from '../../../../shared/licence';

/** The fields the licence step confirms into the case, and the ones only shown. */
export const EDITABLE = ['companyName', 'uscc', 'legalRepresentative'] as const;
export const SHOWN = ['type', 'foundedDate', 'address'] as const;
export type Editable = (typeof EDITABLE)[number];

export type { LicenceReading };

export type Draft = Record<Editable, string>;

/** OCR'd values win over the case's when present; the user edits from there. */
export function draftFrom(c: CaseRecord, reading: LicenceReading | null): Draft {
  const pick = (k: Editable) => reading?.fields[k] || c[k] || '';
  return { companyName: pick('companyName'), uscc: pick('uscc'), legalRepresentative: pick('legalRepresentative') };
}

/** OCR confidence below this is flagged for a closer look. */
export const LOW_CONFIDENCE = 0.85;
