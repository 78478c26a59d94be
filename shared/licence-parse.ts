/**
 * Licence fields from OCR lines (pure; table-tested). The 2016+ licence prints each field
 * as a label (名称, 法定代表人, …, often letter-spaced as 名 称) with its value to the right
 * on the same row; the credit code sits beside or under its label. Pairing a label box with
 * the nearest box to its right beat joining lines into text on real layouts.
 */
import { collapseCjkSpaces, normalizeCompanyName, normalizePersonName } from './names';
import { endsInCutBranch, endsWithLegalForm, isBranchName, isTypeBelowName, trimCompanyName } from './licence-name';
import { hasDroppedCharacter } from './licence-gaps';
import { cleanAddress, cutAtNextLabel, cutDate, restoreTypeStart } from './licence-values';
import { correctUscc, findUsccInText, hasUsccStructure, type UsccReading } from './uscc';

export type ParseBox = { x: number; y: number; width: number; height: number };
/** A detected line's rotated geometry (PaddleOCR gives it): lets rows be matched on tilted photos. */
export type ParseGeometry = { cx: number; cy: number; width: number; height: number; angle: number };
export type ParseLine = {
  text: string;
  confidence: number;
  box: ParseBox;
  charConfidences?: number[];
  /** Per-character positions along the line in recogniser steps (see ./licence-gaps.ts). */
  charSteps?: number[];
  line?: ParseGeometry;
};

export type LicenceFieldName = 'companyName' | 'uscc' | 'legalRepresentative' | 'type' | 'foundedDate' | 'address';

/**
 * `weakest`: the least sure character's confidence (one misread character hides in a mean).
 * `dropped`: the recogniser skipped a character inside the value (a gap in its steps).
 */
export type ParsedField = {
  value: string;
  confidence: number;
  region: ParseBox;
  label: string;
  weakest?: number;
  dropped?: boolean;
};
/**
 * `uscc` is what was read where a code is printed, valid or not; `fields.uscc` only holds a
 * code that passes the check and has the code's structure (never an invented one).
 * `registrationNumber`: the 15-digit 注册号 of a pre-2015 licence.
 */
export type ParsedLicence = {
  fields: Partial<Record<LicenceFieldName, ParsedField>>;
  uscc: UsccReading | null;
  title: boolean;
  registrationNumber: string | null;
};

/** Labels per field, longest first so 主要经营场所 wins over 经营场所. */
export const FIELD_LABELS: Record<LicenceFieldName, string[]> = {
  uscc: ['统一社会信用代码', '社会信用代码', '信用代码'],
  companyName: ['名称'],
  legalRepresentative: ['执行事务合伙人', '法定代表人', '负责人', '经营者', '投资人'],
  type: ['类型', '组成形式'],
  foundedDate: ['成立日期', '注册日期'],
  address: ['主要经营场所', '经营场所', '住所'],
};

/** A printed person's name: 2–10 CJK characters (· in minority names) or a Latin name. */
const PERSON_NAME = /^(?!名称|类型|住所)([\u4e00-\u9fff·]{2,10}|[A-Za-z][A-Za-z .'-]{1,40})$/;

/** Lines whose label must not be mistaken for a value (other fields on the licence). */
const OTHER_LABELS = [
  '注册资本',
  '营业期限',
  '经营范围',
  '登记机关',
  '出资额',
  '合伙期限',
  '实收资本',
  '经营期限',
  '组织机构代码',
  '纳税人识别号',
  '证照编号',
  '注册号',
];

/**
 * `ry`: the centre's y with the photo's skew undone; `h`: the text height without tilt;
 * `x0`/`x1`: left and right ends along the row (a tilted line's upright box reaches further
 * left than its text, so boxes alone misorder a label and its value on photos).
 */
type Line = ParseLine & { flat: string; ry: number; h: number; x0: number; x1: number; tail?: Line };

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
  const rx = cx * Math.cos(skew) + cy * Math.sin(skew);
  const half = (l.line?.width ?? l.box.width) / 2;
  return {
    ...l,
    text,
    flat: dropLabelSpecks(flatten(text)),
    ry: cy * Math.cos(skew) - cx * Math.sin(skew),
    h: l.line?.height ?? l.box.height,
    x0: rx - half,
    x1: rx + half,
  };
}

/** A speck read between a spaced label's characters (名．称…): dropped so the label is found. */
function dropLabelSpecks(flat: string): string {
  const lead = /^[．.·・、，,：:;；'"`|丨]+/.exec(flat);
  if (lead && labelAt(flat.slice(lead[0].length))) return flat.slice(lead[0].length);
  const m = /^([\u4e00-\u9fff]{1,6})[．.·・、，,：:;；'"`|]+/.exec(flat);
  if (!m?.[1] || !isLabelStart(m[1])) return flat;
  // A label's first piece with a speck after it (名. | 称…): the piece alone.
  if (m[0].length === flat.length) return m[1];
  const joined = m[1] + flat.slice(m[0].length);
  return labelAt(joined) ? joined : flat;
}

function labelAt(flat: string): { field: LicenceFieldName | null; label: string } | null {
  for (const [field, labels] of Object.entries(FIELD_LABELS) as [LicenceFieldName, string[]][]) {
    const label = labels.find((l) => flat.startsWith(l));
    if (label) return { field, label };
  }
  const other = OTHER_LABELS.find((l) => flat.startsWith(l));
  return other ? { field: null, label: other } : null;
}

/** Every label text the parser knows, to tell a label's first pieces (名, 负责) from values. */
const ALL_LABELS = [...Object.values(FIELD_LABELS).flat(), ...OTHER_LABELS, '注册号'];
/** A lone last character of a letter-spaced label whose first piece OCR lost (名 … 称). */
const LABEL_TAILS: Record<string, string> = { 称: '名称', 型: '类型', 所: '住所', 期: '成立日期' };

/** A person label whose first character OCR lost, read alone (营者 for 经营者, 代表人 for 法定代表人). */
const lostLabelStart = (flat: string): string | undefined =>
  flat.length >= 2
    ? FIELD_LABELS.legalRepresentative.find((l) => l.length > flat.length && l.endsWith(flat))
    : undefined;
const isLabelStart = (flat: string): boolean =>
  flat.length > 0 && ALL_LABELS.some((l) => l.startsWith(flat) && l !== flat);
const isSpeck = (flat: string): boolean => flat.length === 1 && !/[\u4e00-\u9fff]/.test(flat);

/** Joins boxes spelling a label (名 | 称, 负 | 责 | 人) from `line` rightwards on its row. */
function joinPieces(line: Line, row: Line[]): Line[] | null {
  const pieces = [line];
  let joined = line.flat;
  for (const c of row) {
    const last = pieces[pieces.length - 1] as Line;
    // The same character detected twice in overlapping boxes (投 | 资 | 资 | 人).
    if (c.flat === last.flat && c.flat.length === 1 && c.x0 < last.x1) continue;
    const cand = joined + c.flat;
    if (labelAt(cand)) return [...pieces, c];
    // A speck between the pieces read as a character in the next box (名 | 東称).
    const afterSpeck = c.flat.slice(1);
    if (c.flat.length === 2 && labelAt(joined + afterSpeck)?.label === joined + afterSpeck)
      return [
        ...pieces,
        { ...c, text: afterSpeck, flat: afterSpeck, charConfidences: undefined, charSteps: undefined },
      ];
    if (isLabelStart(cand)) {
      pieces.push(c);
      joined = cand;
    } else if (!isSpeck(c.flat)) return null;
  }
  return null;
}

function mergedLine(pieces: Line[]): Line {
  const first = pieces[0] as Line;
  const flat = pieces.map((p) => p.flat).join('');
  const x1 = Math.max(...pieces.map((p) => p.box.x + p.box.width));
  const rowEnd = Math.max(...pieces.map((p) => p.x1));
  const y0 = Math.min(...pieces.map((p) => p.box.y));
  const y1 = Math.max(...pieces.map((p) => p.box.y + p.box.height));
  const confidence = Math.min(...pieces.map((p) => p.confidence));
  // The last piece may carry the value too (名 | 称：某某有限公司): kept to place and score it.
  const tail = pieces.length > 1 ? pieces[pieces.length - 1] : undefined;
  return {
    ...first,
    text: flat,
    flat,
    confidence,
    charConfidences: undefined,
    charSteps: undefined,
    x1: rowEnd,
    box: { x: first.box.x, y: y0, width: x1 - first.box.x, height: y1 - y0 },
    ...(tail ? { tail } : {}),
  };
}

/**
 * Letter-spaced labels come out of detection as separate boxes, however wide the gaps
 * (名 | 称, 负 | 责 | 人, 经 | 营 | 场 | 所): join boxes on one row when together they spell a
 * label. A lone 称 / 型 whose first piece was lost stands for its label.
 */
function mergeLabelPieces(lines: Line[]): Line[] {
  const used = new Set<Line>();
  const out: Line[] = [];
  for (const line of [...lines].sort((a, b) => a.x0 - b.x0)) {
    if (used.has(line)) continue;
    if (line.flat.length <= 3 && !labelAt(line.flat) && isLabelStart(line.flat)) {
      const row = lines
        .filter((o) => o !== line && !used.has(o) && sameRow(o, line) && o.x0 > line.x0)
        .sort((a, b) => a.x0 - b.x0)
        .slice(0, 5);
      const pieces = joinPieces(line, row);
      if (pieces) {
        for (const p of pieces) used.add(p);
        out.push(mergedLine(pieces));
        continue;
      }
    }
    const tail = LABEL_TAILS[line.flat] ?? lostLabelStart(line.flat);
    out.push(tail ? { ...line, text: tail, flat: tail, charConfidences: undefined, charSteps: undefined } : line);
  }
  return out;
}

/** The value after a label: the rest of the same box, else the nearest box to the right on its row. */
type Value = {
  text: string;
  conf: number[] | undefined;
  lineConf: number;
  box: ParseBox;
  line: Line;
  startX: number;
  dropped: boolean;
};

/** The value is a whole box to the right of its label's box. */
function boxValue(right: Line, label: Line): Value {
  return {
    text: right.text,
    conf: right.charConfidences,
    lineConf: right.confidence,
    box: right.box,
    line: right,
    startX: right.x0,
    dropped: hasDroppedCharacter({ text: right.text, steps: right.charSteps }, 0, right.text.length, {
      text: label.text,
      steps: label.charSteps,
    }),
  };
}

function valueFor(line: Line, label: string, lines: Line[]): Value | null {
  const rest = line.flat.slice(label.length).replace(/^[:：;；.,，．。·・、丨|]+/, '');
  if (rest.length > 0) {
    // A merged label's value lies in its last piece: measure and score it there.
    const inTail = line.tail && line.tail.flat.length >= rest.length ? line.tail : undefined;
    const piece = inTail ?? line;
    const offset = piece.flat.length - rest.length;
    const conf =
      piece.charConfidences && piece.charConfidences.length === piece.text.length && piece.text === piece.flat
        ? piece.charConfidences.slice(offset)
        : undefined;
    // Where the value's text starts inside the box (characters are about evenly wide).
    const startX = piece.x0 + ((piece.x1 - piece.x0) * offset) / Math.max(1, piece.flat.length);
    // A speck dropped from the flat text (·名称…) shifts the characters: measure the value in the read text.
    const inText =
      piece.text === piece.flat ? offset : piece.text.endsWith(rest) ? piece.text.length - rest.length : -1;
    const dropped =
      inText >= 0 && hasDroppedCharacter({ text: piece.text, steps: piece.charSteps }, inText, rest.length);
    const value = { text: rest, conf, lineConf: line.confidence, box: line.box, line, startX, dropped };
    return rest.length === 1 ? (cutFirstCharacter(line, lines) ?? value) : value;
  }
  const right = lines
    // Detected boxes are grown by about half a text height on each side (unclip), so a value
    // set tight after its label may start a little before the label's box ends.
    // A speck (one Latin letter or mark) between label and value is not the value.
    .filter(
      (o) =>
        o !== line &&
        !isSpeck(o.flat) &&
        o.x0 >= line.x1 - 0.9 * Math.min(line.h, o.h) &&
        (o.x0 + o.x1) / 2 > line.x1 &&
        sameRow(o, line),
    )
    .sort((a, b) => a.x0 - b.x0)[0];
  const value = right ?? offsetValue(line, lines);
  if (!value || labelAt(value.flat)) return null;
  return boxValue(value, line);
}

/** No box squarely on the label's row: one a little off it, when this label's row is the nearest to it. */
function offsetValue(line: Line, lines: Line[]): Line | undefined {
  return lines
    .filter((o) => o !== line && !isSpeck(o.flat) && o.x0 >= line.x1 - 0.9 * Math.min(line.h, o.h))
    .filter((o) => o.x0 - line.x1 < 4 * line.h && ownerLabel(o, lines) === line)
    .sort((a, b) => a.x0 - b.x0)[0];
}

/**
 * One character after the label and a box overlapping the label's end on its row: detection
 * cut the value's first character in two (法定代表人区 | 欧阳晓东). The neighbour is the value.
 */
function cutFirstCharacter(line: Line, lines: Line[]): Value | null {
  const right = lines.find(
    (o) =>
      o !== line && sameRow(o, line) && o.x0 < line.x1 - 0.2 * line.h && o.x1 > line.x1 + line.h && !labelAt(o.flat),
  );
  return right ? boxValue(right, line) : null;
}

/**
 * A short box (≤ 3 characters) ends right before `o` on its row: a label whose first character
 * was lost (营者 | 吴军), so `o` is that row's value, not a wrapped line of the row above.
 */
function hasShortBoxLeft(o: Line, lines: Line[]): boolean {
  return lines.some(
    (l) =>
      l !== o &&
      sameRow(l, o) &&
      l.x1 <= o.x0 + 0.5 * o.h &&
      o.x0 - l.x1 < 1.5 * o.h &&
      /^[\u4e00-\u9fff]{1,3}$/.test(l.flat),
  );
}

/** A label box sits on the same row left of `o`: `o` is that label's value, not a wrap. */
function hasLabelLeft(o: Line, lines: Line[]): boolean {
  return lines.some((l) => l !== o && l.x0 < o.x0 && sameRow(l, o) && labelAt(l.flat) !== null);
}

/**
 * A wrapped value (long name or address) continues on the next printed line, left-aligned
 * with the value's text and closer than the next field's row (wrapped lines are set
 * tighter than rows). A line that is itself another label's value is not a wrap.
 */
function continuation(value: Value, label: Line, lines: Line[]): Line | null {
  const v = value.line;
  const below = lines.find(
    (o) =>
      o !== v &&
      Math.abs(o.x0 - value.startX) < v.h * 1.5 &&
      o.ry > v.ry + v.h * 0.5 &&
      o.ry - v.ry < v.h * 1.45 &&
      /[\u4e00-\u9fff]/.test(o.flat) &&
      !labelAt(o.flat) &&
      !hasLabelLeft(o, lines) &&
      !hasShortBoxLeft(o, lines) &&
      [null, label].includes(ownerLabel(o, lines, v)),
  );
  return below ?? null;
}

/**
 * The label whose row a line lies on more than on `from`'s: a small-print value set a little
 * above its label's centre (住 所 under the type, on older licences) belongs to that label,
 * not to the row above it.
 */
function ownerLabel(o: Line, lines: Line[], from?: Line): Line | null {
  const near = lines
    .filter((l) => l !== o && l !== from && l.x1 < o.x0 + l.h && labelAt(l.flat) !== null)
    .filter((l) => Math.abs(l.ry - o.ry) < 0.5 * Math.max(l.h, o.h))
    .sort((a, b) => Math.abs(a.ry - o.ry) - Math.abs(b.ry - o.ry))[0];
  if (!near) return null;
  return !from || Math.abs(near.ry - o.ry) < Math.abs(from.ry - o.ry) / 2 ? near : null;
}

function mean(xs: number[] | undefined, fallback: number): number {
  return xs && xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : fallback;
}

function cleanValue(field: LicenceFieldName, text: string): string {
  // A speck of the label's last character often reads as leading punctuation (、陈敏海).
  const t = collapseCjkSpaces(text)
    .replace(/^[\s:：、,，.。．;；·・•‧∙'"`|丨]+/, '')
    .trim();
  // Entity types carry brackets too: （自然人投资或控股）.
  if (field === 'companyName') return normalizeCompanyName(t);
  // A value ends at the next cell's label (one box can span two cells on older layouts).
  if (field === 'type') return restoreTypeStart(cutAtNextLabel(normalizeCompanyName(t)));
  if (field === 'legalRepresentative') {
    // 或 is not used in given names; the recogniser reads the name character 彧 as it.
    // A speck read as a dot before or after the name (周杰·) is no part of it; 艾力·买买提 keeps its dot.
    const person = normalizePersonName(t)
      .replace(/[（(].*$/, '')
      .replace(/^[·・]+|[·・]+$/g, '')
      .replace(/(?<=.)或/g, '彧');
    // A person's name, not a compound label's rest (经营者名称 …) or a company.
    return PERSON_NAME.test(person) ? person : '';
  }
  if (field === 'foundedDate') return cutDate(cutAtNextLabel(t.replace(/\s+/g, '')));
  return cleanAddress(cutAtNextLabel(t));
}

function readField(field: LicenceFieldName, line: Line, label: string, lines: Line[]): ParsedField | null {
  const v = valueFor(line, label, lines);
  if (!v) return null;
  let text = v.text;
  let box = v.box;
  const closed = field === 'companyName' && endsWithLegalForm(normalizeCompanyName(collapseCjkSpaces(text)));
  const wraps = field === 'address' || field === 'type' || field === 'companyName';
  let more = wraps ? continuation(v, line, lines) : null;
  // A name complete in its legal form continues only with a branch's own name (…有限公司 / 龙华分公司).
  if (closed && more && !isBranchName(normalizeCompanyName(more.flat))) more = null;
  if (field === 'companyName' && more && isTypeBelowName(normalizeCompanyName(collapseCjkSpaces(text)), more.flat))
    more = null;
  if (more) {
    text += more.flat;
    const x1 = Math.max(box.x + box.width, more.box.x + more.box.width);
    box = { x: box.x, y: box.y, width: x1 - box.x, height: more.box.y + more.box.height - box.y };
  }
  let value = cleanValue(field, text);
  // A mainland registered name is Chinese: a Latin speck (an overlay's letters) is no name.
  // A branch name cut short (…有限公司城南分公, its 司 wrapped and lost) is no name: never the head company's.
  if (field === 'companyName')
    value = /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(value) && !endsInCutBranch(value) ? trimCompanyName(value) : '';
  if (!value) return null;
  // Only the characters kept count (a speck cut off the name is not the name's weakest).
  const at = v.conf?.length === v.text.length ? v.text.indexOf(value) : -1;
  const kept = at >= 0 ? v.conf?.slice(at, at + value.length) : v.conf;
  const weakest = kept && kept.length ? Math.min(...kept) : undefined;
  return {
    value,
    confidence: mean(v.conf, v.lineConf),
    region: box,
    label,
    ...(weakest === undefined ? {} : { weakest }),
    ...(v.dropped ? { dropped: true } : {}),
  };
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
  readLostLabelStarts(lines, fields);
  const usccHit = readUsccFrom(lines);
  if (usccHit?.reading.valid) fields.uscc = usccHit.field;
  const title = lines.some((l) => l.flat.includes('营业执照'));
  return { fields, uscc: usccHit?.reading ?? null, title, registrationNumber: readRegistrationNumber(lines) };
}

/** Fields a lone tail of a spaced label may stand for when its first character was lost (称佛山市…). */
const TAIL_FIELDS: Partial<Record<string, LicenceFieldName>> = { 称: 'companyName', 型: 'type', 所: 'address' };

/** A field still missing whose value line starts with its label's last character (名 was not detected). */
function readLostLabelStarts(lines: Line[], fields: ParsedLicence['fields']): void {
  for (const line of lines) {
    const tail = line.flat[0] ?? '';
    const field = TAIL_FIELDS[tail];
    if (!field || fields[field] || line.flat.length < 3 || hasLabelLeft(line, lines)) continue;
    const f = readField(field, { ...line, tail: undefined }, tail, lines);
    if (f) fields[field] = { ...f, label: LABEL_TAILS[tail] ?? tail };
  }
}

/** The code: beside or under its label, else any line holding an 18-character code. */
function readUsccFrom(lines: Line[]): { field: ParsedField; reading: UsccReading } | null {
  const labelLine = lines.find((l) => FIELD_LABELS.uscc.some((lab) => l.flat.includes(lab)));
  const near = labelLine
    ? lines.filter(
        (l) =>
          l === labelLine || sameRow(l, labelLine) || (l.ry > labelLine.ry && l.ry < labelLine.ry + labelLine.h * 3),
      )
    : [];
  const ordered = [...near, ...lines.filter((l) => !near.includes(l))];
  let fallback: { field: ParsedField; reading: UsccReading } | null = null;
  for (const line of ordered) {
    const run = findUsccInText(line.text);
    if (!run) continue;
    const conf = alignedConfidences(line, run);
    const corrected = correctUscc(run, conf);
    const reading = hasUsccStructure(corrected.code) ? corrected : { ...corrected, valid: false, corrected: false };
    if (!reading.valid && !labelLine) continue;
    const field = {
      value: reading.code,
      confidence: mean(conf, line.confidence),
      region: line.box,
      label: FIELD_LABELS.uscc[0] ?? '',
    };
    if (reading.valid) return { field, reading };
    // An unchecked read only counts next to its label (a stray digit run elsewhere is no code).
    if (near.includes(line)) fallback ??= { field, reading };
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

/** The 注册号 of a pre-2015 licence: 15 digits (13 on the oldest) after its label. */
function readRegistrationNumber(lines: Line[]): string | null {
  for (const line of lines) {
    const at = line.flat.search(/注?册号/);
    if (at < 0) continue;
    const own = /^[:：]?(\d{13,15})(?!\d)/.exec(line.flat.slice(at).replace(/^注?册号/, ''));
    if (own?.[1]) return own[1];
    const right = lines.filter((o) => o !== line && sameRow(o, line) && o.x0 > line.x0).sort((a, b) => a.x0 - b.x0)[0];
    const beside = right ? /^(\d{13,15})(?!\d)/.exec(right.flat) : null;
    if (beside?.[1]) return beside[1];
  }
  return null;
}
