import { recognize } from '../ocr';
import type { OcrEngineName, OcrImage, OcrLine, RotatedLine } from '../ocr/types';
import { turnImage, uprightTurn } from './orientation';
import { bodyLines, coveredByPrefix, linesToRead, prefixOf, rowStarts, titleLines } from './layout';

export type PassOptions = {
  engine?: OcrEngineName;
  signal?: AbortSignal;
  onProgress?: (fraction: number, stage: string) => void;
  /** Read every line instead of the layout-guided subset (the fallback and the bench baseline). */
  full?: boolean;
  /** The page is known to be upright (a second pass on an already turned image). */
  upright?: boolean;
};

/** The lines read, how, and the image they were read on (turned upright when it had to be). */
export type PassResult = {
  lines: OcrLine[];
  strategy: 'layout' | 'full';
  image: OcrImage;
  turn: number;
  /** Line starts read by the layout pass (which document this is, beyond the fields). */
  glimpses: string[];
};

let keySeq = 0;

/**
 * OCR for a licence. PaddleOCR: detect, read line prefixes, then read the chosen lines in
 * full (three jobs on one cached decode). tesseract.js has no separate detection, so it
 * reads the page once.
 */
export async function licenceLines(input: OcrImage, opts: PassOptions = {}): Promise<PassResult> {
  const progress = opts.onProgress ?? (() => undefined);
  const base = { engine: opts.engine, signal: opts.signal };
  if (opts.engine === 'tesseract' || (opts.full && opts.upright)) {
    const lines = await recognize(input, { ...base, onProgress: (f) => progress(f, 'ocr') });
    return { lines, strategy: 'full', image: input, turn: 0, glimpses: [] };
  }
  let image = input;
  let cacheKey = `licence-${process.pid}-${++keySeq}`;
  let detected = await recognize(image, { ...base, cacheKey, detectOnly: true });
  progress(0.2, 'layout');
  if (!detected.some((l) => l.line)) {
    // The fallback engine took over: it has no separate detection and already read everything.
    return { lines: detected, strategy: 'full', image, turn: 0, glimpses: [] };
  }
  const turn = opts.upright ? 0 : await uprightTurn(image, detected, { ...base, cacheKey });
  if (turn !== 0) {
    image = await turnImage(image, turn);
    cacheKey = `licence-${process.pid}-${++keySeq}`;
    detected = await recognize(image, { ...base, cacheKey, detectOnly: true });
  }
  progress(0.3, 'layout');
  if (opts.full) {
    const lines = await recognize(image, { ...base, cacheKey, lines: detected.flatMap((l) => (l.line ? [l.line] : [])) });
    return { lines, strategy: 'full', image, turn, glimpses: [] };
  }
  const body = bodyLines(detected);
  const starts = rowStarts(body);
  const prefixRects = starts.map(prefixOf);
  const prefixRead = await recognize(image, { ...base, cacheKey, lines: prefixRects });
  progress(0.6, 'layout');
  const prefixes = new Map<RotatedLine, string>();
  const prefixLines = new Map<RotatedLine, OcrLine>();
  starts.forEach((line, i) => {
    const hit = lineAt(prefixRead, prefixRects[i]);
    prefixes.set(line, hit?.text ?? '');
    if (hit) prefixLines.set(line, hit);
  });
  const chosen = linesToRead(body, prefixes);
  // Short lines (labels, short names) were read whole by the prefix pass already.
  const reuse = chosen.flatMap((l) => (coveredByPrefix(l) && prefixLines.has(l) ? [prefixLines.get(l) as OcrLine] : []));
  // Title lines too (营业执照, or another document's title): a handful, and they tell what the page is.
  const toRead = [...chosen.filter((l) => !coveredByPrefix(l) || !prefixLines.has(l)), ...titleLines(detected)];
  const lines = [...reuse, ...(toRead.length ? await recognize(image, { ...base, cacheKey, lines: toRead }) : [])];
  progress(1, 'ocr');
  return { lines, strategy: 'layout', image, turn, glimpses: prefixRead.map((l) => l.text) };
}

/** The reading of one requested rect (results come back sorted and without empty lines). */
function lineAt(read: OcrLine[], rect: RotatedLine | undefined): OcrLine | undefined {
  if (!rect) return undefined;
  return read.find((l) => l.line && Math.abs(l.line.cx - rect.cx) < 0.5 && Math.abs(l.line.cy - rect.cy) < 0.5);
}
