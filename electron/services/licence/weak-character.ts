import type { ParsedField, ParsedLicence } from '../../../shared/licence-parse';
import { recognize } from '../ocr';
import type { OcrLine, RotatedLine } from '../ocr/types';
import type { PassOptions, PassResult } from './ocr-pass';
import { sourceLine } from './value-stability';

/**
 * A rare character read in a short window of its line. PP-OCR reads a whole line with the
 * context of its neighbours, which pulls a rare character toward a common one beside it
 * (森淼 read 森森 or 森泰); read with only its neighbours, it often comes out right (森淼包
 * from both windows on two v3 calibration licences). Windows in character pitches (the
 * line's width over its characters), centred on the character: it and about one neighbour a side.
 */
const WINDOWS = [3, 3.6];
/**
 * Both windows must read the same other character at least this sure. On the calibration
 * licences the right 淼 came at 0.72–0.90 and the wrong alternatives at 0.35–0.43 (旻 as 晏,
 * 珏 as 班/压); a character outside the dictionary (旻 read 晏 at 0.79) never differed from
 * the line's read, so it is not changed here.
 */
const TAKE_FROM = 0.7;

const CJK = /^[\u4e00-\u9fff]$/;

/** The recogniser's model steps are 8 input pixels wide; the crop is scaled to 48 px high. */
function alongLine(line: RotatedLine, step: number): number {
  const recWidth = Math.ceil((48 * line.width) / Math.max(1, line.height));
  return (((step + 0.5) * 8) / recWidth) * line.width - line.width / 2;
}

function windowAround(line: RotatedLine, step: number, width: number): RotatedLine {
  const along = alongLine(line, step);
  return {
    cx: line.cx + along * Math.cos(line.angle),
    cy: line.cy + along * Math.sin(line.angle),
    width,
    height: line.height,
    angle: line.angle,
  };
}

/** The character a window read between the line's own neighbours, with its confidence. */
function between(read: OcrLine, before: string, after: string): { char: string; confidence: number } | null {
  const chars = [...read.text];
  for (let i = 0; i < chars.length; i++) {
    if (before && chars[i - 1] !== before) continue;
    if (after && chars[i + 1] !== after) continue;
    const char = chars[i] ?? '';
    if (CJK.test(char)) return { char, confidence: read.charConfidences?.[i] ?? 0 };
  }
  return null;
}

/**
 * The field's value with its least sure character replaced by what short windows around it
 * read, when every window reads the same other character, confidently, between the same
 * neighbours; otherwise null (the name stays unsure). `src` is the line the value was read from.
 */
export async function rereadWeakCharacter(
  pass: PassResult,
  field: ParsedField,
  src: OcrLine & { line: RotatedLine },
  opts: PassOptions,
): Promise<string | null> {
  const chars = [...src.text];
  const conf = src.charConfidences;
  const steps = src.charSteps;
  const at = src.text.indexOf(field.value);
  if (at < 0 || !conf || !steps || conf.length !== chars.length || steps.length !== chars.length) return null;
  const from = [...src.text.slice(0, at)].length;
  const to = from + [...field.value].length;
  let weak = from;
  for (let i = from; i < to; i++) if ((conf[i] ?? 1) < (conf[weak] ?? 1)) weak = i;
  const before = chars[weak - 1] ?? '';
  const after = chars[weak + 1] ?? '';
  // A neighbour on each side that the window must show: without them the place is not sure.
  if (!CJK.test(before) && !CJK.test(after)) return null;
  const reads = await recognize(pass.image, {
    engine: opts.engine,
    signal: opts.signal,
    ...(pass.cacheKey ? { cacheKey: pass.cacheKey } : {}),
    lines: WINDOWS.map((k) => windowAround(src.line, steps[weak] ?? 0, (k * src.line.width) / chars.length)),
    recBatch: 1,
  });
  const found = reads.map((r) => between(r, CJK.test(before) ? before : '', CJK.test(after) ? after : ''));
  const first = found[0];
  if (!first || first.char === chars[weak]) return null;
  if (!found.every((f) => f && f.char === first.char && f.confidence >= TAKE_FROM)) return null;
  const value = [...field.value];
  value[weak - from] = first.char;
  return value.join('');
}

/**
 * Of the names found unstable (about to come back empty), those whose weak character short
 * windows read confidently as another one: the corrected value, still marked for confirmation.
 */
export async function correctedNames(
  pass: PassResult,
  parsed: ParsedLicence,
  lines: OcrLine[],
  unstable: Set<'companyName' | 'legalRepresentative'>,
  opts: PassOptions,
): Promise<Map<'companyName' | 'legalRepresentative', string>> {
  const out = new Map<'companyName' | 'legalRepresentative', string>();
  for (const name of unstable) {
    const field = parsed.fields[name];
    const src = field && sourceLine(field, lines);
    if (!field || !src) continue;
    const value = await rereadWeakCharacter(pass, field, src, opts);
    if (value) out.set(name, value);
  }
  return out;
}
