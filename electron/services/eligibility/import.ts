import { extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { columnIndex, detectColumns } from '../../../shared/eligibility/headers';
import { inferFromValues, profileColumns } from '../../../shared/eligibility/infer';
import { ORDER_FIELDS, REQUIRED_ORDER_FIELDS, type ColumnMapping } from '../../../shared/eligibility/inputs';
import type { Order } from '../../../shared/eligibility/orders';
import { cellText, rowsToOrders, type Cell } from '../../../shared/eligibility/rows';
import type { ImportSummary } from '../../../shared/eligibility/api';
import { parseCsv } from './csv';
import { decodeText } from './decode';
import { readWorkbook, type SheetRows } from './xlsx';

/**
 * Imports a seller's order export (CSV or XLSX). The result always carries the header, the
 * detected mapping and the candidates, so the UI can show the column-mapping step; orders
 * are read only once every required field is mapped (`needsMapping` false).
 */
export type ImportOptions = {
  /** The user's explicit choices: a column that is not in the header is an error. */
  mapping?: Partial<ColumnMapping> | null;
  /** A case's remembered mapping: applied where its columns exist (a new export may differ). */
  remembered?: Partial<ColumnMapping> | null;
  sheet?: string | null;
  offsetHours: number;
};

export type OrderImport = Omit<ImportSummary, 'source'> & { orders: Order[] };

const isEmptyRow = (cells: readonly Cell[]) => cells.every((c) => cellText(c) === '');
/** A header row is recognised when it names at least two order fields; ERPs often put a title row above it. */
const HEADER_SEARCH_ROWS = 20;
/** Rows read to recognise columns by their values (enough to see every JIT flag value). */
const VALUE_SAMPLE_ROWS = 500;

function recognisedCount(cells: readonly Cell[]): number {
  const d = detectColumns(cells.map(cellText));
  return ORDER_FIELDS.filter((f) => d.candidates[f].length > 0).length;
}

function findHeaderRow(rows: readonly [number, Cell[]][]): number {
  const head = rows.slice(0, HEADER_SEARCH_ROWS);
  const recognised = head.findIndex(([, cells]) => recognisedCount(cells) >= 2);
  return recognised >= 0 ? recognised : head.findIndex(([, cells]) => !isEmptyRow(cells));
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The sheet asked for, else the first one with a recognisable header row, else the first with rows. */
function chooseSheet(sheets: SheetRows[], wanted: string | null | undefined): SheetRows | undefined {
  if (wanted) {
    const found =
      sheets.find((s) => s.name === wanted) ??
      sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (!found)
      throw new AppError('ORDERS_SHEET_NOT_FOUND', 'eligibility.import.sheetNotFound', {
        sheet: wanted,
        sheets: sheets.map((s) => s.name).join(', '),
      });
    return found;
  }
  return (
    sheets.find((s) => s.rows.slice(0, HEADER_SEARCH_ROWS).some(([, c]) => recognisedCount(c) >= 2)) ??
    sheets.find((s) => s.rows.length > 0) ??
    sheets[0]
  );
}

async function readTable(bytes: Uint8Array, file: string, sheet: string | null | undefined) {
  const ext = extname(file).toLowerCase();
  if (isZip(bytes)) {
    let sheets: SheetRows[];
    try {
      sheets = await readWorkbook(bytes);
    } catch (e) {
      throw new AppError('ORDERS_UNREADABLE', 'eligibility.import.unreadable', { file, detail: (e as Error).message });
    }
    const chosen = chooseSheet(sheets, sheet);
    return {
      format: 'xlsx' as const,
      encoding: null,
      sheet: chosen?.name ?? null,
      sheets: sheets.map((s) => s.name),
      rows: chosen?.rows ?? [],
    };
  }
  if (['.xlsx', '.xls', '.xlsm', '.numbers', '.pdf'].includes(ext) || bytes.subarray(0, 1024).includes(0)) {
    throw new AppError('ORDERS_UNSUPPORTED', 'eligibility.import.unsupported', { file });
  }
  const { text, encoding } = decodeText(bytes);
  return { format: 'csv' as const, encoding, sheet: null, sheets: [], rows: parseCsv(text) };
}

/** Explicit choices win over remembered ones, which win over detection. */
function mergeMapping(
  headers: string[],
  detected: ColumnMapping,
  explicit: Partial<ColumnMapping> | null | undefined,
  remembered: Partial<ColumnMapping> | null | undefined,
): ColumnMapping {
  const mapping = { ...detected };
  for (const field of ORDER_FIELDS) {
    const column = remembered?.[field];
    if (typeof column === 'string' && columnIndex(headers, column) >= 0) mapping[field] = column;
  }
  for (const field of ORDER_FIELDS) {
    const column = explicit?.[field];
    if (column === undefined) continue;
    if (column !== null && columnIndex(headers, column) < 0) {
      throw new AppError('ORDERS_MAPPING_INVALID', 'eligibility.import.mappingColumnMissing', {
        field,
        column,
        columns: headers.join(', '),
      });
    }
    mapping[field] = column;
  }
  return mapping;
}

export async function importOrderExport(bytes: Uint8Array, file: string, options: ImportOptions): Promise<OrderImport> {
  const table = await readTable(bytes, file, options.sheet);
  const headerAt = findHeaderRow(table.rows);
  const headerEntry = headerAt >= 0 ? table.rows[headerAt] : undefined;
  if (!headerEntry)
    throw new AppError('ORDERS_EMPTY', 'eligibility.import.empty', { file, sheet: table.sheet ?? file });
  const headers = headerEntry[1].map(cellText);
  const data = table.rows.slice(headerAt + 1).filter(([, cells]) => !isEmptyRow(cells));
  const header = detectColumns(headers);
  const profiles = profileColumns(
    headers,
    data.slice(0, VALUE_SAMPLE_ROWS).map(([, cells]) => cells),
    options.offsetHours,
  );
  const detection = inferFromValues(profiles, header.mapping, header.candidates);
  const mapping = mergeMapping(headers, detection.mapping, options.mapping, options.remembered);
  if (data.length === 0) {
    // A lone unrecognisable row (a notes sheet) is "no header", not "a header without orders".
    if (recognisedCount(headerEntry[1]) < 2)
      throw new AppError('ORDERS_EMPTY', 'eligibility.import.empty', { file, sheet: table.sheet ?? file });
    throw new AppError('ORDERS_NO_ROWS', 'eligibility.import.noRows', { file, row: headerEntry[0] });
  }
  const missing = REQUIRED_ORDER_FIELDS.filter((f) => mapping[f] === null);
  const base = {
    file,
    format: table.format,
    encoding: table.encoding,
    sheet: table.sheet,
    sheets: table.sheets,
    headerRow: headerEntry[0],
    headers,
    mapping,
    candidates: detection.candidates,
    missing,
    needsMapping: missing.length > 0,
    rowCount: data.length,
    samples: profiles.map((p) => p.samples),
    inferredFromValues: detection.byValues.filter((f) => mapping[f] === detection.mapping[f]),
  };
  if (missing.length > 0) return { ...base, orders: [], issues: [], issueCount: 0, skippedRows: 0 };
  const result = rowsToOrders(headers, mapping, data, options.offsetHours);
  return { ...base, ...result };
}

/** The AppError the CLI raises when the mapping step is still open. */
export function mappingRequiredError(imp: OrderImport): AppError {
  const fields = imp.missing
    .map((f) => {
      const options = imp.candidates[f].length ? `: ${imp.candidates[f].join(' / ')}` : '';
      return `${f} (${t(`eligibility.field.${f}`)}${options})`;
    })
    .join(', ');
  const params = { fields, columns: imp.headers.join(', ') };
  // In a workbook the likeliest cause is the wrong sheet: say which sheets there are.
  if (imp.sheets.length > 1)
    return new AppError('ORDERS_MAPPING_REQUIRED', 'eligibility.import.mappingRequiredSheet', {
      ...params,
      sheet: imp.sheet ?? '',
      sheets: imp.sheets.join(', '),
    });
  return new AppError('ORDERS_MAPPING_REQUIRED', 'eligibility.import.mappingRequired', params);
}
