import { recognize } from '../ocr';
import type { OcrEngineName, OcrImage, OcrLine, RecognizeOptions, RotatedLine } from '../ocr/types';
import { looksSideways, readsUpright, turnImage, uprightTurn } from './orientation';
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
  /** Detected lines the layout pass did not read in full (read only when a key field is missing). */
  unread: RotatedLine[];
  cacheKey?: string;
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
    return { lines, strategy: 'full', image: input, turn: 0, glimpses: [], unread: [] };
  }
  let image = input;
  let cacheKey = `licence-${process.pid}-${++keySeq}`;
  let detected = await recognize(image, { ...base, cacheKey, detectOnly: true });
  progress(0.2, 'layout');
  if (!detected.some((l) => l.line)) {
    // The fallback engine took over: it has no separate detection and already read everything.
    return { lines: detected, strategy: 'full', image, turn: 0, glimpses: [], unread: [] };
  }
  // A page whose line starts read confidently is upright: the orientation probe is skipped.
  let prefix =
    opts.upright || opts.full || looksSideways(detected)
      ? null
      : await readPrefixes(image, detected, { ...base, cacheKey });
  const turn =
    opts.upright || (prefix && readsUpright(prefix.read))
      ? 0
      : await uprightTurn(image, detected, { ...base, cacheKey });
  if (turn !== 0) {
    image = await turnImage(image, turn);
    cacheKey = `licence-${process.pid}-${++keySeq}`;
    detected = await recognize(image, { ...base, cacheKey, detectOnly: true });
    prefix = null;
  }
  progress(0.3, 'layout');
  if (opts.full) {
    const lines = await recognize(image, {
      ...base,
      cacheKey,
      lines: detected.flatMap((l) => (l.line ? [l.line] : [])),
    });
    return { lines, strategy: 'full', image, turn, glimpses: [], unread: [] };
  }
  const {
    body,
    starts,
    rects: prefixRects,
    read: prefixRead,
  } = prefix ?? (await readPrefixes(image, detected, { ...base, cacheKey }));
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
  // Every line the prefix crop covered whole is read already, chosen or not (a short value
  // such as a name after a letter-spaced 负 | 责 | 人 the neighbour count did not reach).
  const reuse = starts.flatMap((l) =>
    coveredByPrefix(l) && prefixLines.has(l) ? [prefixLines.get(l) as OcrLine] : [],
  );
  // Title lines too (营业执照, or another document's title): a handful, and they tell what the page is.
  const toRead = [...chosen.filter((l) => !coveredByPrefix(l) || !prefixLines.has(l)), ...titleLines(detected)];
  const lines = [...reuse, ...(toRead.length ? await recognize(image, { ...base, cacheKey, lines: toRead }) : [])];
  progress(1, 'ocr');
  const done = new Set<RotatedLine>([...toRead, ...starts.filter((l) => coveredByPrefix(l) && prefixLines.has(l))]);
  const unread = detected.flatMap((l) => (l.line && !done.has(l.line) ? [l.line] : []));
  return { lines, strategy: 'layout', image, turn, glimpses: prefixRead.map((l) => l.text), unread, cacheKey };
}

type Prefixes = { body: RotatedLine[]; starts: RotatedLine[]; rects: RotatedLine[]; read: OcrLine[] };

/** The first few characters of every line that may start with a label. */
async function readPrefixes(image: OcrImage, detected: OcrLine[], base: RecognizeOptions): Promise<Prefixes> {
  const body = bodyLines(detected);
  const starts = rowStarts(body);
  const rects = starts.map(prefixOf);
  return { body, starts, rects, read: await recognize(image, { ...base, lines: rects }) };
}

/** The detected lines the layout pass left unread, read now (same detection, no second one). */
export async function readUnread(
  pass: PassResult,
  opts: PassOptions = {},
  which: (l: RotatedLine) => boolean = () => true,
): Promise<OcrLine[]> {
  const lines = pass.unread.filter(which);
  if (lines.length === 0) return [];
  return recognize(pass.image, {
    engine: opts.engine,
    signal: opts.signal,
    ...(pass.cacheKey ? { cacheKey: pass.cacheKey } : {}),
    lines,
  });
}

/** The reading of one requested rect (results come back sorted and without empty lines). */
function lineAt(read: OcrLine[], rect: RotatedLine | undefined): OcrLine | undefined {
  if (!rect) return undefined;
  return read.find((l) => l.line && Math.abs(l.line.cx - rect.cx) < 0.5 && Math.abs(l.line.cy - rect.cy) < 0.5);
}
