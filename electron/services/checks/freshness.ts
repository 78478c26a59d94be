/**
 * When a stored check result may stand in for checking the file again: same bytes (the
 * material's SHA-256) and the same checker key, which names everything else a checker reads
 * (the checks' version, the rulebook, the kind, the case's identity, the day, the order
 * export). The app's export uses it to check only what has no fresh result.
 */
import { createHash } from 'node:crypto';
import type { CaseInput } from '../../../shared/case';
import type { MaterialKind } from '../../../shared/findings';
import { APP_VERSION } from '../version';

/** Bump when a checker's output changes for the same file (a new rule, a fixed reading). */
export const CHECKS_VERSION = 1;

export type CheckerKeyInput = {
  kind: MaterialKind;
  rulebookVersion: string;
  today: string;
  caseInfo?: CaseInput;
  orders?: readonly { id: string; jit: boolean }[];
};

/** A short stable digest of what a file's check depends on besides its bytes. */
export function checkerKey(input: CheckerKeyInput): string {
  const c = input.caseInfo;
  // The names the checks compare against only: the exit ground, the sign date, the status and
  // timestamps change as the user walks the steps, and no checker reads them.
  const identity = c ? [c.companyName, c.uscc, c.legalRepresentative] : null;
  const orders = input.orders
    ? createHash('sha256')
        .update(input.orders.map((o) => `${o.id}:${o.jit ? 1 : 0}`).join('\n'))
        .digest('hex')
    : null;
  const parts = {
    checks: `${APP_VERSION}+${CHECKS_VERSION}`,
    rulebook: input.rulebookVersion,
    kind: input.kind,
    today: input.today,
    identity,
    orders,
  };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** A stored run that still describes this material under this key. */
export function isFresh(
  run: { contentSha256?: string; checkerKey?: string } | undefined,
  material: { sha256: string },
  key: string,
): boolean {
  return Boolean(run && run.contentSha256 === material.sha256 && run.checkerKey === key);
}
