import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../electron/cli/index';
import { importOrderExport } from '../../electron/services/eligibility';
import { inferFromValues, profileColumns } from '../../shared/eligibility/infer';
import { detectColumns } from '../../shared/eligibility/headers';
import { parseJit } from '../../shared/eligibility/rows';
import { TYPED_TODAY, writeTypedOrders, type TypedTruth } from '../fixtures/orders-typed';

/**
 * Columns recognised from their values (issue 17): an ERP export whose JIT flag is a 订单类型
 * column of JIT / 普通, read with no --map, must give every late JIT order of the window
 * exactly, and the 30-day rate; the truth comes from the independent generator.
 */
let dir: string;
let files: { csv: string; xlsx: string; truth: TypedTruth };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jitkit-typed-'));
  files = await writeTypedOrders(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(args);
    return { code, json: JSON.parse(stdout) as Record<string, unknown> };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function caseFile(): string {
  const file = join(dir, 'case.json');
  writeFileSync(
    file,
    JSON.stringify({
      companyName: '杭州某某服饰有限公司',
      uscc: '91330100MA2XXXXXXX',
      legalRepresentative: '张三',
      exitReason: 'force-majeure',
    }),
  );
  return file;
}

const ALL_CLEAR = ['--open-tickets', '0', '--unreconciled', '0', '--stock-cleared', 'yes', '--failures', '3'];

describe('value-based column inference', () => {
  it.each(['JIT', '非JIT', '普通', '标准', '普通订单', 'JIT订单', '标准发货'])('reads %s as a JIT flag value', (v) => {
    expect(parseJit(v)).toBe(v.includes('JIT') && !v.includes('非'));
  });

  it('maps 订单类型 (JIT/普通) as the JIT flag, and only a column whose values say JIT', () => {
    const headers = ['单号', '订单类型', '是否退款', '下单时间', '最晚发货时间', '揽收时间'];
    const rows = Array.from({ length: 20 }, (_, i) => [
      `81000000000000${String(i).padStart(2, '0')}`,
      i % 3 ? 'JIT' : '普通',
      i % 2 ? '是' : '否',
      '2026-11-01 10:00',
      '2026-11-03 10:00',
      i % 4 ? '2026-11-02 18:00' : '',
    ]);
    const header = detectColumns(headers);
    const inferred = inferFromValues(profileColumns(headers, rows, 8), header.mapping, header.candidates);
    expect(inferred.mapping.jit).toBe('订单类型');
    expect(inferred.mapping.orderId).toBe('单号');
    expect(inferred.byValues.sort()).toEqual(['jit', 'orderId']);
  });

  it('leaves two unnamed date columns to the seller, offered as candidates with samples', () => {
    const headers = ['订单号', '是否JIT', '时间一', '时间二'];
    const rows = Array.from({ length: 10 }, () => ['8100123', '是', '2026-11-01 10:00', '2026/11/02 11:00']);
    const header = detectColumns(headers);
    const profiles = profileColumns(headers, rows, 8);
    const inferred = inferFromValues(profiles, header.mapping, header.candidates);
    expect([inferred.mapping.deadline, inferred.mapping.pickup]).toEqual([null, null]);
    expect(inferred.candidates.deadline).toEqual(['时间一', '时间二']);
    expect(profiles[3]?.samples).toEqual(['2026/11/02 11:00']);
  });

  it('does not take a product-id column for the order id', () => {
    const headers = ['商品ID', '订单类型'];
    const rows = Array.from({ length: 10 }, (_, i) => [`100500123456${i}`, 'JIT']);
    const header = detectColumns(headers);
    expect(
      inferFromValues(profileColumns(headers, rows, 8), header.mapping, header.candidates).mapping.orderId,
    ).toBeNull();
  });

  it.each(['csv', 'xlsx'] as const)('imports the %s export without a mapping step', async (kind) => {
    const file = files[kind];
    const { readFileSync } = await import('node:fs');
    const imp = await importOrderExport(readFileSync(file), file, { offsetHours: 8 });
    expect(imp.needsMapping).toBe(false);
    expect(imp.mapping).toMatchObject({
      orderId: '订单编号',
      jit: '订单类型',
      deadline: '承诺揽收时间',
      pickup: '实际揽收时间',
    });
    expect(imp.inferredFromValues).toContain('jit');
    expect(imp.rowCount).toBe(files.truth.rows);
    expect(imp.issueCount).toBe(0);
  });
});

describe('jitkit eligibility on the 订单类型 export (no --map)', () => {
  it.each(['csv', 'xlsx'] as const)(
    '%s: finds every late JIT order of the window exactly, with the 30-day rate',
    async (kind) => {
      const r = await cli([
        'eligibility',
        '--case',
        caseFile(),
        '--orders',
        files[kind],
        '--today',
        TYPED_TODAY,
        ...ALL_CLEAR,
        '--json',
      ]);
      const late = (r.json.lateJitOrders as { id: string }[]).map((o) => o.id).sort();
      expect(files.truth.lateIds.length).toBeGreaterThan(5);
      expect(late).toEqual(files.truth.lateIds);
      expect(r.json.fulfilmentRate30d).toBe(files.truth.rate);
      expect(r.json).toMatchObject({
        eligible: false,
        verdict: 'not-eligible',
        coverage: { covered: true, windowStart: files.truth.windowFrom, windowEnd: files.truth.windowTo },
      });
      expect(r.code).toBe(1);
    },
  );

  it('does not call an uncovered future window eligible (--apply-date 2027-01-10, export ends 2026-11-25)', async () => {
    const r = await cli([
      'eligibility',
      '--case',
      caseFile(),
      '--orders',
      files.csv,
      '--today',
      TYPED_TODAY,
      '--apply-date',
      '2027-01-10',
      ...ALL_CLEAR,
      '--json',
    ]);
    expect(r.json.fulfilmentRate30d).toBeNull();
    expect(r.json).toMatchObject({
      eligible: false,
      verdict: 'unknown',
      coverage: { covered: false, coversEnd: false, windowInFuture: true, exportLastDate: files.truth.lastOrderDate },
    });
    const warnings = (r.json.warnings as { id: string }[]).map((w) => w.id);
    expect(warnings).toContain('window-not-covered');
    const checks = r.json.checks as { id: string; status: string }[];
    expect(checks.find((c) => c.id === 'no-late-jit-orders-30d')?.status).toBe('unknown');
    expect(checks.find((c) => c.id === 'fulfilment-rate')?.status).toBe('unknown');
    expect(r.code).toBe(1);
  });
});
