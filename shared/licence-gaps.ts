/**
 * A character the recogniser dropped (pure). PP-OCR reads a line in evenly spaced steps;
 * Chinese characters are about equally wide, so consecutive characters sit a steady pitch
 * apart. A gap of about two pitches between two characters of a name is where one was not
 * read at all: a rare character outside the model's dictionary (旻, 翀) or one it gave up on
 * (燚, 垚). Such a name is not read confidently, whatever its other characters score.
 */
const CJK = /[\u4e00-\u9fff]/;

/** Step distances between neighbouring Chinese characters of a text (positions as the recogniser gave them). */
function cjkPitches(text: string, steps: number[]): number[] {
  const chars = [...text];
  if (chars.length !== steps.length) return [];
  const out: number[] = [];
  for (let i = 1; i < chars.length; i++)
    if (CJK.test(chars[i - 1] ?? '') && CJK.test(chars[i] ?? '')) out.push((steps[i] ?? 0) - (steps[i - 1] ?? 0));
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  // The lower median: a dropped gap or a spaced label only ever lengthens pitches.
  return s.length ? (s[(s.length - 1) >> 1] ?? 0) : 0;
}

/** Gap (in pitches) from which a character is taken as dropped: one missing makes about 2. */
const DROPPED_AT = 1.55;
/**
 * The recogniser scales each line to a fixed height, so a Chinese character spans 3.5–5
 * steps on any licence (measured over the calibration licences). A line's own median can be
 * inflated by a letter-spaced label or the dropped gap itself (经营者孙娜: 4, 5, 8, 8), so
 * the pitch used is never more than this.
 */
const MAX_PITCH = 5.2;

/**
 * Whether the value (characters `from`..`from + length` of the line's text) has a dropped
 * character inside it. The pitch comes from the whole line, or from
 * `reference` (the label's line on the same row, same text height) when the line is too short.
 */
export function hasDroppedCharacter(
  line: { text: string; steps?: number[] },
  from: number,
  length: number,
  reference?: { text: string; steps?: number[] },
): boolean {
  if (!line.steps) return false;
  const pitches = cjkPitches(line.text, line.steps);
  const refPitches = reference?.steps ? cjkPitches(reference.text, reference.steps) : [];
  const pitch = Math.min(MAX_PITCH, median(pitches.length >= 3 || refPitches.length < 2 ? pitches : refPitches));
  if (pitch <= 0) return false;
  const chars = [...line.text];
  // From the value's second character: the gap before its first is the label's.
  for (let i = from + 1; i < Math.min(chars.length, from + length); i++) {
    if (!CJK.test(chars[i - 1] ?? '') || !CJK.test(chars[i] ?? '')) continue;
    if ((line.steps[i] ?? 0) - (line.steps[i - 1] ?? 0) > DROPPED_AT * pitch) return true;
  }
  return false;
}

/** The recogniser's input height and widest crop (electron/services/ocr/paddle/tensors.ts). */
const REC_HEIGHT = 48;
const REC_MAX_WIDTH = 2400;
/** Each recogniser step covers this many input pixels. */
export const STEP_PIXELS = 8;

/** How many steps wide the recogniser sees a line crop of this size. */
export function lineSteps(line: { width: number; height: number }): number {
  const w = Math.ceil((REC_HEIGHT * line.width) / Math.max(1, line.height));
  return Math.min(REC_MAX_WIDTH, Math.max(REC_HEIGHT / 2, w)) / STEP_PIXELS;
}

/** Where the line's box runs on past its last read character, in recogniser steps and pitches. */
export type LineTail = { lastStep: number; totalSteps: number; pitch: number; excess: number };

/**
 * How far the detected box runs on past the line's last read character, beyond the margin it
 * has before its first one (detection grows a box about equally on both sides). A character
 * dropped at the end of the line (黄志强翀 read 黄志强) leaves about one pitch more there; so
 * does a watermark stroke beside the value, which is why this alone decides nothing.
 * `excess` is in pitches of the line's own characters (or of `reference`'s, a short line).
 */
export function lineTail(
  line: { text: string; steps?: number[]; width: number; height: number },
  reference?: { text: string; steps?: number[] },
): LineTail | null {
  const steps = line.steps;
  if (!steps || steps.length === 0 || steps.length !== [...line.text].length) return null;
  const pitches = cjkPitches(line.text, steps);
  const refPitches = reference?.steps ? cjkPitches(reference.text, reference.steps) : [];
  const pitch = Math.min(MAX_PITCH, median(pitches.length >= 3 || refPitches.length < 2 ? pitches : refPitches));
  if (pitch <= 0) return null;
  const totalSteps = lineSteps(line);
  const lastStep = steps[steps.length - 1] ?? 0;
  const lead = steps[0] ?? 0;
  return { lastStep, totalSteps, pitch, excess: (totalSteps - lastStep - lead) / pitch };
}
