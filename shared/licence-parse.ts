/**
 * Licence fields from OCR lines (pure; table-tested). The 2016+ licence prints each field
 * as a label (名称, 法定代表人, …, often letter-spaced as 名 称) with its value to the right
 * on the same row; the credit code sits beside or under its label. Pairing a label box with
 * the nearest box to its right beat joining lines into text on real layouts.
 */
import { collapseCjkSpaces, normalizeCompanyName, normalizePersonName } from './names';
import { correctUscc, findUsccInText, isValidUscc, type UsccReading } from './uscc';

export type ParseBox = { x: number; y: number; width: number; height: number };
/** A detected line's rotated geometry (PaddleOCR gives it): lets rows be matched on tilted photos. */
export type ParseGeometry = { cx: number; cy: number; width: number; height: number; angle: number };
export type ParseLine = { text: string; confidence: number; box: ParseBox; charConfidences?: number[]; line?: ParseGeometry };

export type LicenceFieldName = 'companyName' | 'uscc' | 'legalRepresentative' | 'type' | 'foundedDate' | 'address';

export type ParsedField = { value: string; confidence: number; region: ParseBox; label: string };
export type ParsedLicence = { fields: Partial<Record<LicenceFieldName, ParsedField>>; uscc: UsccReading | null; title: boolean };

/** Labels per field, longest first so 主要经营场所 wins over 经营场所. */
export const FIELD_LABELS: Record<LicenceFieldName, string[]> = {
  uscc: ['统一社会信用代码', '社会信用代码', '信用代码'],
  companyName: ['名称'],
  legalRepresentative: ['执行事务合伙人', '法定代表人', '负责人', '经营者', '投资人'],
  type: ['类型', '组成形式'],
  foundedDate: ['成立日期', '注册日期'],
  address: ['主要经营场所', '经营场所', '住所'],
};

/** Lines whose label must not be mistaken for a value (other fields on the licence). */
const OTHER_LABELS = ['注册资本', '营业期限', '经营范围', '登记机关', '出资额', '合伙期限'];

/** `ry`: the centre's y with the photo's skew undone; `h`: the text height without tilt. */
type Line = ParseLine & { flat: string; ry: number; h: number };

/** Text with every space removed and full-width colon dropped, for label matching. */
function flatten(text: string): string {
  return text.replace(/\s+/g, '');
}

function sameRow(a: Line, b: Line): boolean {
  return Math.abs(a.ry - b.ry) < 0.5 * Math.min(a.h, b.h);
}

/** The page's skew: the median angle of the detected lines (0 when the engine gives none). */
function skewOf(lines: ParseLine[]): number {
  const long = lines.filter((l) => l.line && l.line.width > 4 * l.line.height);
  const angles = long.map((l) => l.line?.angle ?? 0).sort((a, b) => a - b);
  return angles[Math.floor(angles.length / 2)] ?? 0;
}

function toLine(l: ParseLine, skew: number): Line {
  const cx = l.line?.cx ?? l.box.x + l.box.width / 2;
  const cy = l.line?.cy ?? l.box.y + l.box.height / 2;
  const text = collapseCjkSpaces(l.text);
  return { ...l, text, flat: flatten(text), ry: cy * Math.cos(skew) - cx * Math.sin(skew), h: l.line?.height ?? l.box.height };
}

function labelAt(flat: string): { field: LicenceFieldName | null; label: string } | null {
  for (const [field, labels] of Object.entries(FIELD_LABELS) as [LicenceFieldName, string[]][]) {
    const label = labels.find((l) => flat.startsWith(l));
    if (label) return { field, label };
  }
  const other = OTHER_LABELS.find((l) => flat.startsWith(l));
  return other ? { field: null, label: other } : null;
}

/**
 * Letter-spaced labels come out of detection as separate boxes (名 | 称): join boxes on one
 * row when together they spell a label.
 */
function mergeLabelPieces(lines: Line[]): Line[] {
  const used = new Set<Line>();
  const out: Line[] = [];
  for (const line of lines) {
    if (used.has(line)) continue;
    // The nearest piece to the right, or the one after when OCR left a speck (1, ·) between.
    const candidates = lines
      .filter((o) => o !== line && !used.has(o) && sameRow(o, line) && o.box.x > line.box.x)
      .sort((a, b) => a.box.x - b.box.x)
      .slice(0, 2);
    const right = line.flat.length <= 3 && !labelAt(line.flat) ? candidates.find((c) => labelAt(line.flat + c.flat)) : undefined;
    const joined = right ? line.flat + right.flat : '';
    if (right) {
      used.add(right);
      const x1 = Math.max(line.box.x + line.box.width, right.box.x + right.box.width);
      const y0 = Math.min(line.box.y, right.box.y);
      const y1 = Math.max(line.box.y + line.box.height, right.box.y + right.box.height);
      out.push({ ...line, text: joined, flat: joined, confidence: Math.min(line.confidence, right.confidence), box: { x: line.box.x, y: y0, width: x1 - line.box.x, height: y1 - y0 } });
    } else out.push(line);
  }
  return out;
}

/** The value after a label: the rest of the same box, else the nearest box to the right on its row. */
type Value = { text: string; conf: number[] | undefined; lineConf: number; box: ParseBox; line: Line };

function valueFor(line: Line, label: string, lines: Line[]): Value | null {
  const rest = line.flat.slice(label.length).replace(/^[:：;；.,，]+/, '');
  if (rest.length > 0) {
    const offset = line.flat.length - rest.length;
    const conf = line.charConfidences && line.charConfidences.length === line.text.length && line.text === line.flat ? line.charConfidences.slice(offset) : undefined;
    return { text: rest, conf, lineConf: line.confidence, box: line.box, line };
  }
  const right = lines
    .filter((o) => o !== line && o.box.x >= line.box.x + line.box.width * 0.8 && sameRow(o, line))
    .sort((a, b) => a.box.x - b.box.x)[0];
  if (!right || labelAt(right.flat)) return null;
  return { text: right.text, conf: right.charConfidences, lineConf: right.confidence, box: right.box, line: right };
}

/**
 * A wrapped value (long name or address) continues on the next printed line, left-aligned
 * with it and closer than the next field's row (wrapped lines are set tighter than rows).
 */
function continuation(value: Line, lines: Line[]): Line | null {
  const below = lines.find(
    (o) => Math.abs(o.box.x - value.box.x) < value.h * 1.5 && o.ry > value.ry + value.h * 0.5 && o.ry - value.ry < value.h * 1.45 && !labelAt(o.flat),
  );
  return below ?? null;
}

function mean(xs: number[] | undefined, fallback: number): number {
  return xs && xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : fallback;
}

function cleanValue(field: LicenceFieldName, text: string): string {
  const t = collapseCjkSpaces(text).replace(/^[:：]+/, '').trim();
  // Entity types carry brackets too: （自然人投资或控股）.
  if (field === 'companyName' || field === 'type') return normalizeCompanyName(t);
  if (field === 'legalRepresentative') return normalizePersonName(t).replace(/[（(].*$/, '');
  if (field === 'foundedDate') return t.replace(/\s+/g, '');
  return t;
}

function readField(field: LicenceFieldName, line: Line, label: string, lines: Line[]): ParsedField | null {
  const v = valueFor(line, label, lines);
  if (!v) return null;
  let text = v.text;
  let box = v.box;
  if (field === 'companyName' || field === 'address' || field === 'type') {
    const more = continuation(v.line, lines);
    if (more) {
      text += more.flat;
      const x1 = Math.max(box.x + box.width, more.box.x + more.box.width);
      box = { x: box.x, y: box.y, width: x1 - box.x, height: more.box.y + more.box.height - box.y };
    }
  }
  const value = cleanValue(field, text);
  if (!value) return null;
  return { value, confidence: mean(v.conf, v.lineConf), region: box, label };
}


/** Parses licence fields from OCR lines (any order, image pixel boxes). */
export function parseLicence(input: ParseLine[]): ParsedLicence {
  const skew = skewOf(input);
  const lines = mergeLabelPieces(input.map((l) => toLine(l, skew)));
  const fields: ParsedLicence['fields'] = {};
  for (const line of lines) {
    const hit = labelAt(line.flat);
    if (!hit?.field || hit.field === 'uscc' || fields[hit.field]) continue;
    const f = readField(hit.field, line, hit.label, lines);
    if (f) fields[hit.field] = f;
  }
  const usccHit = readUsccFrom(lines);
  if (usccHit) fields.uscc = usccHit.field;
  const title = lines.some((l) => l.flat.includes('营业执照'));
  return { fields, uscc: usccHit?.reading ?? null, title };
}

/** The code: beside or under its label, else any line holding an 18-character code. */
function readUsccFrom(lines: Line[]): { field: ParsedField; reading: UsccReading } | null {
  const labelLine = lines.find((l) => FIELD_LABELS.uscc.some((lab) => l.flat.includes(lab)));
  const near = labelLine
    ? lines.filter((l) => l === labelLine || sameRow(l, labelLine) || (l.ry > labelLine.ry && l.ry < labelLine.ry + labelLine.h * 3))
    : [];
  const ordered = [...near, ...lines.filter((l) => !near.includes(l))];
  let fallback: { field: ParsedField; reading: UsccReading } | null = null;
  for (const line of ordered) {
    const run = findUsccInText(line.text);
    if (!run) continue;
    const conf = alignedConfidences(line, run);
    const reading = correctUscc(run, conf);
    const field = { value: reading.code, confidence: mean(conf, line.confidence), region: line.box, label: FIELD_LABELS.uscc[0] ?? '' };
    if (reading.valid || isValidUscc(reading.code)) return { field, reading };
    fallback ??= { field, reading };
  }
  return fallback;
}

/** Per-character confidences of the code run inside a line, when they can be lined up. */
function alignedConfidences(line: Line, run: string): number[] | undefined {
  const conf = line.charConfidences;
  if (!conf || conf.length !== line.text.length) return undefined;
  const start = line.text.toUpperCase().indexOf(run);
  return start >= 0 ? conf.slice(start, start + run.length) : undefined;
}
