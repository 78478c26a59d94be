/**
 * Where each check looks on the normalised page. On our own letter (registration marks
 * found) the zones come straight from shared/letter-layout.ts. On another template, or
 * when a mark is cut off, the page is read by OCR and the zones are placed from the
 * printed labels (法定代表人（签字）…) wherever they are.
 */
import { LETTER_LAYOUT as L, sealAreaBox, type MmBox } from '../../../../shared/letter-layout';
import { recognize, type OcrLine } from '../../ocr';
import { LETTER_WORDS, SIGN_LABEL } from './labels';
import { PAGE_PX_PER_MM as K, type NormalizedPage } from './page';
import type { PixelBox } from './raster';

export type Zones = {
  /** Printed text block for the page-sharpness measure. */
  text: PixelBox;
  sealSearch: PixelBox;
  /** Where the hand signature belongs; null when no signing label was found. */
  signature: PixelBox | null;
  /** Our template: OCR only these two lines (legal representative, company). */
  nameRegions: PixelBox[];
  /** Another template: the whole page's OCR lines, searched for the labels. */
  lines: OcrLine[] | null;
  looksLikeLetter: boolean;
};

const px = (b: MmBox, pad = 0): PixelBox => ({
  x: (b.x - pad) * K,
  y: (b.y - pad) * K,
  width: (b.width + 2 * pad) * K,
  height: (b.height + 2 * pad) * K,
});

export function layoutZones(): Zones {
  return {
    text: px(L.commitments.box),
    sealSearch: px(sealAreaBox(), 18),
    signature: px(L.signatureZone, 4),
    nameRegions: [
      px({ x: 23, y: L.legalRepLine.box.y + 0.5, width: 84, height: 9 }),
      px({ x: 23, y: L.identity.box.y - 0.5, width: 164, height: 9 }),
    ],
    lines: null,
    looksLikeLetter: true,
  };
}

export function pageOcrImage(page: NormalizedPage) {
  return { kind: 'raw' as const, data: page.rgb.data, width: page.width, height: page.height, channels: 3 as const };
}

/** The signing zone to the right of a 签字 label: about 50 × 22 mm, level with the label. */
function signatureZoneBeside(line: OcrLine): PixelBox {
  const m = SIGN_LABEL.exec(line.text);
  const chars = Math.max(1, Array.from(line.text).length);
  const labelChars = m ? Array.from(line.text.slice(0, m.index + m[0].length)).length + 2 : chars;
  const labelEnd = line.box.x + (line.box.width * Math.min(chars, labelChars)) / chars;
  const midY = line.box.y + line.box.height / 2;
  return { x: labelEnd, y: midY - 12 * K, width: 55 * K, height: 22 * K };
}

/** Label lines are short; paragraphs run the full text width. Reading only the short ones
 * (and the title) keeps the no-template path a few seconds instead of reading every line. */
const MAX_LABEL_LINE_MM = 120;

async function readShortLines(
  page: NormalizedPage,
  signal?: AbortSignal,
): Promise<{ lines: OcrLine[]; detected: OcrLine[] }> {
  const image = pageOcrImage(page);
  const cacheKey = `letter-page-${page.width}x${page.height}-${page.rgb.data.length}-${Date.now()}`;
  const detected = await recognize(image, { detectOnly: true, signal, cacheKey });
  const short = detected.filter((l) => l.line && l.box.width < MAX_LABEL_LINE_MM * K).map((l) => l.line!);
  // Engines without rotated lines (tesseract fallback) already returned text with detection.
  if (detected.some((l) => !l.line)) return { lines: detected, detected };
  const lines = short.length > 0 ? await recognize(image, { lines: short, signal, cacheKey }) : [];
  return { lines, detected };
}

export async function zonesFromOcr(page: NormalizedPage, signal?: AbortSignal): Promise<Zones> {
  const { lines, detected } = await readShortLines(page, signal);
  const signLine = lines.find((l) => SIGN_LABEL.test(l.text));
  const textLines = detected.filter((l) => l.box.width >= 40 * K);
  const text =
    textLines.length > 0
      ? {
          x: Math.min(...textLines.map((l) => l.box.x)),
          y: Math.min(...textLines.map((l) => l.box.y)),
          width: 0,
          height: 0,
        }
      : { x: page.width * 0.1, y: page.height * 0.15, width: page.width * 0.8, height: page.height * 0.6 };
  if (textLines.length > 0) {
    text.width = Math.max(...textLines.map((l) => l.box.x + l.box.width)) - text.x;
    text.height = Math.max(...textLines.map((l) => l.box.y + l.box.height)) - text.y;
  }
  return {
    text,
    sealSearch: { x: 0, y: 0, width: page.width, height: page.height },
    signature: signLine ? signatureZoneBeside(signLine) : null,
    nameRegions: [],
    lines,
    looksLikeLetter: lines.some((l) => LETTER_WORDS.test(l.text)),
  };
}
