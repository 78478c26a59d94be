import { createHash } from 'node:crypto';
import type { CaseInput } from '../../../shared/case';

/**
 * A short ID printed in the letter's footer: the same case fields and date give the same
 * ID, so a reviewer (or our scan check) can tell which generated letter a scan came from.
 * Crockford-style base32 without look-alike letters, grouped as JIT-XXXX-XXXX.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function letterDocumentId(caseInfo: CaseInput, date: string): string {
  const fields = [
    caseInfo.companyName,
    caseInfo.uscc,
    caseInfo.legalRepresentative,
    caseInfo.storeName ?? '',
    caseInfo.storeId ?? '',
    caseInfo.exitReason ?? '',
    date,
  ];
  const digest = createHash('sha256').update(JSON.stringify(fields)).digest();
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[(digest[i] ?? 0) % 32];
  return `JIT-${code.slice(0, 4)}-${code.slice(4)}`;
}
