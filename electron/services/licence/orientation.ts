import sharp from 'sharp';
import { recognize } from '../ocr';
import type { OcrImage, OcrLine, RecognizeOptions, RotatedLine } from '../ocr/types';

/**
 * Which way up the page is, from the detector's boxes and the recogniser's own confidence:
 * text lines longer than tall mean the page is upright or upside down, taller than long
 * that it was stored sideways. The few longest lines are then read both ways round; upside
 * -down or sideways text reads as low-confidence noise, upright text as confident
 * characters. No extra model and no extra detection unless the page must be turned.
 */
const PROBE_LINES = 8;
/** Confident enough that the page is upright: skip reading it upside down. */
const UPRIGHT_MEAN = 0.9;
const UPRIGHT_CHARS = 24;

type Candidate = { fix: number; probe: (l: RotatedLine) => RotatedLine };

const elongated = (l: RotatedLine): boolean =>
  Math.max(l.width, l.height) > 2.5 * Math.min(l.width, l.height) && Math.min(l.width, l.height) >= 6;

/**
 * The middle of a long line, at most PROBE_HEIGHTS text heights long: a dozen characters
 * tell which way up they are as well as a whole line of the business scope, at a fraction
 * of the recogniser's time.
 */
const PROBE_HEIGHTS = 12;
function middlePart(l: RotatedLine): RotatedLine {
  const across = Math.min(l.width, l.height);
  if (l.width >= l.height) return { ...l, width: Math.min(l.width, across * PROBE_HEIGHTS) };
  return { ...l, height: Math.min(l.height, across * PROBE_HEIGHTS) };
}

/** Characters read with high confidence, and their mean (the probe's score). */
function score(read: OcrLine[]): { sure: number; mean: number } {
  const conf = read.flatMap((l) => l.charConfidences ?? []);
  const sure = conf.filter((c) => c >= 0.9).length;
  return { sure, mean: conf.length ? conf.reduce((s, c) => s + c, 0) / conf.length : 0 };
}

/** Most elongated boxes are taller than wide: the page lies on its side. */
export function looksSideways(detected: OcrLine[]): boolean {
  const geo = detected.map((l) => l.line).filter((l): l is RotatedLine => l !== undefined && elongated(l));
  const tall = geo.filter((l) => l.height > l.width);
  return tall.length > geo.length - tall.length;
}

/** A reading this confident is of upright text (upside-down text reads as unsure noise). */
export function readsUpright(read: OcrLine[]): boolean {
  const s = score(read);
  return s.mean >= UPRIGHT_MEAN && s.sure >= UPRIGHT_CHARS;
}

/** The clockwise turn (0, 90, 180 or 270) that stands the page upright. */
export async function uprightTurn(image: OcrImage, detected: OcrLine[], base: RecognizeOptions): Promise<number> {
  const geo = detected.map((l) => l.line).filter((l): l is RotatedLine => l !== undefined && elongated(l));
  const tall = geo.filter((l) => l.height > l.width);
  const sideways = looksSideways(detected);
  const probes = (sideways ? tall : geo.filter((l) => l.width >= l.height))
    .sort((a, b) => Math.max(b.width, b.height) - Math.max(a.width, a.height))
    .slice(0, PROBE_LINES)
    .map(middlePart);
  if (probes.length === 0) return 0;
  const candidates: Candidate[] = sideways
    ? [
        // Letter tops point right: the page was turned a quarter clockwise.
        { fix: 270, probe: (l) => ({ cx: l.cx, cy: l.cy, width: l.height, height: l.width, angle: Math.PI / 2 }) },
        { fix: 90, probe: (l) => ({ cx: l.cx, cy: l.cy, width: l.height, height: l.width, angle: -Math.PI / 2 }) },
      ]
    : [
        { fix: 0, probe: (l) => l },
        { fix: 180, probe: (l) => ({ ...l, angle: l.angle + Math.PI }) },
      ];
  const scores: number[] = [];
  for (const c of candidates) {
    const s = score(await recognize(image, { ...base, lines: probes.map(c.probe) }));
    if (c.fix === 0 && s.mean >= UPRIGHT_MEAN && s.sure >= UPRIGHT_CHARS) return 0;
    scores.push(s.sure);
  }
  const [a = 0, b = 0] = scores;
  // Upright wins ties: turning a good page would be worse than missing a weak signal.
  if (!sideways) return b > a * 1.5 + 2 ? 180 : 0;
  return b > a ? (candidates[1]?.fix ?? 0) : (candidates[0]?.fix ?? 0);
}

/** The page turned clockwise by `turn` degrees (raw RGB in, raw RGB out). */
export async function turnImage(image: OcrImage, turn: number): Promise<OcrImage> {
  const input =
    image.kind === 'raw'
      ? sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } })
      : sharp(image.data).rotate();
  const { data, info } = await input.rotate(turn).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const channels = info.channels === 1 || info.channels === 3 || info.channels === 4 ? info.channels : 3;
  return {
    kind: 'raw',
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
    channels,
  };
}
