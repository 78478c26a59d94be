/**
 * The expected name (case and licence) as the prior for a read name. The read is aligned
 * with the expected name character by character; where they differ, the kind of
 * difference says whether it is how OCR fails under seal ink and pen strokes, or another
 * name:
 * - characters lost (under ink, merged into one: 有限责任 read 有限经) are no evidence;
 * - one character the recogniser itself doubted (志 read 士, 澜 read 阑) is no evidence;
 * - stray doubted marks (a pen stroke read as q) are noise;
 * - characters read with near certainty in place of the expected ones (宏 for 鸿, 国 for 华)
 *   are a different name.
 */
import { normalizeCompanyName } from '../../../../shared/names';
import type { OcrLine } from '../../ocr';

/** A character read below this confidence is doubted: its difference is no evidence. */
export const DOUBTED_CHARACTER = 0.95;

export type ReadLetter = { c: string; conf: number };
export type PriorVerdict = 'same' | 'differs' | 'unclear';

const isLetter = (c: string) => /[\p{L}\p{N}]/u.test(c);

/** The letters of `value` (a substring of the line's text) with the recogniser's confidence for each. */
export function valueLetters(line: OcrLine, value: string): ReadLetter[] {
  const text = Array.from(line.text);
  const chars = line.charConfidences && line.charConfidences.length === text.length ? line.charConfidences : null;
  const at = line.text.lastIndexOf(value);
  const offset = at >= 0 ? Array.from(line.text.slice(0, at)).length : -1;
  return Array.from(value)
    .map((c, i) => ({
      c: normalizeCompanyName(c).toUpperCase(),
      conf: chars && offset >= 0 ? (chars[offset + i] ?? line.confidence) : line.confidence,
    }))
    .filter((l) => isLetter(l.c));
}

type Step = 'match' | 'sub' | 'extra' | 'lost';

/** Edit-distance alignment of read and expected letters, as steps in reading order. */
function align(read: string[], expected: string[]): Step[] {
  const n = read.length;
  const m = expected.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) =>
    Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const same = read[i - 1] === expected[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j - 1]! + same, d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
    }
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && read[i - 1] === expected[j - 1] && d[i]![j] === d[i - 1]![j - 1]) {
      steps.push('match');
      i--;
      j--;
    } else if (i > 0 && j > 0 && d[i]![j] === d[i - 1]![j - 1]! + 1) {
      steps.push('sub');
      i--;
      j--;
    } else if (i > 0 && d[i]![j] === d[i - 1]![j]! + 1) {
      steps.push('extra');
      i--;
    } else {
      steps.push('lost');
      j--;
    }
  }
  return steps.reverse();
}

type Run = { read: ReadLetter[]; expected: number };
type RunKind = 'fine' | 'contradicts' | 'unclear';

/** Consecutive differing steps, with the read letters in them and how many expected letters they stand for. */
function differingRuns(read: ReadLetter[], steps: Step[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let i = 0;
  for (const step of steps) {
    if (step === 'match') {
      current = null;
      i++;
      continue;
    }
    if (!current) runs.push((current = { read: [], expected: 0 }));
    if (step !== 'lost') current.read.push(read[i++]!);
    if (step !== 'extra') current.expected++;
  }
  return runs;
}

function runKind(run: Run, strict: boolean): RunKind {
  const sure = run.read.filter((l) => l.conf >= DOUBTED_CHARACTER).length;
  const r = run.read.length;
  if (r === 0) return strict ? 'unclear' : 'fine';
  if (run.expected === 0) return sure === 0 ? 'fine' : 'unclear';
  // Fewer characters than expected: lost under ink, unless two or more were read for sure (李四 for 王建华).
  if (r < run.expected) return sure === r && r >= 2 ? 'contradicts' : sure === 0 && !strict ? 'fine' : 'unclear';
  if (sure === r) return 'contradicts';
  return r === 1 && run.expected === 1 ? 'fine' : 'unclear';
}

/**
 * `strict` (a person's name: two to four characters) allows no lost characters. A read is
 * the same name when nothing contradicts it and enough of it was read.
 */
export function compareWithPrior(
  read: ReadLetter[],
  expected: string,
  strict: boolean,
): { verdict: PriorVerdict; matched: number } {
  const exp = Array.from(normalizeCompanyName(expected).toUpperCase()).filter(isLetter);
  const steps = align(
    read.map((l) => l.c),
    exp,
  );
  const matched = steps.filter((s) => s === 'match').length;
  const kinds = differingRuns(read, steps).map((run) => runKind(run, strict));
  if (kinds.includes('contradicts')) return { verdict: 'differs', matched };
  const enough = strict ? matched >= Math.max(1, exp.length - 1) : matched >= Math.max(4, Math.ceil(0.6 * exp.length));
  return { verdict: !kinds.includes('unclear') && enough ? 'same' : 'unclear', matched };
}
