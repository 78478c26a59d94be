import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageDir } from '../paths';
import { FileProblem } from './problem';
import { rawImage } from './image';
import type { LoadedImage } from './types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjsPromise: Promise<PdfJs> | null = null;

/** pdfjs-dist's Node (legacy) build, loaded once; never evaluates a PDF's scripts. */
function loadPdfJs(): Promise<PdfJs> {
  return (pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
}

export type PdfTextItem = { str: string; x: number; y: number; width: number; height: number };
export type PdfText = {
  pageCount: number;
  pages: { width: number; height: number; items: PdfTextItem[] }[];
  info: { creationDate?: string; modDate?: string; producer?: string; creator?: string };
};

/** Opens a PDF from bytes with safe options; encrypted and broken files become FileProblems. */
export async function openPdf(path: string): Promise<PdfDocument> {
  const pdfjs = await loadPdfJs();
  const dir = packageDir('pdfjs-dist');
  const data = new Uint8Array(readFileSync(path));
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: pathToFileURL(join(dir, 'cmaps')).href + '/',
    cMapPacked: true,
    standardFontDataUrl: pathToFileURL(join(dir, 'standard_fonts')).href + '/',
    wasmUrl: pathToFileURL(join(dir, 'wasm')).href + '/',
  });
  try {
    return await task.promise;
  } catch (e) {
    const err = e as { name?: string; message?: string };
    if (err.name === 'PasswordException') throw new FileProblem('PDF_ENCRYPTED');
    throw new FileProblem('FILE_UNREADABLE', { detail: err.message ?? String(e) });
  }
}

/** Text items with positions (PDF points, y measured from the top of the page). */
export async function extractPdfText(path: string, options: { maxPages?: number } = {}): Promise<PdfText> {
  const doc = await openPdf(path);
  try {
    const limit = options.maxPages ?? 50;
    if (doc.numPages > limit) throw new FileProblem('PDF_TOO_MANY_PAGES', { pages: doc.numPages, limit });
    const pages: PdfText['pages'] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , d, e, f] = item.transform as number[];
        const h = Math.abs(d ?? item.height);
        items.push({ str: item.str, x: e ?? 0, y: viewport.height - (f ?? 0) - h, width: item.width, height: h });
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof info[k] === 'string' ? info[k] : undefined);
    return {
      pageCount: doc.numPages,
      pages,
      info: {
        creationDate: str('CreationDate'),
        modDate: str('ModDate'),
        producer: str('Producer'),
        creator: str('Creator'),
      },
    };
  } finally {
    await doc.destroy();
  }
}

/** Renders pages to RGB at `dpi`, lowering the scale so no page exceeds `maxPixels`. */
export async function renderPdfPages(
  path: string,
  options: { dpi?: number; maxPages?: number; firstPage?: number; maxPixels?: number } = {},
): Promise<LoadedImage[]> {
  const doc = await openPdf(path);
  try {
    const first = options.firstPage ?? 1;
    if (first > doc.numPages) throw new FileProblem('FILE_UNREADABLE', { detail: `page ${first} of ${doc.numPages}` });
    const last = Math.min(doc.numPages, first + (options.maxPages ?? 1) - 1);
    const out: LoadedImage[] = [];
    for (let n = first; n <= last; n++)
      out.push(await renderPage(doc, n, options.dpi ?? 200, options.maxPixels ?? 40_000_000));
    return out;
  } finally {
    await doc.destroy();
  }
}

async function renderPage(doc: PdfDocument, n: number, dpi: number, maxPixels: number): Promise<LoadedImage> {
  const page = await doc.getPage(n);
  const base = page.getViewport({ scale: 1 });
  let scale = dpi / 72;
  const pixels = base.width * base.height * scale * scale;
  if (pixels > maxPixels) scale *= Math.sqrt(maxPixels / pixels);
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const { canvas, context } = factory.create(width, height);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({ canvasContext: context as never, viewport, canvas: canvas as never }).promise;
  const rgba = context.getImageData(0, 0, width, height).data;
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i] ?? 255;
    rgb[j + 1] = rgba[i + 1] ?? 255;
    rgb[j + 2] = rgba[i + 2] ?? 255;
  }
  factory.destroy({ canvas, context });
  page.cleanup();
  return rawImage(rgb, width, height);
}

type Ctx2D = {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
};
type CanvasFactory = {
  create(w: number, h: number): { canvas: unknown; context: Ctx2D };
  destroy(c: { canvas: unknown; context: Ctx2D }): void;
};

export async function pdfPageCount(path: string): Promise<number> {
  const doc = await openPdf(path);
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}
