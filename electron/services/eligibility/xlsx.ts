import ExcelJS from 'exceljs';
import type { Cell } from '../../../shared/eligibility/rows';
import { readXlsxFast } from './xlsx-fast';

/**
 * Reads an XLSX workbook into plain rows. Cell values are reduced to what the import needs:
 * text, numbers and dates (exceljs gives dates as the wall-clock time in UTC; ../rows
 * treats that as China time). Formulas give their cached result, rich text its plain text.
 */
export type SheetRows = { name: string; rows: [number, Cell[]][] };

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return plain(value.result);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  // Hyperlink, formula and shared-string objects are handled above; anything else is unexpected.
  return JSON.stringify(value);
}

/** The fast reader first; exceljs for whatever it does not handle (ZIP64, odd parts). */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetRows[]> {
  try {
    return readXlsxFast(bytes);
  } catch {
    return readWorkbookExcelJs(bytes);
  }
}

export async function readWorkbookExcelJs(bytes: Uint8Array): Promise<SheetRows[]> {
  const wb = new ExcelJS.Workbook();
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: [number, Cell[]][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as ExcelJS.CellValue[];
      // row.values is 1-based (index 0 is empty): shift to 0-based columns.
      const cells = new Array<Cell>(Math.max(0, values.length - 1));
      for (let c = 1; c < values.length; c++) cells[c - 1] = plain(values[c]);
      rows.push([rowNumber, cells]);
    });
    return { name: ws.name, rows };
  });
}
