import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../electron/cli/index';
import { CaseStore } from '../../electron/services/store';
import { loadRulebook } from '../../electron/services/rulebook';
import { evaluateCase, importOrdersForCase, saveInputs } from '../../electron/services/eligibility';
import { FIXTURES_DIR } from '../fixtures';
import { ORDERS_TODAY, type Truth } from '../fixtures/orders';
import { tempDir } from '../helpers/tmp';

/**
 * The command end to end, in process: main() is the very function bin/jitkit.js calls, so
 * this runs the real option parsing, case resolution, import and output without depending
 * on a build that other engineers may be changing. JITKIT_DATA_DIR points at a temp folder.
 */
const DIR = join(FIXTURES_DIR, 'orders');
const truth = () => JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { standard: Truth; clean: Truth };
const CASE = { companyName: '杭州某某服饰有限公司', uscc: '91330100MA2XXXXXXX', legalRepresentative: '张三' };
const ALL_CLEAR = ['--open-tickets', '0', '--unreconciled', '0', '--stock-cleared', 'yes'];

async function cli(args: string[]): Promise<{ code: number; stdout: string; json: () => Record<string, unknown> }> {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(args);
    return { code, stdout, json: () => JSON.parse(stdout) as Record<string, unknown> };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function caseFile(dir: string, exitReason: string): string {
  const file = join(dir, 'case.json');
  writeFileSync(file, JSON.stringify({ ...CASE, exitReason }));
  return file;
}

afterEach(() => vi.unstubAllEnvs());

describe('jitkit eligibility', () => {
  it('exits 1 with the planted late orders and the contract fields', async () => {
    const dir = tempDir();
    vi.stubEnv('JITKIT_DATA_DIR', join(dir, 'data'));
    const r = await cli([
      'eligibility',
      '--case',
      caseFile(dir, 'force-majeure'),
      '--orders',
      join(DIR, 'orders-gbk.csv'),
      '--today',
      ORDERS_TODAY,
      '--failures',
      '3',
      ...ALL_CLEAR,
      '--json',
    ]);
    expect(r.code).toBe(1);
    const json = r.json();
    for (const key of ['eligible', 'reasons', 'warnings', 'lateJitOrders', 'fulfilmentRate30d', 'earliestCleanDate'])
      expect(json).toHaveProperty(key);
    expect(json.eligible).toBe(false);
    const late = json.lateJitOrders as { id: string; deadline: string; actual: string; hoursLate: number }[];
    expect(late.map((o) => o.id).sort()).toEqual(truth().standard.lateInWindowIds);
    expect(late.every((o) => typeof o.actual === 'string' && o.hoursLate > 0 && o.deadline.endsWith('+08:00'))).toBe(
      true,
    );
    expect((json.reasons as { id: string }[]).map((x) => x.id)).toEqual(['no-late-jit-orders-30d']);
  });

  it('exits 0 for a clean export on ground no-jit-orders-90d, from an XLSX sheet chosen by name', async () => {
    const dir = tempDir();
    vi.stubEnv('JITKIT_DATA_DIR', join(dir, 'data'));
    const r = await cli([
      'eligibility',
      '--case',
      caseFile(dir, 'no-jit-orders-90d'),
      '--orders',
      join(DIR, 'orders.xlsx'),
      '--sheet',
      'Clean',
      '--today',
      ORDERS_TODAY,
      ...ALL_CLEAR,
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({
      eligible: true,
      lateJitOrders: [],
      earliestCleanDate: null,
      lastJitOrderDate: truth().clean.lastJitOrderDate,
    });
  });

  it('exits 2 and names the unmapped columns until --map supplies them', async () => {
    const dir = tempDir();
    vi.stubEnv('JITKIT_DATA_DIR', join(dir, 'data'));
    const base = [
      'eligibility',
      '--case',
      caseFile(dir, 'force-majeure'),
      '--orders',
      join(DIR, 'ambiguous.csv'),
      '--today',
      ORDERS_TODAY,
      '--json',
    ];
    const missing = await cli(base);
    expect(missing.code).toBe(2);
    expect(missing.json()).toMatchObject({ error: { code: 'ORDERS_MAPPING_REQUIRED' } });
    const mapped = await cli([
      ...base,
      '--map',
      'orderId=单号',
      '--map',
      'jit=类型',
      '--map',
      'deadline=时间A',
      '--map',
      'pickup=时间B',
    ]);
    expect(mapped.code).toBe(1);
    expect((mapped.json().orders as { rowCount: number }).rowCount).toBe(5);
  });

  it.each([
    [['--stock-cleared', 'maybe']],
    [['--open-tickets', '-1']],
    [['--today', '2026-02-30']],
    [['--map', 'nonsense=列']],
  ])('exits 2 on a bad flag %j', async (flag) => {
    const dir = tempDir();
    vi.stubEnv('JITKIT_DATA_DIR', join(dir, 'data'));
    const r = await cli(['eligibility', '--case', caseFile(dir, 'force-majeure'), ...flag, '--json']);
    expect(r.code).toBe(2);
  });

  it('uses a stored case: its inputs, remembered mapping and export, with flags overriding', async () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    const store = new CaseStore(data);
    const book = loadRulebook();
    const c = store.createCase({ ...CASE, exitReason: 'no-jit-orders-90d' });
    const name = 'ambiguous.csv';
    const first = await importOrdersForCase({
      store,
      rulebook: book,
      caseId: c.id,
      name,
      data: readFileSync(join(DIR, name)),
    });
    expect(first.needsMapping).toBe(true);
    // No header says which date column is which: both are offered (recognised as date-times by their values).
    expect(first.candidates.deadline).toEqual(['时间A', '时间B']);
    const mapping = { orderId: '单号', jit: '类型', deadline: '时间A', pickup: '时间B', orderTime: null, status: null };
    const second = await importOrdersForCase({
      store,
      rulebook: book,
      caseId: c.id,
      name,
      data: readFileSync(join(DIR, name)),
      mapping,
    });
    expect([second.needsMapping, second.rowCount]).toEqual([false, 5]);
    const clean = await importOrdersForCase({
      store,
      rulebook: book,
      caseId: c.id,
      name: 'clean.csv',
      data: readFileSync(join(DIR, 'clean.csv')),
    });
    expect(clean.mapping).toMatchObject({ deadline: '最晚发货时间', orderTime: '下单时间', status: '订单状态' });
    saveInputs(store, c.id, { openExceptionTickets: 0, unreconciledTransfers: 0, stockCleared: true });
    expect((await evaluateCase(store, book, c.id, ORDERS_TODAY)).eligible).toBe(true);
    store.close();
    vi.stubEnv('JITKIT_DATA_DIR', data);
    expect((await cli(['eligibility', '--case', c.id, '--today', ORDERS_TODAY, '--json'])).code).toBe(0);
    const overridden = await cli([
      'eligibility',
      '--case',
      c.id,
      '--today',
      ORDERS_TODAY,
      '--open-tickets',
      '2',
      '--json',
    ]);
    expect(overridden.code).toBe(1);
    expect((overridden.json().reasons as { id: string }[]).map((x) => x.id)).toEqual(['no-open-exception-tickets']);
  });
});
