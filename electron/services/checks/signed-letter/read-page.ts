/**
 * Reads a letter page that carries none of our marks: finds which way up it is, then the
 * text of its short lines (titles and the signing block's labels). Detection runs once on
 * the whole page at reduced size; only short lines are recognised, so the commitments'
 * full-width paragraphs never cost recognition time.
 */
import { recognize, type OcrImage, type OcrLine, type RotatedLine } from '../../ocr';
import { COMPANY_LABEL, LEGAL_REP_LABEL, LETTER_WORDS, SIGN_LABEL } from './labels';
import { mergeBaselines } from './lines';
import { ocrImage } from './ocr-image';
import { PAGE_PX_PER_MM as K, pageFromView, turnView, type NormalizedPage, type SheetView } from './page';
import type { RgbImage } from './raster';

export type PageRead = {
  page: NormalizedPage;
  view: SheetView;
  /** Quarter turns clockwise applied to read the page upright (0 when it was). */
  turns: number;
  /** Recognised short lines, boxes sharing a baseline merged. */
  lines: OcrLine[];
  /** Every detected line (text empty), for the text-block and page-layout measures. */
  detected: OcrLine[];
};

/** Label lines are short; paragraphs run the full text width. */
const MAX_LABEL_LINE_MM = 120;

/** Most detected lines standing upright means the page lies on its side. */
function sideways(detected: OcrLine[]): boolean {
  const sized = detected.filter((l) => Math.max(l.box.width, l.box.height) > 8 * K);
  const tall = sized.filter((l) => l.box.height > 1.5 * l.box.width).length;
  const wide = sized.filter((l) => l.box.width > 1.5 * l.box.height).length;
  return tall > wide && tall >= 3;
}

let jobs = 0;

/** Detection runs at half the page scale (3 px/mm: 11 pt text is still ~12 px high). */
const DETECT_SHRINK = 2;

function shrink(image: Extract<OcrImage, { kind: 'raw' }>): Extract<OcrImage, { kind: 'raw' }> {
  const w = Math.floor(image.width / DETECT_SHRINK);
  const h = Math.floor(image.height / DETECT_SHRINK);
  const out = new Uint8Array(w * h * 3);
  const src = image.data;
  const sw = image.width;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (2 * y * sw + 2 * x) * 3;
      // Darkest of the 2×2 block: thin strokes survive the shrink.
      const v = Math.min(src[i]!, src[i + 3]!, src[i + sw * 3]!, src[i + sw * 3 + 3]!);
      const o = (y * w + x) * 3;
      out[o] = out[o + 1] = out[o + 2] = v;
    }
  }
  return { kind: 'raw', data: out, width: w, height: h, channels: 3 };
}

function grow(line: OcrLine): OcrLine {
  const k = DETECT_SHRINK;
  const b = line.box;
  const l = line.line;
  return {
    ...line,
    box: { x: b.x * k, y: b.y * k, width: b.width * k, height: b.height * k },
    ...(l ? { line: { ...l, cx: l.cx * k, cy: l.cy * k, width: l.width * k, height: l.height * k } } : {}),
  };
}

async function readOnce(img: RgbImage, view: SheetView, signal?: AbortSignal, made?: NormalizedPage) {
  const page = made ?? pageFromView(img, view);
  const image = ocrImage(page);
  const cacheKey = `letter-view-${++jobs}-${process.pid}`;
  const small = await recognize(shrink(image), { detectOnly: true, signal });
  return { page, image, cacheKey, detected: small.map(grow) };
}

/**
 * Where a letter prints what the checks read: the title and addressee at the top, the
 * signing block in the lower part. The commitments between are read only when these bands
 * do not show a letter's title and signing labels (another layout, another document).
 */
const TOP_BAND = 0.22;
const LOWER_BAND = 0.45;
const readFirst = (page: NormalizedPage) => (l: RotatedLine) =>
  l.cy < page.height * TOP_BAND || l.cy > page.height * LOWER_BAND;
const looksComplete = (lines: OcrLine[]) =>
  lines.some((l) => /承诺/.test(l.text)) &&
  lines.some((l) => COMPANY_LABEL.test(l.text) || LEGAL_REP_LABEL.test(l.text));
/** A signing block can start higher than the lower band: lines this close above its top label are read too. */
const BLOCK_REACH_MM = 25;

async function readShort(r: Awaited<ReturnType<typeof readOnce>>, signal?: AbortSignal): Promise<OcrLine[]> {
  // Engines without rotated lines (tesseract fallback) already returned text with detection.
  if (r.detected.some((l) => !l.line)) return mergeBaselines(r.detected);
  const short = r.detected.filter((l) => l.line && l.box.width < MAX_LABEL_LINE_MM * K).map((l) => l.line!);
  const first = short.filter(readFirst(r.page));
  const read = (lines: RotatedLine[]) =>
    lines.length > 0 ? recognize(r.image, { lines, signal, cacheKey: r.cacheKey }) : Promise.resolve([]);
  const lines = await read(first);
  const merged = mergeBaselines(lines);
  const rest = short.filter((l) => !first.includes(l));
  if (!looksComplete(merged)) return mergeBaselines([...lines, ...(await read(rest))]);
  const labels = merged.filter(
    (l) =>
      // By the line's centre, as the first read chose it (a label straddling the band's edge counts).
      l.box.y + l.box.height / 2 > r.page.height * LOWER_BAND &&
      (COMPANY_LABEL.test(l.text) || LEGAL_REP_LABEL.test(l.text) || SIGN_LABEL.test(l.text) || /盖章/.test(l.text)),
  );
  const top = Math.min(...labels.map((l) => l.box.y));
  const near = rest.filter((l) => l.cy > top - BLOCK_REACH_MM * K);
  return near.length > 0 ? mergeBaselines([...lines, ...(await read(near))]) : merged;
}

/** How much the read looks like upright letter text: letter words found, confident reads. */
function uprightScore(lines: OcrLine[]): number {
  const words = lines.filter((l) => LETTER_WORDS.test(l.text)).length;
  const confident = lines.filter((l) => l.confidence > 0.85 && l.text.length >= 3).length;
  return words * 3 + confident;
}

/** `first` is the page already rendered for `start`, if the caller has it. */
export async function readPage(
  img: RgbImage,
  start: SheetView,
  signal?: AbortSignal,
  first?: NormalizedPage,
): Promise<PageRead> {
  let view = start;
  let r = await readOnce(img, view, signal, first);
  if (sideways(r.detected)) {
    view = turnView(start, 1);
    r = await readOnce(img, view, signal);
  }
  let lines = await readShort(r, signal);
  // Upside-down Chinese reads as confident-looking garbage only rarely: try the other way
  // round when the first read finds no letter wording.
  if (!lines.some((l) => LETTER_WORDS.test(l.text))) {
    const flipped = turnView(view, 2);
    const f = await readOnce(img, flipped, signal);
    const flippedLines = await readShort(f, signal);
    if (uprightScore(flippedLines) > uprightScore(lines)) {
      view = flipped;
      r = f;
      lines = flippedLines;
    }
  }
  return { page: r.page, view, turns: view.turned, lines, detected: r.detected };
}
