import type { Cell } from '../../../shared/eligibility/rows';
import { listZip, readZipEntry, type ZipEntries } from './zip';

/**
 * A fast, read-only XLSX reader for order exports: exceljs takes over 10 s for 100,000 rows,
 * this takes well under one. It reads only what an export needs: sheet names, shared and
 * inline strings, numbers, booleans, and dates (numbers whose cell style is a date format,
 * returned as Date holding the wall-clock time in UTC, the way exceljs does).
 * Anything unexpected throws; ./xlsx.ts then falls back to exceljs.
 */
export type FastSheet = { name: string; rows: [number, Cell[]][] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? whole;
  });
}

const ATTR_RES = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | null {
  // One compiled pattern per attribute name: this runs twice per cell of a 600,000-cell sheet.
  let re = ATTR_RES.get(name);
  if (!re) ATTR_RES.set(name, (re = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  const m = re.exec(attrs);
  return m ? unescapeXml(m[1] ?? '') : null;
}

/** Text of every <t> inside a fragment (a shared string may be rich text split in runs). */
function texts(fragment: string): string {
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = re.exec(fragment); m; m = re.exec(fragment)) out += m[1] ?? '';
  return unescapeXml(out);
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  // Phonetic runs (<rPh>) hold reading hints, not cell text.
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(texts((m[1] ?? '').replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')));
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Style index → is a date format (built-in ids, or a custom code with date/time letters). */
function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, boolean>();
  for (const m of xml.matchAll(/<numFmt\s([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1] ?? '', 'numFmtId'));
    const code = (attr(m[1] ?? '', 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    custom.set(id, /[ymdhs]/i.test(code));
  }
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\s([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attr(m[1] ?? '', 'numFmtId') ?? 0);
    return custom.get(id) ?? BUILTIN_DATE_FORMATS.has(id);
  });
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Workbooks saved with the 1904 date system (old Mac Excel) count days from 1904-01-01. */
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

type Ctx = { strings: string[]; dates: boolean[]; epochMs: number };

function cellValue(attrs: string, body: string, ctx: Ctx): Cell {
  const type = attr(attrs, 't');
  if (type === 'inlineStr') return texts(body);
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return null;
  if (type === 's') return ctx.strings[Number(v)] ?? null;
  if (type === 'str' || type === 'e') return unescapeXml(v);
  if (type === 'b') return v === '1' ? 'true' : 'false';
  if (type === 'd') return new Date(v.endsWith('Z') ? v : `${v}Z`);
  const num = Number(v);
  const style = Number(attr(attrs, 's') ?? 0);
  return ctx.dates[style] ? new Date(ctx.epochMs + Math.round(num * 86_400_000)) : num;
}

function sheetRows(xml: string, ctx: Ctx): [number, Cell[]][] {
  const rows: [number, Cell[]][] = [];
  const rowRe = /<row\s([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const cellRe = /<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let implicitRow = 0;
  for (let m = rowRe.exec(xml); m; m = rowRe.exec(xml)) {
    const rowNo = Number(attr(m[1] ?? '', 'r') ?? implicitRow + 1);
    implicitRow = rowNo;
    const cells: Cell[] = [];
    const body = m[2] ?? '';
    let implicitCol = -1;
    cellRe.lastIndex = 0;
    for (let c = cellRe.exec(body); c; c = cellRe.exec(body)) {
      const ref = attr(c[1] ?? '', 'r');
      const col = ref ? columnIndex(ref) : implicitCol + 1;
      implicitCol = col;
      cells[col] = cellValue(c[1] ?? '', c[2] ?? '', ctx);
    }
    rows.push([rowNo, Array.from(cells, (x) => x ?? null)]);
  }
  return rows;
}

function sheetPaths(workbook: string, entries: ZipEntries, buf: Buffer): { name: string; path: string }[] {
  const rels = readZipEntry(buf, entries, 'xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\s([^>]*?)\/?>/g))
    targets.set(attr(m[1] ?? '', 'Id') ?? '', attr(m[1] ?? '', 'Target') ?? '');
  return [...workbook.matchAll(/<sheet\s([^>]*?)\/?>/g)].map((m) => {
    const target = targets.get(attr(m[1] ?? '', 'r:id') ?? '') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    return { name: attr(m[1] ?? '', 'name') ?? '', path };
  });
}

export function readXlsxFast(bytes: Uint8Array): FastSheet[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = listZip(buf);
  const workbook = readZipEntry(buf, entries, 'xl/workbook.xml');
  if (!workbook) throw new Error('xl/workbook.xml missing');
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
  const ctx: Ctx = {
    strings: sharedStrings(readZipEntry(buf, entries, 'xl/sharedStrings.xml')),
    dates: dateStyles(readZipEntry(buf, entries, 'xl/styles.xml')),
    epochMs: date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS,
  };
  return sheetPaths(workbook, entries, buf).map(({ name, path }) => {
    const xml = readZipEntry(buf, entries, path);
    if (xml === null) throw new Error(`sheet part ${path} missing`);
    return { name, rows: sheetRows(xml, ctx) };
  });
}
