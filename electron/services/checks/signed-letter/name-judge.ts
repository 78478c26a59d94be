/**
 * Judges a printed name read off a letter against the expected one (the case, filled from
 * the licence). The expected name is the prior: a read equal to it passes; a read that is
 * complete and confident and still different is a mismatch (王建国 vs 王建华); anything
 * in between (cut short, garbled, unsure characters, or a "value" that is really another
 * label such as 盖章）) is "not checked" with the region to look at, never a mismatch.
 */
import { normalizeCompanyName, normalizePersonName, sameCompany, samePerson } from '../../../../shared/names';
import type { OcrLine } from '../../ocr';
import { valueAfterLabel } from './labels';
import { compareWithPrior, valueLetters } from './name-prior';

export type NameVerdict =
  | { verdict: 'match'; value: string; line: OcrLine }
  | { verdict: 'mismatch'; value: string; line: OcrLine }
  | { verdict: 'unsure'; value: string; line: OcrLine; why: 'partial' | 'label' | 'unsure' };

/** Below these a differing read is "could not read", not "wrong". */
const MIN_LINE_CONFIDENCE = 0.9;
const MIN_CHAR_CONFIDENCE = 0.75;

/** Words of the signing block's own labels: a "value" made of them is no name at all. */
const LABEL_WORDS = /盖章|签字|签名|签章|公章|日期|承诺人|法定代表人|统一社会信用代码|公司名称/;
const COMPANY_END = /(公司|厂|店|部|中心|工作室|商行|事务所|合作社|门市|经营部)(（(个体工商户|个人独资)）)?$/;
const HAN = /\p{Script=Han}/gu;

function valueConfidence(line: OcrLine, value: string): number {
  const chars = line.charConfidences;
  if (!chars || chars.length !== Array.from(line.text).length) return line.confidence;
  const start = Array.from(line.text).length - Array.from(value).length;
  const own = chars.slice(Math.max(0, start));
  return own.length > 0 ? Math.min(...own) : line.confidence;
}

/** The value after the label, with stray label words (（盖章）, （签字）) cut off its ends. */
function cleanValue(line: OcrLine, label: RegExp): string {
  const m = label.exec(line.text);
  // An unlabelled line (the company printed above 签章：) is all value.
  const after = m
    ? line.text.slice(m.index + m[0].length)
    : /[:：]/.test(line.text)
      ? valueAfterLabel(line.text, label)
      : line.text;
  // A garbled label tail (（盖草）：, /需章)：, ：read as ！) ends at its colon, close after the label.
  const tail = /^[^\p{Script=Han}]{0,2}[\p{Script=Han}]{0,2}[^\p{Script=Han}]{0,3}[:：!！;；]/u.exec(after);
  const rest = tail ? after.slice(tail[0].length) : after;
  // Table rules between a label cell and its value read as | or 丨.
  const value = rest.replace(/^[\s（(]*(盖章?|签[字子章名]?|公章)?[）)]?[\s:：!！|丨｜_]*/u, '');
  // Another label on the same printed line (法定代表人：王建国  日期：…) ends the value.
  const next = /日期|统一社会|信用代码|公司名称|法定代表人|签字|签名|盖章/u.exec(value);
  const cut = next && next.index > 0 ? value.slice(0, next.index) : value;
  return cut.replace(/[\s:：_—-]+$/u, '').trim();
}

function bracketsBalanced(s: string): boolean {
  const open = (s.match(/[（(]/g) ?? []).length;
  return open === (s.match(/[）)]/g) ?? []).length;
}

const letters = (s: string) => Array.from(s.replace(/[^\p{L}\p{N}]/gu, ''));

type Read = { line: OcrLine; value: string; raw: string };

function readValues(lines: OcrLine[], label: RegExp, normalize: (s: string) => string): Read[] {
  return lines
    .map((line) => {
      const raw = cleanValue(line, label);
      return { line, raw, value: normalize(raw) };
    })
    .filter((r) => r.value.length > 0);
}

const withoutRaw = ({ line, value }: Read) => ({ line, value });

export function judgeCompany(lines: OcrLine[], label: RegExp, expected: string): NameVerdict | null {
  const reads = readValues(lines, label, normalizeCompanyName);
  if (reads.length === 0) return null;
  const hit = reads.find((r) => sameCompany(r.value, expected));
  if (hit) return { verdict: 'match', ...withoutRaw(hit) };
  // A lone 承诺人（盖章） line is no name; of the rest, a read that is a whole name decides.
  const named = reads.filter((r) => !LABEL_WORDS.test(r.value));
  if (named.length === 0) return { verdict: 'unsure', ...withoutRaw(reads[0]!), why: 'label' };
  const exp = normalizeCompanyName(expected);
  const compared = named.map((r) => ({ r, prior: compareWithPrior(valueLetters(r.line, r.raw), exp, false).verdict }));
  const same = compared.find((c) => c.prior === 'same');
  if (same) return { verdict: 'match', ...withoutRaw(same.r) };
  // Only a whole name read confidently, with characters read for sure in place of the expected ones, is another name.
  const differing = compared.find(
    (c) =>
      c.prior === 'differs' &&
      wholeCompanyName(c.r.value, exp) &&
      completeRead(c.r.value, exp, 1) &&
      anotherName(c.r.value, exp),
  )?.r;
  if (!differing)
    return {
      verdict: 'unsure',
      ...withoutRaw(named.sort((a, b) => b.value.length - a.value.length)[0]!),
      why: 'partial',
    };
  if (differing.line.confidence < MIN_LINE_CONFIDENCE)
    return { verdict: 'unsure', ...withoutRaw(differing), why: 'unsure' };
  return { verdict: 'mismatch', ...withoutRaw(differing) };
}

/**
 * A read that lost characters is not a complete read: a different name (王建国 vs 王建华, 卓越 vs
 * 卓跃) has about the expected length, or shares next to nothing with the expected name (another
 * company or person altogether). A read several characters short that shares most of them
 * (深圳市云广用品公司 for 深圳市云帆户外用品有限公司: 帆户外 and 有限 lost under seal ink) is partial.
 */
function completeRead(value: string, expected: string, slack: number): boolean {
  const got = letters(value);
  const exp = letters(expected);
  if (Math.abs(got.length - exp.length) <= slack) return true;
  const shared = got.filter((c) => exp.includes(c)).length;
  return shared <= got.length / 2;
}

/** Edit distance between two letter sequences (names are short: the plain table is enough). */
function editDistance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** A wrong company name on a letter is one or two characters off (佳禾 for 嘉禾), or another name. */
const NEAR_MISS_EDITS = 2;

/**
 * A different company, not a garbled read: a near miss of the expected name, or a name
 * sharing next to nothing with it. A read with several characters lost, swapped and added
 * (义写美技有限公司基 for 嘉懿（义乌）美妆有限公司, the seal over it) is neither.
 */
function anotherName(value: string, expected: string): boolean {
  const got = letters(value);
  const exp = letters(expected);
  if (editDistance(got, exp) <= NEAR_MISS_EDITS) return true;
  return got.filter((c) => exp.includes(c)).length <= got.length / 2;
}

/** Ends like a company name, brackets closed, and not just the start or end of the expected one. */
function wholeCompanyName(value: string, expected: string): boolean {
  const hanCount = (value.match(HAN) ?? []).length;
  return (
    COMPANY_END.test(value) &&
    bracketsBalanced(value) &&
    hanCount >= 4 &&
    !expected.startsWith(value) &&
    !expected.endsWith(value)
  );
}

const PERSON = /^[\p{Script=Han}·]{2,6}$|^[A-Za-z][A-Za-z .'-]{1,40}$/u;

export function judgePerson(lines: OcrLine[], label: RegExp, expected: string): NameVerdict | null {
  const reads = readValues(lines, label, normalizePersonName);
  if (reads.length === 0) return null;
  const hit = reads.find((r) => samePerson(r.value, expected));
  if (hit) return { verdict: 'match', ...withoutRaw(hit) };
  const r = reads.find((x) => !LABEL_WORDS.test(x.value));
  if (!r) return { verdict: 'unsure', ...withoutRaw(reads[0]!), why: 'label' };
  if (!PERSON.test(r.value)) return { verdict: 'unsure', ...withoutRaw(r), why: 'partial' };
  const exp = normalizePersonName(expected);
  // A person's name is short: no lost character is allowed for "the same".
  const prior = compareWithPrior(valueLetters(r.line, r.raw), exp, true).verdict;
  if (prior === 'same') return { verdict: 'match', ...withoutRaw(r) };
  if (prior !== 'differs' || !completeRead(r.value, exp, 0))
    return { verdict: 'unsure', ...withoutRaw(r), why: 'partial' };
  if (r.line.confidence < MIN_LINE_CONFIDENCE || valueConfidence(r.line, r.value) < MIN_CHAR_CONFIDENCE)
    return { verdict: 'unsure', ...withoutRaw(r), why: 'unsure' };
  return { verdict: 'mismatch', ...withoutRaw(r) };
}
