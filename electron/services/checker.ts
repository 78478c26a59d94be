import type { CaseInput } from '../../shared/case';
import type { FileCheck, MaterialKind } from '../../shared/findings';
import type { Rulebook } from '../../shared/rulebook';

/**
 * The interface every material checker implements (the checks service runs them; each
 * feature, e.g. the licence reader, supplies its own), kept here so neither imports the other.
 * `today` is YYYY-MM-DD in China time (fixed by --today).
 */
export type CheckContext = {
  rulebook: Rulebook;
  today: string;
  caseInfo?: CaseInput;
  /** The case's order export (id and JIT flag per order), for the logistics order look-up. */
  orders?: readonly { id: string; jit: boolean }[];
  signal?: AbortSignal;
  onProgress?: (fraction: number, stage: string) => void;
};

/** One material kind's checks on one file; never throws for bad input (findings instead). */
export type Checker = (file: string, ctx: CheckContext) => Promise<FileCheck>;

export type CheckerMap = Record<Exclude<MaterialKind, 'unknown'>, Checker>;
