import { makeFinding } from '../../../shared/findings';
import type { Finding } from '../../../shared/findings';
import { t } from '../../../shared/i18n';
import type { LicenceReading } from '../../../shared/licence';
import type { Region } from '../../../shared/findings';

/** A key field read with a character missing: left empty, its place on the page kept. */
export type UnsureField = { value: string; region: Region };

const KEY_FIELDS = ['companyName', 'uscc', 'legalRepresentative'] as const;

/**
 * Findings of one licence reading: missing key fields (nothing at all: not a licence), an
 * old licence without a unified code, a code read that failed its check (left empty).
 */
export function licenceFindings(
  reading: LicenceReading,
  unsure: Partial<Record<(typeof KEY_FIELDS)[number], UnsureField>> = {},
): Finding[] {
  const missing = KEY_FIELDS.filter((f) => reading.fields[f] === null);
  const old = reading.registrationNumber && reading.fields.uscc === null;
  if (missing.length === KEY_FIELDS.length && !old)
    return [makeFinding('LICENCE_FIELD_MISSING', {}, { key: 'licence.notALicence' })];
  const findings: Finding[] = [];
  if (old)
    findings.push(
      makeFinding(
        'LICENCE_OLD_FORMAT',
        { registrationNumber: reading.registrationNumber ?? '' },
        { key: 'licence.oldFormat' },
      ),
    );
  for (const f of missing) {
    if (f === 'uscc' && old) continue;
    if (f === 'uscc' && reading.usccRead) {
      const region = reading.details.uscc?.region;
      findings.push(
        makeFinding(
          'USCC_INVALID',
          { uscc: reading.usccRead },
          { key: 'licence.usccUnread', ...(region ? { region } : {}) },
        ),
      );
      continue;
    }
    const read = f === 'uscc' ? undefined : unsure[f];
    findings.push(
      read
        ? makeFinding(
            'LICENCE_FIELD_MISSING',
            { field: t(`licence.field.${f}`), value: read.value },
            { key: 'licence.fieldUnsure', region: read.region },
          )
        : makeFinding('LICENCE_FIELD_MISSING', { field: t(`licence.field.${f}`) }, { key: 'licence.fieldMissing' }),
    );
  }
  return findings;
}
