import { stat } from 'node:fs/promises';
import { decodeImage, DEFAULT_MAX_PIXELS } from './image';
import { pdfPageCount, renderPdfPages } from './pdf';
import { FileProblem } from './problem';
import { IMAGE_TYPES, sniffFileSync } from './sniff';
import type { LoadedImage, SniffedType } from './types';

export { FileProblem, fileProblemFinding } from './problem';
export { extractPdfText, renderPdfPages, openPdf, type PdfText, type PdfTextItem } from './pdf';
export { sniffBytes } from './sniff';
export { rawImage, DEFAULT_MAX_PIXELS } from './image';
export type { LoadedImage, SniffedType } from './types';

/** Files larger than this are refused before any decoding (hostile or wrong inputs). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
/** Default page limit when a PDF is loaded as an image (the rulebook's upload.maxPdfPages). */
export const MAX_PDF_PAGES = 50;

export async function sniffFile(path: string): Promise<{ type: SniffedType; size: number }> {
  const found = await stat(path).catch(() => null);
  if (!found?.isFile()) throw new FileProblem('FILE_UNREADABLE', { detail: 'not found', file: path });
  return sniffFileSync(path);
}

const EXTENSIONS: Partial<Record<SniffedType, string[]>> = {
  jpeg: ['jpg', 'jpeg', 'jfif'],
  png: ['png'],
  webp: ['webp'],
  tiff: ['tif', 'tiff'],
  gif: ['gif'],
  pdf: ['pdf'],
  heic: ['heic', 'heif', 'avif'],
};

/** The extension contradicts the content (a PDF named .jpg, an .exe named .png)? */
export function extensionMismatch(path: string, type: SniffedType): { ext: string; actual: string } | null {
  const ext = (path.split('.').pop() ?? '').toLowerCase();
  const known = Object.values(EXTENSIONS).flat();
  if (!known.includes(ext)) return null;
  return EXTENSIONS[type]?.includes(ext) ? null : { ext, actual: type };
}

/**
 * Loads a user's image or PDF page as orientation-corrected RGB pixels, refusing what it
 * should not decode (HEIC without a decoder, SVG, executables, bombs) with a FileProblem.
 */
export async function loadImageFile(
  path: string,
  opts: { maxPixels?: number; dpi?: number; page?: number; maxPdfPages?: number } = {},
): Promise<LoadedImage & { source: SniffedType; pageCount?: number }> {
  const { type, size } = await sniffFile(path);
  if (type === 'empty') throw new FileProblem('FILE_UNREADABLE', { detail: '0 bytes' });
  if (size > MAX_INPUT_BYTES)
    throw new FileProblem('FILE_TOO_LARGE', {
      size: `${Math.round(size / 1048576)} MB`,
      limit: `${MAX_INPUT_BYTES / 1048576} MB`,
    });
  if (type === 'pdf') {
    const pageCount = await pdfPageCount(path);
    // Same refusal limit as extractPdfText: a 500-page "photo" is refused at once, whatever the kind.
    const limit = opts.maxPdfPages ?? MAX_PDF_PAGES;
    if (pageCount > limit) throw new FileProblem('PDF_TOO_MANY_PAGES', { pages: pageCount, limit });
    const [page] = await renderPdfPages(path, {
      dpi: opts.dpi ?? 200,
      firstPage: opts.page ?? 1,
      maxPixels: Math.min(opts.maxPixels ?? DEFAULT_MAX_PIXELS, 40_000_000),
    });
    if (!page) throw new FileProblem('FILE_UNREADABLE', { detail: 'no pages' });
    return { ...page, source: type, pageCount };
  }
  if (!IMAGE_TYPES.includes(type))
    throw new FileProblem('FILE_UNSUPPORTED_FORMAT', {
      format: type === 'unknown' ? (path.split('.').pop() ?? '?') : type.toUpperCase(),
    });
  const image = await decodeImage(path, opts.maxPixels ?? DEFAULT_MAX_PIXELS);
  return { ...image, source: type };
}
