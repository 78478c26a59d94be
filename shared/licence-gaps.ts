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
