import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRulebook } from '../../electron/services/rulebook';
import { importOrderExport, mappingRequiredError } from '../../electron/services/eligibility';
import { evaluate } from '../../shared/eligibility/evaluate';
import { detectColumns } from '../../shared/eligibility/headers';
import { cellText, MAX_LISTED_ISSUES, parseJit } from '../../shared/eligibility/rows';
import { parseZoneDateTime } from '../../shared/eligibility/time';
import { readXlsxFast } from '../../electron/services/eligibility/xlsx-fast';
import { readWorkbookExcelJs } from '../../electron/services/eligibility/xlsx';
import { FIXTURES_DIR } from '../fixtures';
import { ORDERS_TODAY, type Truth } from '../fixtures/orders';

const book = loadRulebook();
const DIR = join(FIXTURES_DIR, 'orders');
const manifest = () =>
  JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { standard: Truth; clean: Truth };
const load = (file: string, options: { sheet?: string; mapping?: Record<string, string | null> } = {}) =>
  importOrderExport(readFileSync(join(DIR, file)), file, { offsetHours: book.utcOffsetHours, ...options });
const run = (orders: Awaited<ReturnType<typeof load>>['orders']) =>
  evaluate({ rulebook: book, caseInfo: { exitReason: 'no-jit-orders-90d' }, inputs: {}, orders, today: ORDERS_TODAY });

describe('order export import', () => {
  it.each([
    ['orders-utf8.csv', 'utf-8', 'standard'],
    ['orders-utf8-bom.csv', 'utf-8-bom', 'standard'],
    ['orders-gbk.csv', 'gb18030', 'standard'],
    ['orders-en.csv', 'utf-8', 'standard'],
    ['clean.csv', 'gb18030', 'clean'],
  ] as const)(
    '%s: detects %s, maps every column and finds the planted late orders',
    async (file, encoding, scenario) => {
      const truth = manifest()[scenario];
      const imp = await load(file);
      expect(imp.encoding).toBe(encoding);
      expect(imp.needsMapping).toBe(false);
      expect(Object.values(imp.mapping).every((v) => v !== null)).toBe(true);
      expect([imp.rowCount, imp.orders.length, imp.issueCount]).toEqual([truth.rows, truth.rows, 0]);
      const r = run(imp.orders);
      expect(r.lateJitOrders.map((o) => o.id).sort()).toEqual(truth.lateInWindowIds);
      expect(r.window?.onTime).toBe(truth.onTimeInWindow);
      expect(r.lastJitOrderDate).toBe(truth.lastJitOrderDate);
    },
  );

  it('keeps Chinese text intact from a GBK file', async () => {
    const imp = await load('orders-gbk.csv');
    expect(imp.headers).toEqual(['订单号', '是否JIT', '下单时间', '最晚发货时间', '揽收时间', '订单状态']);
    expect(imp.orders.some((o) => o.cancelled)).toBe(true);
  });

  it('reads the first XLSX sheet with a header row, and another sheet on request', async () => {
    const truth = manifest();
    const first = await load('orders.xlsx');
    expect(first.sheets).toEqual(['说明', '订单', 'Clean', '商品']);
    expect([first.sheet, first.rowCount]).toEqual(['订单', truth.standard.rows]);
    expect(
      run(first.orders)
        .lateJitOrders.map((o) => o.id)
        .sort(),
    ).toEqual(truth.standard.lateInWindowIds);
    const clean = await load('orders.xlsx', { sheet: 'Clean' });
    expect([clean.sheet, clean.rowCount]).toEqual(['Clean', truth.clean.rows]);
    expect(run(clean.orders).lastJitOrderDate).toBe(truth.clean.lastJitOrderDate);
    await expect(load('orders.xlsx', { sheet: '说明' })).rejects.toMatchObject({
      code: 'ORDERS_EMPTY',
      params: { sheet: '说明' },
    });
    await expect(load('orders.xlsx', { sheet: 'Nope' })).rejects.toMatchObject({
      code: 'ORDERS_SHEET_NOT_FOUND',
      params: { sheets: '说明, 订单, Clean, 商品' },
    });
    const wrong = await load('orders.xlsx', { sheet: '商品' });
    expect([wrong.needsMapping, wrong.missing]).toEqual([true, ['orderId', 'jit', 'deadline', 'pickup']]);
    expect(mappingRequiredError(wrong)).toMatchObject({
      key: 'eligibility.import.mappingRequiredSheet',
      params: { sheet: '商品' },
    });
  });

  it('gives the same late orders from the XLSX as from the CSV (dates as date cells)', async () => {
    const [csv, xlsx] = await Promise.all([load('orders-utf8.csv'), load('orders.xlsx')]);
    expect(run(xlsx.orders).lateJitOrders).toEqual(run(csv.orders).lateJitOrders);
  });
});

describe('malformed exports', () => {
  it('asks for the mapping when a required column is missing, with candidates', async () => {
    const imp = await load('missing-column.csv');
    expect(imp.needsMapping).toBe(true);
    expect(imp.missing).toEqual(['deadline']);
    expect(imp.orders).toEqual([]);
  });

  it('names the row and column of an unreadable date', async () => {
    const imp = await load('bad-date.csv');
    expect(imp.issues).toHaveLength(1);
    expect(imp.issues[0]).toMatchObject({
      code: 'badDate',
      row: 5,
      column: '最晚发货时间',
      columnLetter: 'D',
      params: { value: '2026-13-01 10:00' },
    });
    expect(imp.issues[0]?.message).toContain('第 5 行');
    expect(imp.skippedRows).toBe(1);
  });

  it('names both rows of a duplicate order id', async () => {
    const imp = await load('duplicate-id.csv');
    expect(imp.issues[0]).toMatchObject({ code: 'duplicateId', row: 7, column: '订单号', params: { firstRow: 3 } });
  });

  it.each([
    ['empty.xlsx', 'ORDERS_EMPTY'],
    ['header-only.csv', 'ORDERS_NO_ROWS'],
  ])('%s → %s', async (file, code) => {
    await expect(load(file)).rejects.toMatchObject({ code });
  });

  it('rejects a mapping to a column that is not there, and accepts an explicit one', async () => {
    await expect(load('ambiguous.csv', { mapping: { deadline: '时间C' } })).rejects.toMatchObject({
      code: 'ORDERS_MAPPING_INVALID',
    });
    const before = await load('ambiguous.csv');
    expect(before.needsMapping).toBe(true);
    const after = await load('ambiguous.csv', {
      mapping: { orderId: '单号', jit: '类型', deadline: '时间A', pickup: '时间B' },
    });
    expect([after.needsMapping, after.orders.length, after.issueCount]).toEqual([false, 5, 0]);
  });
});

describe('header recognition', () => {
  it.each([
    [
      ['订单号', '是否JIT', '下单时间', '最晚发货时间', '揽收时间', '订单状态'],
      { orderId: '订单号', deadline: '最晚发货时间', pickup: '揽收时间' },
    ],
    [
      ['订单编号', '履约模式', '承诺揽收时间', '交接时间'],
      { orderId: '订单编号', jit: '履约模式', deadline: '承诺揽收时间', pickup: '交接时间' },
    ],
    [
      ['Order ID', 'Fulfillment mode', 'Ship-by deadline', 'Handover time', 'Order Status'],
      { orderId: 'Order ID', deadline: 'Ship-by deadline', pickup: 'Handover time', status: 'Order Status' },
    ],
    [
      ['\uFEFF订单号', ' 揽收时间（北京时间） ', '最晚发货时间'],
      { orderId: '\uFEFF订单号', pickup: ' 揽收时间（北京时间） ', deadline: '最晚发货时间' },
    ],
  ])('%j', (headers, expected) => {
    expect(detectColumns(headers).mapping).toMatchObject(expected);
  });

  it('leaves a field unmapped when two columns match it equally', () => {
    const d = detectColumns(['订单号', '揽收时间', '交接时间', '最晚发货时间', 'JIT']);
    expect(d.mapping.pickup).toBeNull();
    expect(d.candidates.pickup).toEqual(['揽收时间', '交接时间']);
  });
});

describe('XLSX readers', () => {
  it('the fast reader returns the same cells as exceljs', async () => {
    const bytes = readFileSync(join(DIR, 'orders.xlsx'));
    const fast = readXlsxFast(bytes);
    const slow = await readWorkbookExcelJs(bytes);
    expect(fast.map((s) => s.name)).toEqual(slow.map((s) => s.name));
    for (const [i, sheet] of fast.entries()) {
      const other = slow[i]?.rows ?? [];
      expect(sheet.rows.length).toBe(other.length);
      for (const k of [0, 1, 2, Math.floor(other.length / 2), other.length - 1])
        expect(sheet.rows[k]).toEqual(other[k]);
    }
  });
});

describe('cells as ERPs write them', () => {
  it.each([
    ['="8100123456789012"', '8100123456789012'],
    ["'8100123456789012", '8100123456789012'],
    ['\tAE123 ', 'AE123'],
  ])('%j → %j', (raw, text) => {
    expect(cellText(raw)).toBe(text);
  });

  it.each([
    ['是', true],
    ['否', false],
    ['JIT', true],
    ['非JIT', false],
    ['Non-JIT', false],
    ['海外仓', false],
    ['', false],
    ['maybe', null],
  ])('JIT flag %j → %s', (raw, jit) => {
    expect(parseJit(raw)).toBe(jit);
  });

  it.each([
    ['2026-11-20 23:30', '2026-11-20T15:30:00.000Z'],
    ['2026/11/5 9:05', '2026-11-05T01:05:00.000Z'],
    ['2026年11月20日 23:30:05', '2026-11-20T15:30:05.000Z'],
    ['2026-11-20T23:30:00Z', '2026-11-20T23:30:00.000Z'],
    ['2026-11-20T23:30:00+09:00', '2026-11-20T14:30:00.000Z'],
    ['2026-02-29 10:00', null],
    ['2026-11-20 24:00', null],
    ['20/11/2026', null],
  ])('date %j (China time unless zoned) → %s', (raw, iso) => {
    const ms = parseZoneDateTime(raw, book.utcOffsetHours);
    expect(ms === null ? null : new Date(ms).toISOString()).toBe(iso);
  });
});

describe('many bad rows', () => {
  it('lists the first issues and counts the rest', async () => {
    const lines = ['订单号,是否JIT,最晚发货时间,揽收时间'];
    for (let i = 0; i < 250; i++) lines.push(`B${i},是,not a date,2026-11-01 10:00`);
    lines.push('OK1,是,2026-11-01 12:00,2026-11-01 10:00');
    const imp = await importOrderExport(Buffer.from(lines.join('\n')), 'bad.csv', { offsetHours: book.utcOffsetHours });
    expect([imp.issues.length, imp.issueCount, imp.skippedRows, imp.orders.length]).toEqual([
      MAX_LISTED_ISSUES,
      250,
      250,
      1,
    ]);
    expect(imp.issues[0]).toMatchObject({ row: 2, column: '最晚发货时间', columnLetter: 'C' });
  });
});
