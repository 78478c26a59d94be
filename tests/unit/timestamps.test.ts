import { describe, expect, it } from 'vitest';
import {
  addMonths,
  coverageMonths,
  daysApart,
  findTimestamps,
  inventoryWindow,
  isValidDate,
  judgeStamp,
  logisticsWindow,
  normalizeForDates,
  uncoveredMonths,
} from '../../shared/timestamps';

describe('findTimestamps', () => {
  const cases: [string, string[]][] = [
    ['2026-10-12 14:32:05', ['2026-10-12T14:32:05+08:00']],
    ['2026/10/12 14:32', ['2026-10-12T14:32:00+08:00']],
    ['2026.10.12', ['2026-10-12']],
    ['2026年10月12日 14:32', ['2026-10-12T14:32:00+08:00']],
    ['2026年1月2日', ['2026-01-02']],
    ['导出时间：2026-11-20 10:15:32', ['2026-11-20T10:15:32+08:00']],
    ['２０２６－１０－１２　１４：３２：０５', ['2026-10-12T14:32:05+08:00']],
    ['2O26-1O-12 14:3O', ['2026-10-12T14:30:00+08:00']],
    ['2026 - 10 - 12  14 : 32 : 05', ['2026-10-12T14:32:05+08:00']],
    ['20 26-10-12', ['2026-10-12']],
    ['2026-11-1213:06', ['2026-11-12T13:06:00+08:00']],
    ['生成时间：２０２６－１１－１１０８：5９：53', ['2026-11-11T08:59:53+08:00']],
    ['2026-10-12T08:00:00', ['2026-10-12T08:00:00+08:00']],
    ['2026年10月12日14时32分', ['2026-10-12T14:32:00+08:00']],
    ['a 2026-10-01 10:00 b 2026-10-03 18:20:11 c', ['2026-10-01T10:00:00+08:00', '2026-10-03T18:20:11+08:00']],
    // Not dates: impossible calendar days, mixed separators, long digit runs, bad times keep the date.
    ['2026-02-30', []],
    ['2026-13-01', []],
    ['2026-10/12', []],
    ['120260-10-12', []],
    ['Order 1234567890', []],
    ['2026-10-12 25:61', ['2026-10-12']],
    ['2024-02-29 00:00', ['2024-02-29T00:00:00+08:00']],
    ['2026-02-29', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(findTimestamps(text).map((t) => t.iso)).toEqual(expected);
  });

  it('reports the raw text and its index in the original string', () => {
    const text = '物流单号 LP00123 揽收 ２０２６－１０－１２ １４：３２ 完成';
    const [stamp] = findTimestamps(text);
    expect(stamp?.raw).toBe('２０２６－１０－１２ １４：３２');
    expect(text.slice(stamp?.index, (stamp?.index ?? 0) + (stamp?.raw.length ?? 0))).toBe(stamp?.raw);
    expect(stamp?.hasTime).toBe(true);
  });

  it('reports hasTime false and the date-only raw text when no time follows', () => {
    const [stamp] = findTimestamps('日期 2026.10.12 合计');
    expect(stamp).toMatchObject({ hasTime: false, raw: '2026.10.12', date: '2026-10-12' });
  });
});

describe('findTimestamps lenient (OCR of overlays)', () => {
  it.each([
    ['2026+11-11 21:40:44', '2026-11-11T21:40:44+08:00'],
    ['2026:07-0416:1:0:09', '2026-07-04'],
    ['2026.10~13 13:59:29', '2026-10-13T13:59:29+08:00'],
  ])('%s', (text, iso) => {
    expect(findTimestamps(text)).toEqual([]);
    expect(findTimestamps(text, { lenient: true })[0]?.iso).toBe(iso);
  });
});

describe('normalizeForDates', () => {
  it('keeps length and leaves words alone', () => {
    const text = 'Stock Order ２０２６ 2O26 SKU-B1';
    const norm = normalizeForDates(text);
    expect(norm.length).toBe(text.length);
    expect(norm).toContain('Stock Order 2026 2026');
  });
});

describe('calendar rules', () => {
  it('validates real dates', () => {
    expect(isValidDate(2026, 2, 28)).toBe(true);
    expect(isValidDate(2026, 2, 29)).toBe(false);
    expect(isValidDate(2028, 2, 29)).toBe(true);
    expect(isValidDate(2026, 4, 31)).toBe(false);
  });

  it('subtracts months with the day clamped', () => {
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -3)).toBe('2025-10-15');
  });

  const logistics = logisticsWindow('2026-11-25', 3);
  it.each([
    ['2026-08-25', 'ok'],
    ['2026-08-24', 'too-old'],
    ['2026-11-25', 'ok'],
    ['2026-11-26', 'future'],
    ['2026-10-01', 'ok'],
  ] as const)('logistics window: %s is %s', (date, verdict) => {
    expect(judgeStamp({ date }, logistics)).toBe(verdict);
  });

  const inventory = inventoryWindow('2026-11-25', 30);
  it.each([
    ['2026-10-26', 'ok'],
    ['2026-10-25', 'too-old'],
    ['2026-11-25', 'ok'],
    ['2026-11-26', 'future'],
  ] as const)('inventory window: %s is %s', (date, verdict) => {
    expect(judgeStamp({ date }, inventory)).toBe(verdict);
  });

  it('lists the months to cover and the uncovered ones', () => {
    expect(coverageMonths('2026-01-10', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(uncoveredMonths(['2026-10-02', '2026-10-30'], '2026-11-25', 3)).toEqual(['2026-09', '2026-11']);
    expect(uncoveredMonths(['2026-09-02', '2026-10-30', '2026-11-01'], '2026-11-25', 3)).toEqual([]);
  });

  it('measures days apart in China wall time', () => {
    expect(daysApart({ iso: '2026-10-12T14:00:00+08:00' }, { iso: '2026-10-13T15:00:00+08:00' })).toBeCloseTo(25 / 24);
  });
});
