import { isValidUscc, USCC_CHARSET } from '../../shared/uscc';

/** As-you-type state of a USCC field (validation itself is shared/uscc.ts, GB 32100-2015). */
export type UsccState = 'empty' | 'incomplete' | 'invalid' | 'valid';

export function usccState(raw: string): UsccState {
  const v = raw.trim().toUpperCase();
  if (v === '') return 'empty';
  if ([...v].some((c) => !USCC_CHARSET.includes(c)) || v.length > 18) return 'invalid';
  if (v.length < 18) return 'incomplete';
  return isValidUscc(v) ? 'valid' : 'invalid';
}
