/**
 * The licence layout pass: after detection, read only the first few characters of every
 * line (labels are at most 7 characters), then fully read just the lines that matter —
 * label lines, the boxes to their right, a wrapped continuation, the credit code. The
 * business scope paragraph, term, capital, QR caption and seal text are never read.
 */
import type { OcrLine, RotatedLine } from '../ocr/types';
import { FIELD_LABELS } from '../../../shared/licence-parse';

/**
 * Width of the prefix crop in line heights: a detected line is ~1.3 characters tall, so
 * ~3.5 characters — enough to tell 统一社 / 法定代 / 执行事 / 成立日 / 913… apart.
 */
const PREFIX_HEIGHTS = Number(process.env.JITKIT_PREFIX_HEIGHTS) || 4.5;

/** Label starts that mark a line worth reading (single characters of letter-spaced labels too). */
const WANTED_STARTS = [
  ...Object.values(FIELD_LABELS).flat(),
  '名',
  '类',
  '住',
  '法定',
  '负责',
  '执行',
  '投资',
  '成立',
  '统一',
  '信用',
  '注册号',
  // Second halves of letter-spaced labels, in case the first half was misread.
  '称',
  '型',
  '所',
];
const SKIPPED_LABELS = ['经营范围', '注册资本', '营业期限', '登记机关', '经营范'];
/** Fields whose value may wrap onto the next line, or (the code) sit under the label. */
const BELOW_STARTS = ['名', '住', '经营场', '主要', '统一', '信用', '社会', '类', '称', '型', '所'];

export function prefixOf(line: RotatedLine): RotatedLine {
  const width = Math.min(line.width, line.height * PREFIX_HEIGHTS);
  const shift = (line.width - width) / 2;
  return { ...line, width, cx: line.cx - shift * Math.cos(line.angle), cy: line.cy - shift * Math.sin(line.angle) };
}

function flat(text: string): string {
  return text.replace(/\s+/g, '');
}

function isWantedPrefix(text: string): boolean {
  const t = flat(text);
  if (!t || SKIPPED_LABELS.some((l) => t.startsWith(l))) return false;
  // A code-like start (digits and capitals, not a date such as 2019年) is the credit code.
  if (/^[0-9A-Z]{3}/.test(t.toUpperCase()) && !/^\d{4}年|^\d{2,4}$/.test(t)) return true;
  return WANTED_STARTS.some((s) => t.startsWith(s) || (t.length <= 2 && s.startsWith(t)));
}

/** The page's skew: median angle of the long lines (short boxes have no reliable angle). */
function skewOf(lines: RotatedLine[]): number {
  const angles = lines
    .filter((l) => l.width > 4 * l.height)
    .map((l) => l.angle)
    .sort((a, b) => a - b);
  return angles[Math.floor(angles.length / 2)] ?? 0;
}

/** Same printed row: b's centre lies within half a line height of a's row (skew undone). */
function sameRow(a: RotatedLine, b: RotatedLine, skew: number): boolean {
  const across = -(b.cx - a.cx) * Math.sin(skew) + (b.cy - a.cy) * Math.cos(skew);
  return Math.abs(across) < 0.5 * Math.min(a.height, b.height);
}

const rightEdge = (l: RotatedLine): number => l.cx + l.width / 2;
const leftEdge = (l: RotatedLine): number => l.cx - l.width / 2;

/** The next boxes to the right on a line's row (a spaced label may take two boxes). */
function rightNeighbours(line: RotatedLine, all: RotatedLine[], count: number, skew: number): RotatedLine[] {
  return all
    .filter((o) => o !== line && sameRow(line, o, skew) && leftEdge(o) >= rightEdge(line) - line.height)
    .sort((a, b) => leftEdge(a) - leftEdge(b))
    .slice(0, count);
}

/** Lines directly below (wrapped name or address, or the code under its label). */
function below(line: RotatedLine, all: RotatedLine[], maxGapHeights: number): RotatedLine[] {
  return all.filter(
    (o) =>
      o !== line &&
      o.cy > line.cy &&
      o.cy - line.cy < line.height * maxGapHeights &&
      Math.abs(leftEdge(o) - leftEdge(line)) < line.height * 2,
  );
}

/**
 * Chooses the lines to read in full from the prefix reading: every wanted line, its two
 * right neighbours and what sits right under them.
 */
export function linesToRead(detected: RotatedLine[], prefixes: Map<RotatedLine, string>): RotatedLine[] {
  const chosen = new Set<RotatedLine>();
  const skew = skewOf(detected);
  for (const line of detected) {
    const prefix = flat(prefixes.get(line) ?? '');
    if (!isWantedPrefix(prefix)) continue;
    chosen.add(line);
    // A letter-spaced label (名 | 称) takes two boxes before its value, plus maybe a speck.
    const right = rightNeighbours(line, detected, prefix.length <= 1 ? 3 : 1, skew);
    for (const r of right) chosen.add(r);
    if (!BELOW_STARTS.some((b) => prefix.startsWith(b))) continue;
    for (const r of [line, ...right]) for (const b of below(r, detected, 2.2)) chosen.add(b);
  }
  return detected.filter((l) => chosen.has(l));
}

/**
 * Lines that can carry a label. A value sits right after a short label that starts its
 * row (法定代表人 | 王熠); its prefix need not be read, which halves the prefix pass. A line
 * after a long value or after a mid-row box (the right column's 成立日期 after the type) may
 * be a label and is read. Specks narrower than a character do not count.
 */
export function rowStarts(lines: RotatedLine[]): RotatedLine[] {
  const skew = skewOf(lines);
  const leftOf = (line: RotatedLine): RotatedLine | undefined =>
    lines
      .filter(
        (o) =>
          o !== line &&
          o.width > o.height * 0.8 &&
          sameRow(line, o, skew) &&
          leftEdge(o) < leftEdge(line) &&
          leftEdge(line) - rightEdge(o) < line.height * 6,
      )
      .sort((a, b) => rightEdge(b) - rightEdge(a))[0];
  return lines.filter((line) => {
    const left = leftOf(line);
    const afterShortRowStart = left !== undefined && left.width <= left.height * 6 && leftOf(left) === undefined;
    return !afterShortRowStart;
  });
}

/** Lines the prefix crop already covered whole: their prefix reading is the full reading. */
export function coveredByPrefix(line: RotatedLine): boolean {
  return line.width <= line.height * PREFIX_HEIGHTS;
}

/** Typical body text height: the median detected line height (the title is far taller). */
export function bodyLines(detected: OcrLine[]): RotatedLine[] {
  const lines = detected.map((l) => l.line).filter((l): l is RotatedLine => l !== undefined);
  const heights = lines.map((l) => l.height).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)] ?? 0;
  return lines.filter((l) => l.height < median * 2.2 && l.width > l.height * 0.6);
}

/** The few tallest lines, far taller than body text: the document's title. */
export function titleLines(detected: OcrLine[]): RotatedLine[] {
  const lines = detected.map((l) => l.line).filter((l): l is RotatedLine => l !== undefined);
  const heights = lines.map((l) => l.height).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)] ?? 0;
  return lines
    .filter((l) => l.height >= median * 2.2 && l.width >= l.height * 1.5)
    .sort((a, b) => b.height - a.height)
    .slice(0, 3);
}
