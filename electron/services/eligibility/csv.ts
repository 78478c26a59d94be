/**
 * A small RFC 4180 CSV reader (quoted fields, doubled quotes, CR/LF/CRLF line ends, line
 * breaks inside quotes), fast enough for 100,000-row exports: one pass over the string,
 * slicing unquoted fields instead of building them a character at a time.
 */
const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The delimiter of the first line: comma, tab (Excel "Unicode text") or semicolon (EU Excel). */
export function detectDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const first = end < 0 ? text : text.slice(0, end);
  const counts = [',', '\t', ';'].map((d) => [d, first.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0] && counts[0][1] > 0 ? counts[0][0] : ',';
}

/** [lineNumber, fields] per record; lineNumber is the 1-based line the record starts on. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): [number, string[]][] {
  const records: [number, string[]][] = [];
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        [value, i, line] = readQuoted(text, i + 1, line);
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sep || c === CR || c === LF) break;
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      if (i < n && text.charCodeAt(i) === sep) {
        i++;
        continue;
      }
      break;
    }
    // Skip junk after a closing quote up to the line end, then the line end itself.
    while (i < n && text.charCodeAt(i) !== CR && text.charCodeAt(i) !== LF) i++;
    if (text.charCodeAt(i) === CR) i++;
    if (text.charCodeAt(i) === LF) i++;
    line++;
    records.push([start, fields]);
  }
  return records;
}

function readQuoted(text: string, from: number, line: number): [string, number, number] {
  let out = '';
  let i = from;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) {
      out += text.slice(i);
      return [out, text.length, line + countBreaks(text, i, text.length)];
    }
    line += countBreaks(text, i, q);
    out += text.slice(i, q);
    if (text.charCodeAt(q + 1) === QUOTE) {
      out += '"';
      i = q + 2;
      continue;
    }
    return [out, q + 1, line];
  }
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === LF) n++;
  return n;
}
