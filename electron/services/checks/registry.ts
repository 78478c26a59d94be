import type { MaterialKind } from '../../../shared/findings';
import { checkLicence } from '../licence/check';
import { checkSignedLetter } from './letter';
import { checkLogistics } from './logistics';
import { checkInventory } from './inventory';
import type { Checker, CheckerMap } from './types';

/** The per-kind checkers, each owned by its feature. */
export const CHECKERS: CheckerMap = {
  licence: checkLicence,
  letter: checkSignedLetter,
  logistics: checkLogistics,
  inventory: checkInventory,
};

/** Null for 'unknown' (nothing to check) — the caller reports KIND_UNKNOWN. */
export function checkerFor(kind: MaterialKind): Checker | null {
  return kind === 'unknown' ? null : CHECKERS[kind];
}
