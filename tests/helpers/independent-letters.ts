/**
 * The independently generated signed letters (tests/independent/letters, HTML templates
 * rendered in Chromium, never our renderer): their truth file, and the per-code confusion
 * of our findings against it. Used by the accuracy test (held-out split), the calibration
 * tool (calibration split) and the bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseInput } from '../../shared/case';
import type { TruthEntry } from '../independent/letters/truth';
import type { FileCheck } from '../../shared/findings';

/**
 * Not imported from ../fixtures: that pulls in every generator (and Chromium) for the bench.
 * JITKIT_LETTERS_DIR points the calibration tools at an extra calibration-only set.
 */
export const INDEPENDENT_LETTERS_DIR =
  process.env.JITKIT_LETTERS_DIR ?? join(import.meta.dirname, '..', 'fixtures', 'generated', 'independent-letters');

/** The generator's own truth entry (a type-only import: nothing of the generator is loaded). */
export type IndependentLetter = TruthEntry;

export function readIndependentLetters(
  split: IndependentLetter['split'],
  dir = INDEPENDENT_LETTERS_DIR,
): IndependentLetter[] {
  const truth = join(dir, 'truth.json');
  if (!existsSync(truth)) return [];
  const raw = JSON.parse(readFileSync(truth, 'utf8')) as IndependentLetter[] | { entries: IndependentLetter[] };
  const all = Array.isArray(raw) ? raw : raw.entries;
  return all.filter((f) => f.split === split);
}

/** Where a truth entry's file is: beside truth.json or in its files/ folder. */
export function letterPath(f: IndependentLetter, dir = INDEPENDENT_LETTERS_DIR): string {
  const direct = join(dir, f.file);
  return existsSync(direct) ? direct : join(dir, 'files', f.file);
}

export function caseOf(f: IndependentLetter): CaseInput {
  return { ...f.case, exitReason: 'no-jit-orders-90d', signDate: '2026-11-20' };
}

/** The codes a check reported that the truth speaks about (errors and warnings; notes are not judged). */
export const reportedCodes = (check: FileCheck): string[] => [
  ...new Set(check.findings.filter((f) => f.severity !== 'info').map((f) => f.code)),
];

/**
 * The codes a correct check reports. The truth leaves bad input's expectCodes empty and names
 * the problem in badInput; each has its own finding here (rotation is only a note).
 */
const BAD_INPUT_CODES: Record<string, string[]> = {
  'two-pages': ['LETTER_TWO_PAGES'],
  blank: ['PAGE_BLANK'],
  licence: ['KIND_UNKNOWN'],
};
export const expectedCodes = (f: IndependentLetter): string[] => [
  ...new Set([...f.expectCodes, ...(BAD_INPUT_CODES[f.badInput ?? ''] ?? [])]),
];

export type Confusion = Record<string, { tp: number; fp: number; fn: number }>;

export function confusion(rows: { truth: IndependentLetter; check: FileCheck }[]): Confusion {
  const table: Confusion = {};
  const cell = (code: string) => (table[code] ??= { tp: 0, fp: 0, fn: 0 });
  for (const { truth, check } of rows) {
    const got = new Set(reportedCodes(check));
    const want = new Set(expectedCodes(truth));
    for (const c of want) {
      if (got.has(c)) cell(c).tp += 1;
      else cell(c).fn += 1;
    }
    for (const c of got) if (!want.has(c)) cell(c).fp += 1;
  }
  return table;
}

export function allRight(truth: IndependentLetter, check: FileCheck): boolean {
  const got = reportedCodes(check).sort();
  const want = expectedCodes(truth).sort();
  return got.length === want.length && got.every((c, i) => c === want[i]);
}

/** A good letter: the printed names are the case's own (any error naming them is false). */
export const namesAreRight = (f: IndependentLetter) =>
  !f.expectCodes.includes('COMPANY_NAME_MISMATCH') && !f.expectCodes.includes('LEGAL_NAME_MISMATCH');
