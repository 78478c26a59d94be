import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFiles, detectKind, kindFromText } from '../../electron/services/checks';
import { mapBounded } from '../../electron/services/util/concurrency';
import type { Checker } from '../../electron/services/checks/types';
import { loadRulebook } from '../../electron/services/rulebook';
import { shutdownOcr } from '../../electron/services/ocr';
import { FIXTURES_DIR } from '../fixtures';
import { BUNDLE_TODAY } from '../fixtures/bundle';

const SELLER = join(FIXTURES_DIR, 'bundle', 'seller');
const HOSTILE = join(FIXTURES_DIR, 'hostile');
const rulebook = loadRulebook();

afterAll(async () => {
  await shutdownOcr();
});

describe('kind detection', () => {
  it.each([
    ['JIT退出承诺书 本公司承诺库存已清零，营业执照与法定代表人一致', 'letter'],
    ['营业执照 统一社会信用代码 91330100MA2H3K4L50 名称 杭州某某有限公司', 'licence'],
    ['物流详情 运单号 LP0001 2026-09-03 已揽收', 'logistics'],
    ['Tracking details: picked up by carrier', 'logistics'],
    ['库存报表 SKU 可用库存 0', 'inventory'],
    ['Inventory report SKU on hand', 'inventory'],
    ['超市购物小票 合计 35.00 元', 'unknown'],
  ])('reads %j as %s', (text, kind) => {
    expect(kindFromText(text)).toBe(kind);
  });

  it('classifies a stock report PDF by its text and refuses what is not a material', async () => {
    expect((await detectKind(join(SELLER, 'stock-export.pdf'))).kind).toBe('inventory');
    const exe = await detectKind(join(HOSTILE, 'program.png'));
    expect(exe).toMatchObject({ kind: 'unknown', type: 'exe' });
    expect(exe.findings.map((f) => f.code)).toEqual(['FILE_UNSUPPORTED_FORMAT']);
    const encrypted = await detectKind(join(HOSTILE, 'encrypted.pdf'));
    expect(encrypted.findings.map((f) => f.code)).toEqual(['PDF_ENCRYPTED']);
  });
});

describe('checkFiles', () => {
  it('runs files concurrently within the bound; a checker that throws fails only its file', async () => {
    let inFlight = 0;
    let peak = 0;
    const slow: Checker = async (file) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 30));
      inFlight--;
      if (file.endsWith('Screenshot_2.png')) throw new Error('decoder crashed');
      return { file, kind: 'logistics', status: 'pass', findings: [] };
    };
    const files = ['Screenshot_1.png', 'Screenshot_2.png', 'Screenshot_3.png', 'scan_0001.jpg'].map((n) =>
      join(SELLER, n),
    );
    const done: string[] = [];
    const result = await checkFiles(files, {
      as: 'logistics',
      today: BUNDLE_TODAY,
      rulebook,
      concurrency: 2,
      checkers: { logistics: slow },
      onProgress: (p) => done.push(p.file),
    });
    expect(peak).toBe(2);
    expect(result.files.map((f) => f.file)).toEqual(files); // input order, whatever finished first
    expect(result.files.map((f) => f.status)).toEqual(['pass', 'fail', 'pass', 'pass']);
    expect(result.files[1]?.findings[0]).toMatchObject({ code: 'FILE_UNREADABLE', severity: 'error' });
    expect(result.files[1]?.findings[0]?.message).toContain('decoder crashed');
    expect(done.sort()).toEqual([...files].sort());
  });

  it('stops on cancel with a CANCELLED error', async () => {
    const controller = new AbortController();
    const wait: Checker = (file) => {
      controller.abort();
      return Promise.resolve({ file, kind: 'inventory', status: 'pass', findings: [] });
    };
    const files = [join(SELLER, 'stock-export.pdf'), join(SELLER, 'scan_0001.jpg'), join(SELLER, 'Screenshot_1.png')];
    await expect(
      checkFiles(files, {
        as: 'inventory',
        today: BUNDLE_TODAY,
        rulebook,
        concurrency: 1,
        signal: controller.signal,
        checkers: { inventory: wait },
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('mapBounded keeps order and never exceeds its limit', async () => {
    let live = 0;
    let max = 0;
    const out = await mapBounded([5, 1, 4, 2, 3], 3, async (n) => {
      live++;
      max = Math.max(max, live);
      await new Promise((r) => setTimeout(r, n * 5));
      live--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(max).toBe(3);
  });
});
