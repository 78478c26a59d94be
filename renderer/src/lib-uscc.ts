/**
 * USCC (统一社会信用代码, GB 32100-2015) check-digit validation for as-you-type feedback.
 * Kept local until shared/uscc.ts lands; same algorithm.
 */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccState = 'empty' | 'incomplete' | 'invalid' | 'valid';

export function usccState(raw: string): UsccState {
  const v = raw.trim().toUpperCase();
  if (v === '') return 'empty';
  if ([...v].some((c) => !CHARS.includes(c))) return 'invalid';
  if (v.length < 18) return 'incomplete';
  if (v.length > 18) return 'invalid';
  const sum = WEIGHTS.reduce((acc, w, i) => acc + CHARS.indexOf(v[i]!) * w, 0);
  const check = CHARS[(31 - (sum % 31)) % 31];
  return check === v[17] ? 'valid' : 'invalid';
}
