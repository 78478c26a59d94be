import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { LabelScanResult } from '../../../shared/eligibility/api';
import type { OcrImage, OcrLine, RecognizeOptions } from '../ocr/types';

/**
 * After-exit task 2: find product main images that still carry a "JIT发货" label. Each image
 * is read by OCR (PaddleOCR through the shared worker pool); a label counts when a line,
 * or two neighbouring lines, read as JIT发货 allowing the usual OCR confusions (I/l/1, 货/贷,
 * full-width letters, spaces).
 */
export type Recognize = (image: OcrImage, options?: RecognizeOptions) => Promise<OcrLine[]>;
export type ScanImage = { name: string; data: Uint8Array };

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.bmp', '.gif', '.tif', '.tiff']);
const LABEL = /J[I1L|!]T发[货贷]/;

export function normaliseOcrText(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
}

/** The text that carries the label (one line, or a line joined with the next), or null. */
export function findJitLabel(lines: readonly OcrLine[]): { text: string; line: OcrLine } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as OcrLine;
    const own = normaliseOcrText(line.text);
    if (LABEL.test(own)) return { text: line.text, line };
    const next = lines[i + 1];
    if (next && LABEL.test(own + normaliseOcrText(next.text))) return { text: `${line.text} ${next.text}`, line };
  }
  return null;
}

/** Image files directly in `dir` (main images are exported flat), sorted by name. */
export function listImages(dir: string): ScanImage[] {
  return readdirSync(dir)
    .filter((name) => IMAGE_EXTENSIONS.has(extname(name).toLowerCase()))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, data: readFileSync(join(dir, name)) }));
}

export async function scanJitLabels(
  images: readonly ScanImage[],
  recognize: Recognize,
  onProgress?: (done: number, total: number, name: string) => void,
  signal?: AbortSignal,
): Promise<LabelScanResult> {
  const result: LabelScanResult = { scanned: 0, withLabel: [], unreadable: [] };
  for (const [i, image] of images.entries()) {
    if (signal?.aborted) break;
    try {
      const lines = await recognize({ kind: 'encoded', data: image.data }, { signal });
      const hit = findJitLabel(lines);
      if (hit)
        result.withLabel.push({ name: image.name, text: hit.text, box: hit.line.box, confidence: hit.line.confidence });
    } catch (e) {
      result.unreadable.push({ name: image.name, detail: e instanceof Error ? e.message : String(e) });
    }
    result.scanned++;
    onProgress?.(i + 1, images.length, image.name);
  }
  return result;
}
