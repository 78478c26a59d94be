/**
 * Reads an ERP stock table from positioned text (PDF text items or OCR lines alike): rows
 * by vertical position, cells by horizontal gaps, quantity columns by their header, data
 * rows on every page (with or without a repeated header), totals rows told from SKUs.
 */
import { normalizeForDates } from '../../../shared/timestamps';

export type TextItem = { str: string; x: number; y: number; width: number; height: number };
/** One page's positioned text; width/height is the space of the positions (PDF points or OCR pixels). */
export type TextPage = { items: TextItem[]; width?: number; height?: number };
export type Cell = { text: string; x0: number; x1: number };
export type Row = { page: number; y: number; height: number; cells: Cell[]; text: string };

/** Headers of quantity columns (Chinese and English ERPs). */
const QTY_HEADER = /(库存|数量|在途|结存|余量|件数|存量|qty|quantity|stock|on\s*hand|available|in\s*transit|balance)/i;
/** Columns that mention stock but are not quantities (dates, money, locations, codes). */
const NOT_QTY_HEADER =
  /(日期|时间|date|time|单价|金额|价格|成本|price|amount|cost|value|库位|仓位|location|编码|code|状态|status)/i;
const TOTAL_ROW = /^\s*(合\s*计|总\s*计|小\s*计|汇\s*总|grand\s*total|sub\s*total|total|sum)(?![a-z])/i;

/** Groups items into rows (same text line) and cells (runs separated by a wide gap). */
export function buildRows(pages: readonly TextPage[]): Row[] {
  const rows: Row[] = [];
  pages.forEach((page, pageIndex) => {
    const items = page.items
      .filter((i) => i.str.trim().length > 0)
      .sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2));
    let current: TextItem[] = [];
    const flush = (): void => {
      if (current.length > 0) rows.push(makeRow(pageIndex, current));
      current = [];
    };
    for (const item of items) {
      const last = current[current.length - 1];
      const centre = item.y + item.height / 2;
      if (last && Math.abs(centre - (last.y + last.height / 2)) > Math.max(last.height, item.height) * 0.5) flush();
      current.push(item);
    }
    flush();
  });
  return rows;
}

function makeRow(page: number, items: TextItem[]): Row {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const height = Math.max(...sorted.map((i) => i.height));
  const cells: Cell[] = [];
  for (const item of sorted) {
    const last = cells[cells.length - 1];
    const gap = last ? item.x - last.x1 : Infinity;
    // Runs closer than about one character belong to the same cell (mixed-font runs, OCR splits).
    if (last && gap < height * 1.2) {
      last.text += gap > height * 0.2 ? ` ${item.str}` : item.str;
      last.x1 = Math.max(last.x1, item.x + item.width);
    } else {
      cells.push({ text: item.str, x0: item.x, x1: item.x + item.width });
    }
  }
  for (const c of cells) c.text = c.text.trim();
  const y = Math.min(...sorted.map((i) => i.y));
  return { page, y, height, cells, text: cells.map((c) => c.text).join(' ') };
}

export function isQuantityHeader(text: string): boolean {
  return text.length <= 12 && QTY_HEADER.test(text) && !NOT_QTY_HEADER.test(text);
}

export function isTotalRow(row: Row): boolean {
  return TOTAL_ROW.test(row.cells[0]?.text ?? '');
}

/** A quantity cell as a number: thousands separators, minus signs, (3) accounting negatives. */
export function parseQuantity(text: string): number | null {
  let t = normalizeForDates(text)
    .replace(/[\s,，'’]/g, '')
    .replace(/[−–—]/g, '-');
  if (/^[Oo]$/.test(t)) t = '0';
  const negative = /^\(.*\)$/.test(t);
  if (negative) t = t.slice(1, -1);
  if (!/^[-+]?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return negative ? -n : n;
}

export type Column = { title: string; x0: number; x1: number; qty: boolean };
export type TableHeader = { row: Row; columns: Column[] };

/** A header row: two or more cells, at least one a quantity header, and one that is not. */
export function headerOf(row: Row): TableHeader | null {
  if (row.cells.length < 2) return null;
  const columns = row.cells.map((c) => ({ title: c.text, x0: c.x0, x1: c.x1, qty: isQuantityHeader(c.text) }));
  const qty = columns.filter((c) => c.qty).length;
  if (qty === 0 || qty === columns.length) return null;
  // A header's cells are short labels, never numbers or long sentences.
  if (columns.some((c) => c.title.length > 16 || parseQuantity(c.title) !== null)) return null;
  return { row, columns };
}

/** Which column a cell belongs to: the one whose span (to the next header) holds its centre. */
function columnIndex(columns: readonly Column[], cell: Cell): number {
  const centre = (cell.x0 + cell.x1) / 2;
  for (let i = columns.length - 1; i >= 0; i--) {
    const col = columns[i] as Column;
    const prev = columns[i - 1];
    const start = prev ? (prev.x1 + col.x0) / 2 : -Infinity;
    if (centre >= start) return i;
  }
  return 0;
}

export type StockLine = {
  sku: string;
  quantities: { column: string; value: number; text: string }[];
  row: Row;
  total: boolean;
};
export type StockTable = { headers: TableHeader[]; lines: StockLine[]; rowsInTable: Set<Row> };

/** The SKU lines of every table in the document (a header may repeat on each page, or not). */
export function readStockTable(rows: readonly Row[]): StockTable | null {
  const headers: TableHeader[] = [];
  const lines: StockLine[] = [];
  const rowsInTable = new Set<Row>();
  let active: TableHeader | null = null;
  for (const row of rows) {
    const header = headerOf(row);
    if (header) {
      active = header;
      headers.push(header);
      rowsInTable.add(row);
      continue;
    }
    if (!active) continue;
    const line = stockLine(active, row);
    if (line) {
      lines.push(line);
      rowsInTable.add(row);
    }
  }
  return headers.length > 0 ? { headers, lines, rowsInTable } : null;
}

function stockLine(header: TableHeader, row: Row): StockLine | null {
  const quantities: StockLine['quantities'] = [];
  const other: string[] = [];
  for (const cell of row.cells) {
    const col = header.columns[columnIndex(header.columns, cell)] as Column;
    const value = col.qty ? parseQuantity(cell.text) : null;
    if (value !== null) quantities.push({ column: col.title, value, text: cell.text });
    else other.push(cell.text);
  }
  // A data row has a number under a quantity header and some identifying text beside it.
  if (quantities.length === 0 || other.length === 0) return null;
  const total = isTotalRow(row);
  return { sku: total ? (row.cells[0]?.text ?? '') : (other[0] ?? ''), quantities, row, total };
}

/** SKUs (not totals) with any non-zero quantity. */
export function nonZeroLines(table: StockTable): StockLine[] {
  return table.lines.filter((l) => !l.total && l.quantities.some((q) => q.value !== 0));
}
