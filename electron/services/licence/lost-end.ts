import { lineTail, type LineTail } from '../../../shared/licence-gaps';
import { endsWithLegalForm } from '../../../shared/licence-name';
import type { ParsedField, ParsedLicence } from '../../../shared/licence-parse';
import { recognize } from '../ocr';
import type { OcrLine, RotatedLine } from '../ocr/types';
import type { PassOptions, PassResult } from './ocr-pass';
import { sourceLine } from './value-stability';

type KeyName = 'companyName' | 'legalRepresentative';

/**
 * From this much more box after the last character than before the first (in pitches), the
 * end of the line is read again on its own. Names read right on the v3 calibration half and
 * the seed-20261616 set ran to 0.96 (a watermark stroke beside the name to 1.9, which the
 * window then reads as nothing more); 郭静 for 郭静燚 (seed 20261616) came at 1.54.
 */
const LOOK_FROM = 1.2;

const CJK = /^[\u4e00-\u9fff]$/;

/** The part of the line from just before its last character to the end of its box. */
function tailWindow(line: RotatedLine, tail: LineTail): RotatedLine {
  const fromStep = Math.max(0, tail.lastStep - 0.75 * tail.pitch);
  const pxPerStep = line.width / tail.totalSteps;
  const start = fromStep * pxPerStep - line.width / 2;
  const along = (start + line.width / 2) / 2;
  return {
    cx: line.cx + along * Math.cos(line.angle),
    cy: line.cy + along * Math.sin(line.angle),
    width: line.width / 2 - start,
    height: line.height,
    angle: line.angle,
  };
}

/**
 * Whether the window read any Chinese character after the value's last one. Its confidence
 * says nothing here: the lost 燚 of 郭静燚 came back as 菜 at 0.12, while the watermark strokes
 * that ran two boxes on (欧阳军, 深圳市晟世设计工作室) read as nothing at all past the last one.
 */
function readsMore(read: OcrLine, last: string): boolean {
  const chars = [...read.text];
  const at = chars.lastIndexOf(last);
  return at >= 0 && chars.slice(at + 1).some((c) => CJK.test(c));
}

async function lostAtEnd(pass: PassResult, field: ParsedField, lines: OcrLine[], opts: PassOptions): Promise<boolean> {
  const src = sourceLine(field, lines);
  if (!src || !src.text.endsWith(field.value)) return false;
  const tail = lineTail({ text: src.text, steps: src.charSteps, width: src.line.width, height: src.line.height });
  if (!tail || tail.excess < LOOK_FROM) return false;
  const [read] = await recognize(pass.image, {
    engine: opts.engine,
    signal: opts.signal,
    ...(pass.cacheKey ? { cacheKey: pass.cacheKey } : {}),
    lines: [tailWindow(src.line, tail)],
    recBatch: 1,
  });
  const last = [...field.value].pop() ?? '';
  return read !== undefined && readsMore(read, last);
}

/**
 * Names whose line lost its last character: the box runs on past the last one read, and that
 * part read alone shows one more. 黄志强翀 read 黄志强 (翀 is outside the recogniser's
 * dictionary) would otherwise come back as a confident wrong name. A company name that ends
 * in its legal form is not looked at: what follows it is another cell, not a lost character.
 */
export async function lostEndNames(
  pass: PassResult,
  parsed: ParsedLicence,
  lines: OcrLine[],
  skip: Set<KeyName>,
  opts: PassOptions,
): Promise<Set<KeyName>> {
  const out = new Set<KeyName>();
  for (const name of ['companyName', 'legalRepresentative'] as const) {
    const field = parsed.fields[name];
    if (!field || field.dropped || skip.has(name)) continue;
    if (name === 'companyName' && endsWithLegalForm(field.value)) continue;
    if (await lostAtEnd(pass, field, lines, opts)) out.add(name);
  }
  return out;
}
