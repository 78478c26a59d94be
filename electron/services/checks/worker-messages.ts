import type { MessagePort } from 'node:worker_threads';
import type { CaseInput } from '../../../shared/case';
import type { FileCheck, Finding, MaterialKind } from '../../../shared/findings';
import type { Locale } from '../../../shared/i18n';
import type { Rulebook } from '../../../shared/rulebook';

/** What one check needs across the thread boundary (no signal, no callbacks: not cloneable). */
export type WorkerCheckInput = {
  file: string;
  /** The kind the user chose, if any (from `as` or `kinds`). */
  kind?: MaterialKind;
  caseInfo?: CaseInput;
  /** The case's order export (id and JIT flag per order), for the logistics order look-up. */
  orders?: readonly { id: string; jit: boolean }[];
  today: string;
  rulebook: Rulebook;
  /** Messages are written in the caller's language. */
  locale: Locale;
};

/** Main thread → checks worker. */
export type ToChecksWorker =
  | { type: 'check'; id: number; input: WorkerCheckInput }
  | { type: 'set'; id: number; checks: FileCheck[]; today: string; rulebook: Rulebook; locale: Locale }
  | { type: 'cancel'; id: number }
  | { type: 'shutdown' }
  /** Sent first: the port to the main thread's OCR pool (the worker loads no OCR models itself). */
  | { type: 'ocrPort'; port: MessagePort };

/** Checks worker → main thread. */
export type FromChecksWorker =
  | { type: 'progress'; id: number; fraction: number; stage: string }
  | { type: 'checked'; id: number; check: FileCheck }
  | { type: 'set'; id: number; findings: Finding[] }
  | { type: 'error'; id: number; cancelled: boolean; message: string }
  | { type: 'closed' };
