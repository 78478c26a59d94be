/**
 * Inventory-zero proof (库存清零凭证): an ERP-exported PDF listing every SKU at 0 with a
 * VISIBLE export time. Text PDFs are read with pdfjs; scans, image-only PDFs and photos of
 * a report are rendered and read by OCR, then judged by exactly the same rules.
 */
import { makeFinding } from '../../../shared/findings';
import type { Finding, Region } from '../../../shared/findings';
import { threshold } from '../../../shared/rulebook';
import { findTimestamps, inventoryWindow, displayStamp, type FoundTimestamp } from '../../../shared/timestamps';
import {
  extractPdfText,
  FileProblem,
  fileProblemFinding,
  loadImageFile,
  renderPdfPages,
  sniffFile,
  type LoadedImage,
} from '../files';
import { recognize } from '../ocr';
import { fileResult, pdfDateStamp, typeMismatch, throwIfAborted, windowFinding } from './evidence-common';
import {
  buildRows,
  nonZeroLines,
  readStockTable,
  type Row,
  type StockLine,
  type StockTable,
  type TextPage,
} from './inventory-table';
import type { CheckContext, Checker } from './types';

/** Below this many characters of real text a PDF is treated as a scan and read by OCR. */
const MIN_TEXT_CHARS = 20;
/** Scanned PDFs: OCR at most this many pages (OCR costs about a second a page). */
const MAX_OCR_PAGES = 5;
/** Name at most this many SKUs in the message; the rest are counted. */
const MAX_NAMED_SKUS = 10;
const SPREADSHEETS = new Set(['xlsx', 'xls', 'csv']);
const IMAGE_SOURCES = new Set(['jpeg', 'png', 'webp', 'tiff', 'gif']);

/** Labels ERPs put before the export time (导出时间：…, 打印于 …, Exported: …). */
const EXPORT_LABEL =
  /(导出|打印|生成|报表|制表|查询|统计|截止|更新|创建|下载)\s*(时间|日期|于)?|export|print|generat|as\s+of|report\s+(date|time)|created|downloaded/i;

export type InventoryDocument = {
  pages: TextPage[];
  /** The PDF's CreationDate (metadata, invisible to reviewers). */
  metadataTime?: string;
  /** Read by OCR (scan or photo) rather than from embedded text. */
  ocr: boolean;
};

export const checkInventory: Checker = async (file, ctx) => {
  const early: Finding[] = [];
  try {
    const doc = await readInventoryDocument(file, ctx);
    if ('findings' in doc) return fileResult(file, 'inventory', doc.findings);
    early.push(...(await typeMismatch(file)));
    const findings = judgeInventory(doc, ctx);
    // The finding marks the first non-zero SKU's row; the others it names are drawn as well.
    const rest = findings.some((f) => f.code === 'INVENTORY_NOT_ZERO') ? nonZeroRowRegions(doc).slice(1) : [];
    return fileResult(file, 'inventory', [...early, ...findings], rest.length > 0 ? { regions: rest } : {});
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    if (early.length === 0) early.push(...(await typeMismatch(file).catch(() => [])));
    return fileResult(file, 'inventory', [...early, fileProblemFinding(e, file)]);
  }
};

/** The document's positioned text, or the findings that stop the check (spreadsheet, …). */
export async function readInventoryDocument(
  file: string,
  ctx: CheckContext,
): Promise<InventoryDocument | { findings: Finding[] }> {
  const { type } = await sniffFile(file);
  const ext = (file.split('.').pop() ?? '').toLowerCase();
  if (SPREADSHEETS.has(type) || ((type === 'unknown' || type === 'zip') && SPREADSHEETS.has(ext))) {
    const format = (SPREADSHEETS.has(type) ? type : ext).toUpperCase();
    return { findings: [makeFinding('SPREADSHEET_NOT_PDF', { format }, { key: 'evidence.inventory.spreadsheet' })] };
  }
  if (type === 'empty') throw new FileProblem('FILE_UNREADABLE', { detail: '0 bytes' });
  if (type === 'pdf') return readPdf(file, ctx);
  if (IMAGE_SOURCES.has(type)) {
    const image = await loadImageFile(file, { maxPixels: ctx.rulebook.upload.maxImagePixels });
    return { pages: [await ocrPage(image, ctx)], ocr: true };
  }
  throw new FileProblem('FILE_UNSUPPORTED_FORMAT', { format: type === 'unknown' ? ext || '?' : type.toUpperCase() });
}

async function readPdf(file: string, ctx: CheckContext): Promise<InventoryDocument> {
  // extractPdfText refuses (PDF_TOO_MANY_PAGES) before reading any page past the limit.
  const text = await extractPdfText(file, { maxPages: ctx.rulebook.upload.maxPdfPages });
  const chars = text.pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.str.trim().length, 0), 0);
  if (chars >= MIN_TEXT_CHARS) return { pages: text.pages, metadataTime: text.info.creationDate, ocr: false };
  const images = await renderPdfPages(file, { dpi: 200, maxPages: MAX_OCR_PAGES });
  const pages: TextPage[] = [];
  for (const [i, image] of images.entries()) {
    throwIfAborted(ctx.signal);
    ctx.onProgress?.(i / images.length, 'ocr');
    pages.push(await ocrPage(image, ctx));
  }
  return { pages, metadataTime: text.info.creationDate, ocr: true };
}

async function ocrPage(image: LoadedImage, ctx: CheckContext): Promise<TextPage> {
  const lines = await recognize(
    { kind: 'raw', data: image.data, width: image.width, height: image.height, channels: 3 },
    { signal: ctx.signal },
  );
  const items = lines.map((l) => ({ str: l.text, x: l.box.x, y: l.box.y, width: l.box.width, height: l.box.height }));
  return { items, width: image.width, height: image.height };
}

/** Every rule on an already-read document (pure apart from the rulebook): used by tests too. */
export function judgeInventory(doc: InventoryDocument, ctx: Pick<CheckContext, 'rulebook' | 'today'>): Finding[] {
  const rows = buildRows(doc.pages);
  const table = readStockTable(rows);
  const findings: Finding[] = [...stampFindings(rows, table, doc, ctx)];
  if (!table || table.lines.length === 0) {
    findings.push(makeFinding('INVENTORY_TABLE_NOT_FOUND', {}, { key: 'evidence.inventory.tableNotFound' }));
    return findings;
  }
  const notZero = notZeroFinding(table, doc.pages);
  if (notZero) findings.push(notZero);
  return findings;
}

function stampFindings(
  rows: Row[],
  table: StockTable | null,
  doc: InventoryDocument,
  ctx: Pick<CheckContext, 'rulebook' | 'today'>,
): Finding[] {
  const stamp = findExportStamp(rows, table?.rowsInTable ?? new Set());
  if (!stamp) {
    const out = [makeFinding('TIMESTAMP_MISSING', {}, { key: 'evidence.inventory.missing' })];
    const meta = pdfDateStamp(doc.metadataTime);
    if (meta)
      out.push(
        makeFinding(
          'TIMESTAMP_METADATA_ONLY',
          { timestamp: displayStamp(meta) },
          { key: 'evidence.inventory.metadataOnly' },
        ),
      );
    return out;
  }
  const days = threshold(ctx.rulebook, 'inventoryProofMaxAgeDays');
  const out = windowFinding(
    stamp,
    inventoryWindow(ctx.today, days),
    { tooOld: 'evidence.inventory.tooOld', future: 'evidence.inventory.future' },
    { days },
  );
  return out ? [out] : [];
}

/**
 * The export time: a stamp outside the SKU table (dates inside it are content, such as a
 * last-receipt date), preferring one after an export label, then one with a time of day.
 */
export function findExportStamp(rows: readonly Row[], tableRows: ReadonlySet<Row>): FoundTimestamp | null {
  let best: { stamp: FoundTimestamp; score: number } | null = null;
  for (const row of rows) {
    if (tableRows.has(row)) continue;
    for (const stamp of findTimestamps(row.text)) {
      const before = row.text.slice(Math.max(0, stamp.index - 14), stamp.index);
      const score = (EXPORT_LABEL.test(before) ? 4 : 0) + (stamp.hasTime ? 2 : 0) + 1;
      if (!best || score > best.score) best = { stamp, score };
    }
  }
  return best?.stamp ?? null;
}

function describeLine(line: StockLine): string {
  const q = line.quantities.filter((x) => x.value !== 0);
  return `${line.sku} (${q.map((x) => `${x.column} ${x.text}`).join(', ')})`;
}

function notZeroFinding(table: StockTable, pages: readonly TextPage[]): Finding | null {
  let lines = nonZeroLines(table);
  // Every SKU at 0 but a non-zero total means rows we could not read: report the total.
  if (lines.length === 0) lines = table.lines.filter((l) => l.total && l.quantities.some((q) => q.value !== 0));
  if (lines.length === 0) return null;
  const named = lines.slice(0, MAX_NAMED_SKUS).map(describeLine).join('; ');
  const more = lines.length - MAX_NAMED_SKUS;
  const params = { items: named, count: lines.length, ...(more > 0 ? { more } : {}) };
  const region = rowRegion(lines[0] as StockLine, pages);
  return makeFinding('INVENTORY_NOT_ZERO', params, {
    key: more > 0 ? 'evidence.inventory.notZeroMore' : 'evidence.inventory.notZero',
    region,
  });
}

/**
 * The box of a SKU's row on its page, in that page's space (PDF points or OCR pixels), a
 * little taller than the text so the mark does not cover it; labelled "row <SKU>".
 */
export function rowRegion(line: StockLine, pages: readonly TextPage[]): Region {
  const { row } = line;
  const pad = row.height * 0.35;
  const x0 = Math.min(...row.cells.map((c) => c.x0));
  const x1 = Math.max(...row.cells.map((c) => c.x1));
  const page = pages[row.page];
  const size = page?.width && page.height ? { pageSize: { width: page.width, height: page.height } } : {};
  // Wider sideways: right-aligned quantities end at the cell edge the mark would otherwise cut.
  const x = Math.max(0, x0 - pad * 2);
  const y = Math.max(0, row.y - pad);
  return {
    x,
    y,
    width: x1 + pad * 2 - x,
    height: row.height + 2 * pad,
    label: `row ${line.sku}`,
    page: row.page + 1,
    ...size,
  };
}

/** The rows of every non-zero SKU the finding names, in document order. */
export function nonZeroRowRegions(doc: InventoryDocument): Region[] {
  const table = readStockTable(buildRows(doc.pages));
  return table
    ? nonZeroLines(table)
        .slice(0, MAX_NAMED_SKUS)
        .map((l) => rowRegion(l, doc.pages))
    : [];
}

/** The SKUs the finding names, for tests and the UI: [{sku, qty}] (first non-zero column). */
export function nonZeroSkus(doc: InventoryDocument): { sku: string; qty: number }[] {
  const table = readStockTable(buildRows(doc.pages));
  if (!table) return [];
  return nonZeroLines(table).map((l) => ({ sku: l.sku, qty: l.quantities.find((q) => q.value !== 0)?.value ?? 0 }));
}
