import type { ParsedField, ParsedLicence } from '../../../shared/licence-parse';
import { recognize } from '../ocr';
import type { OcrLine, RotatedLine } from '../ocr/types';
import type { PassOptions, PassResult } from './ocr-pass';

/**
 * A second look at a name read with an unsure character: its line is read again from a few
 * slightly different crops (taller, shorter, wider, shifted, tilted). PP-OCR reads a
 * character it knows the same way from all of them; a character outside its dictionary
 * (旻, 翀) or one it cannot make out comes back as a different guess from crop to crop
 * (徐肿 / 徐种 / 徐独, 森森 / 森淼). Tesseract gives no such help: chi_sim's character set
 * lacks 旻 翀 垚 燚 铢 珏 堃 altogether, and it read the other characters of these names
 * worse than Paddle (区 for 堃, 或 for 彧, 受 for 旻) on the calibration licences.
 */
const VARIANTS: ((l: RotatedLine) => RotatedLine)[] = [
  (l) => ({ ...l, height: l.height * 1.15 }),
  (l) => ({ ...l, height: l.height * 0.9 }),
  (l) => ({ ...l, width: l.width + l.height * 0.6 }),
  (l) => ({ ...l, cy: l.cy + l.height * 0.06 }),
  (l) => ({ ...l, cy: l.cy - l.height * 0.06 }),
  (l) => ({ ...l, height: l.height * 1.3 }),
  (l) => ({ ...l, height: l.height * 0.8 }),
  (l) => ({ ...l, width: l.width + l.height * 1.2 }),
  (l) => ({ ...l, cx: l.cx + l.height * 0.15 }),
  (l) => ({ ...l, cx: l.cx - l.height * 0.15 }),
  (l) => ({ ...l, angle: l.angle + 0.01 }),
  (l) => ({ ...l, angle: l.angle - 0.01 }),
];

/**
 * From this many of the 12 crops reading the value differently it is unsure. On the v3
 * calibration licences right reads of rare characters differed in at most 2 (欧阳燚 read
 * 欧阳, 晟 read 晨); 10 of the 17 misread names differed in 3 to 10 (徐肿: 9, 森森: 7).
 */
export const UNSTABLE_FROM = 3;

/** Punctuation and spacing the crops read differently without the value changing. */
const NOISE = /[\s·・.。,，、|丨「」"“”'‘’:：;；_—-]/g;
const normalise = (s: string): string => s.replace(NOISE, '').replace(/（/g, '(').replace(/）/g, ')');

/** The detected line the value was read from: inside the value's box, sharing most of its text. */
export function sourceLine(field: ParsedField, lines: OcrLine[]): (OcrLine & { line: RotatedLine }) | undefined {
  const r = field.region;
  const inside = (l: OcrLine): boolean =>
    l.box.x >= r.x - 1 &&
    l.box.y >= r.y - 1 &&
    l.box.x + l.box.width <= r.x + r.width + 1 &&
    l.box.y + l.box.height <= r.y + r.height + 1;
  const value = normalise(field.value);
  return lines
    .filter((l): l is OcrLine & { line: RotatedLine } => l.line !== undefined && inside(l))
    .filter((l) => normalise(l.text).includes(value))
    .sort((a, b) => a.text.length - b.text.length)[0];
}

/**
 * The value's least sure character with its neighbours, as the source line read them: only
 * there is the read in question. A long name's other characters may read differently on a
 * wider or taller crop of a real licence (a seal, a table rule) without the weak one changing.
 */
function aroundWeakest(value: string, src: OcrLine): { around: string; atEdge: boolean } {
  const chars = [...src.text];
  const conf = src.charConfidences;
  const at = src.text.indexOf(value);
  if (at < 0 || !conf || conf.length !== chars.length) return { around: value, atEdge: false };
  const from = [...src.text.slice(0, at)].length;
  const to = from + [...value].length;
  let weakest = from;
  for (let i = from; i < to; i++) if ((conf[i] ?? 1) < (conf[weakest] ?? 1)) weakest = i;
  return {
    around: chars.slice(Math.max(from, weakest - 1), Math.min(to, weakest + 2)).join(''),
    atEdge: weakest === from || weakest === to - 1,
  };
}

/**
 * Whether UNSTABLE_FROM or more of the crops read the value differently. The crops are read a
 * few at a time and reading stops as soon as the answer is certain (that many differ, or too
 * few are left for that many to differ), so the answer is the one all 12 would give. Stopping
 * on agreement alone would not be: on the seed-20261616 set three misread names (圭森 for 垚森)
 * had their first 4 to 8 crops agree and the rest differ.
 */
async function cropsDisagree(
  pass: PassResult,
  line: RotatedLine,
  differs: (l: OcrLine) => boolean,
  opts: PassOptions,
): Promise<boolean> {
  let differing = 0;
  let next = 0;
  for (;;) {
    const step = nextCrops(differing, next, VARIANTS.length);
    if (typeof step === 'boolean') return step;
    const reads = await recognize(pass.image, {
      engine: opts.engine,
      signal: opts.signal,
      ...(pass.cacheKey ? { cacheKey: pass.cacheKey } : {}),
      lines: VARIANTS.slice(next, next + step).map((v) => v(line)),
      // Each crop at its own width: padded to a wider neighbour's, a short name reads differently.
      recBatch: 1,
    });
    next += step;
    differing += reads.filter(differs).length;
  }
}

/**
 * After `read` of `total` crops with `differing` of them reading the value differently: the
 * answer (unstable or not) once it is certain, else how many crops to read next (the fewest
 * that could decide it, so no crop is read that cannot change the answer).
 */
export function nextCrops(differing: number, read: number, total: number): number | boolean {
  if (differing >= UNSTABLE_FROM) return true;
  if (differing + total - read < UNSTABLE_FROM) return false;
  // Enough to reach UNSTABLE_FROM differing, or enough agreeing ones to rule that out, whichever is fewer.
  return Math.min(UNSTABLE_FROM - differing, differing + total - read - UNSTABLE_FROM + 1);
}

export type StabilityOptions = PassOptions & {
  /** Whether a field's weakest character is unsure enough to look again. */
  unsure: (name: 'companyName' | 'legalRepresentative', field: ParsedField) => boolean;
};

/**
 * The names whose value changes between slightly different crops of its own line: such a
 * read is a guess, left empty for the user to fill in (never passed on as the name). A value
 * not found whole on one detected line (wrapped onto a second) is not looked at again.
 */
export async function unstableNames(
  pass: PassResult,
  parsed: ParsedLicence,
  lines: OcrLine[],
  opts: StabilityOptions,
): Promise<Set<'companyName' | 'legalRepresentative'>> {
  const out = new Set<'companyName' | 'legalRepresentative'>();
  for (const name of ['companyName', 'legalRepresentative'] as const) {
    const field = parsed.fields[name];
    if (!field || field.dropped || !opts.unsure(name, field)) continue;
    const src = sourceLine(field, lines);
    if (!src) continue;
    const { around: weak, atEdge } = aroundWeakest(field.value, src);
    // A company name's first or last character is where a label's speck (称 read 尔) or a
    // wrapped bracket sits, trimmed later; its own rare characters stand inside it.
    if (name === 'companyName' && atEdge) continue;
    const around = normalise(weak);
    const differs = (l: OcrLine): boolean => !normalise(l.text).includes(around);
    if (await cropsDisagree(pass, src.line, differs, opts)) out.add(name);
  }
  return out;
}
