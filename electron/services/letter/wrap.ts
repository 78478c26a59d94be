/** Anything that measures text (the letter's two-font Typeface). */
export type Measure = { widthOf: (text: string, sizePt: number) => number };

/** Characters that must not start a line (Chinese line-breaking rule, 避头点). */
const NO_LINE_START = new Set(Array.from('，。、；：？！）》」』”’,.;:?!)%'));

/** Splits into break units: one CJK character each, Latin words with their trailing space. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9¥$%.,'"()\-/]+ ?|\s|./gu) ?? [];
}

/** Greedy line breaking by measured width; closing punctuation may hang past the edge. */
export function wrapText(text: string, font: Measure, sizePt: number, maxWidthPt: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    const candidate = line + token;
    const fits = font.widthOf(candidate.trimEnd(), sizePt) <= maxWidthPt;
    if (fits || line === '' || NO_LINE_START.has(token.trim())) {
      line = candidate;
    } else {
      lines.push(line.trimEnd());
      line = token.trimStart();
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** The largest size (of `sizes`, descending) at which `text` fits in `maxLines` lines. */
export function fitText(
  text: string,
  font: Measure,
  sizes: readonly number[],
  maxWidthPt: number,
  maxLines: number,
): { lines: string[]; size: number } | null {
  for (const size of sizes) {
    const lines = wrapText(text, font, size, maxWidthPt);
    if (lines.length <= maxLines) return { lines, size };
  }
  return null;
}
