import { t, type Params } from '../i18n';
import { columnIndex, columnLetter } from './headers';
import type { ColumnMapping, OrderField } from './inputs';
import type { Order } from './orders';
import { parseZoneDateTime } from './time';

/**
 * Turns the rows of an order export into orders. A row that cannot be read (empty id,
 * duplicate id, unreadable date, unknown JIT flag, JIT order without deadline) is left out
 * and reported with its spreadsheet row number and column, so the seller can fix the file.
 */
export type Cell = string | number | Date | null | undefined;

export type ImportIssue = {
  code: 'duplicateId' | 'badDate' | 'badJit' | 'emptyId' | 'missingDeadline';
  /** 1-based row number as the spreadsheet shows it (the header row included). */
  row: number;
  column: string;
  columnLetter: string;
  field: OrderField;
  messageKey: string;
  message: string;
  params: Params;
};

/** At most this many issues are listed; the rest are counted (`issueCount`). */
export const MAX_LISTED_ISSUES = 200;

export type RowsResult = { orders: Order[]; issues: ImportIssue[]; issueCount: number; skippedRows: number };

const YES = new Set(['是', 'y', 'yes', 'true', '1', 'jit', 'jit订单', 'jit发货', '√', '✓']);
/** Other fulfilment modes an ERP writes in a mode column: all of them are "not JIT". */
const OTHER_MODES = [
  '海外仓',
  '无忧',
  '菜鸟',
  '自营',
  '自发',
  '普通',
  '标准',
  '常规',
  'standard',
  'regular',
  'normal',
  'overseas',
  'selfship',
  'merchant',
];
const NO = new Set(['否', 'n', 'no', 'false', '0', '非jit', 'nonjit', 'notjit', '普通', '自发货', 'standard', '', '-']);

/** JIT flag from 是/否, yes/no, 1/0, or a mode column (JIT / 非JIT / 海外仓 …); null if unclear. */
const jitCache = new Map<string, boolean | null>();

export function parseJit(value: string): boolean | null {
  // An export repeats a handful of values 100,000 times: remember each verdict.
  const cached = jitCache.get(value);
  if (cached !== undefined) return cached;
  const verdict = judgeJit(value);
  if (jitCache.size < 1000) jitCache.set(value, verdict);
  return verdict;
}

function judgeJit(value: string): boolean | null {
  const v = value.toLowerCase().replace(/[\s_-]+/g, '');
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  if (v.includes('非') || v.includes('non') || v.includes('not')) return false;
  if (v.includes('jit')) return true;
  return OTHER_MODES.some((m) => v.includes(m)) ? false : null;
}

/** Cancelled or closed orders are left out of every fulfilment figure (see ./orders.ts). */
const cancelCache = new Map<string, boolean>();

export function isCancelled(status: string): boolean {
  const cached = cancelCache.get(status);
  if (cached !== undefined) return cached;
  const v = status.toLowerCase();
  const verdict = v.includes('取消') || v.includes('关闭') || v.includes('cancel') || v.includes('closed');
  if (cancelCache.size < 1000) cancelCache.set(status, verdict);
  return verdict;
}

const EXCEL_EPOCH_DAYS = 25569;

/**
 * A date cell: spreadsheet dates arrive as Date objects holding the wall-clock time as UTC
 * (or as Excel serial numbers); both are the platform's local time, like zone-less text.
 */
export function cellTime(cell: Cell, offsetHours: number): number | null | 'bad' {
  if (cell === null || cell === undefined) return null;
  const shift = offsetHours * 3_600_000;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'bad' : cell.getTime() - shift;
  if (typeof cell === 'number')
    return cell > 1 && cell < 200_000 ? Math.round((cell - EXCEL_EPOCH_DAYS) * 86_400_000) - shift : 'bad';
  const text = cell.trim();
  if (!text || text === '-' || text === '--') return null;
  return parseZoneDateTime(text, offsetHours) ?? 'bad';
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'number') return String(cell);
  const text = cell.trim();
  // ERPs write long ids as ="8100123456789012" (or with a leading ') so Excel keeps every digit.
  if (text.startsWith('="') && text.endsWith('"')) return text.slice(2, -1).trim();
  return text.startsWith("'") ? text.slice(1).trim() : text;
}

type Columns = Record<OrderField, number>;

class IssueList {
  readonly issues: ImportIssue[] = [];
  count = 0;
  constructor(private readonly headers: readonly string[]) {}
  /** Records an issue; returns null so a row reader can `return list.add(...)`. */
  add(code: ImportIssue['code'], row: number, field: OrderField, col: number, extra: Params = {}): null {
    this.count++;
    if (this.issues.length >= MAX_LISTED_ISSUES) return null;
    const column = this.headers[col] ?? '';
    const params = { row, column, ...extra };
    const messageKey = `eligibility.issue.${code}`;
    this.issues.push({
      code,
      row,
      column,
      columnLetter: columnLetter(col),
      field,
      messageKey,
      message: t(messageKey, params),
      params,
    });
    return null;
  }
}

export function resolveColumns(headers: readonly string[], mapping: ColumnMapping): Columns {
  const out = {} as Columns;
  for (const [field, column] of Object.entries(mapping) as [OrderField, string | null][])
    out[field] = column === null ? -1 : columnIndex(headers, column);
  return out;
}

/**
 * `rows` yields [rowNumber, cells]; the mapping must already be complete and valid
 * (see ./headers.ts and the import service).
 */
export function rowsToOrders(
  headers: readonly string[],
  mapping: ColumnMapping,
  rows: Iterable<[number, readonly Cell[]]>,
  offsetHours: number,
): RowsResult {
  const col = resolveColumns(headers, mapping);
  const list = new IssueList(headers);
  const seen = new Map<string, number>();
  const orders: Order[] = [];
  let skipped = 0;
  for (const [rowNo, cells] of rows) {
    const order = readRow(cells, rowNo, col, offsetHours, list, seen);
    if (order) orders.push(order);
    else skipped++;
  }
  return { orders, issues: list.issues, issueCount: list.count, skippedRows: skipped };
}

function readRow(
  cells: readonly Cell[],
  rowNo: number,
  col: Columns,
  tz: number,
  list: IssueList,
  seen: Map<string, number>,
): Order | null {
  const id = cellText(cells[col.orderId]);
  if (!id) return list.add('emptyId', rowNo, 'orderId', col.orderId);
  const jitText = cellText(cells[col.jit]);
  const jit = parseJit(jitText);
  if (jit === null) return list.add('badJit', rowNo, 'jit', col.jit, { value: jitText });
  const orderTime = col.orderTime < 0 ? null : cellTime(cells[col.orderTime], tz);
  if (orderTime === 'bad')
    return list.add('badDate', rowNo, 'orderTime', col.orderTime, { value: cellText(cells[col.orderTime]) });
  const deadline = cellTime(cells[col.deadline], tz);
  if (deadline === 'bad')
    return list.add('badDate', rowNo, 'deadline', col.deadline, { value: cellText(cells[col.deadline]) });
  const pickup = cellTime(cells[col.pickup], tz);
  if (pickup === 'bad') return list.add('badDate', rowNo, 'pickup', col.pickup, { value: cellText(cells[col.pickup]) });
  const cancelled = col.status >= 0 && isCancelled(cellText(cells[col.status]));
  if (jit && !cancelled && deadline === null) return list.add('missingDeadline', rowNo, 'deadline', col.deadline);
  const firstRow = seen.get(id);
  if (firstRow !== undefined) return list.add('duplicateId', rowNo, 'orderId', col.orderId, { value: id, firstRow });
  seen.set(id, rowNo);
  return { id, jit, orderTime, deadline, pickup, cancelled };
}
