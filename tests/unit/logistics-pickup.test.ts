/** The pieces of the issue-15 logistics checks that work on text: two-digit-year imprints, pickup lines, numbers. */
import { describe, expect, it } from 'vitest';
import { findTimestamps, shortYearStamp } from '../../shared/timestamps';
import { findPickups, pickupFindings, readNumbers } from '../../electron/services/checks/logistics-pickup';
import type { OcrLine } from '../../electron/services/ocr';

const line = (text: string, x: number, y: number, confidence = 0.99): OcrLine => ({ text, confidence, box: { x, y, width: text.length * 12, height: 20 } });

describe('two-digit-year camera imprints', () => {
  it("reads '26 10 05 and 261005 as a whole line only", () => {
    expect(shortYearStamp("'26 10 05")?.date).toBe('2026-10-05');
    expect(shortYearStamp('261114')?.date).toBe('2026-11-14');
    expect(shortYearStamp('26.11.14')?.date).toBe('2026-11-14');
    expect(shortYearStamp('订单 261114')).toBeNull();
    expect(shortYearStamp('26 13 05')).toBeNull();
  });

  it('reads a seven-segment day with a gap in lenient mode only', () => {
    expect(findTimestamps('2026/07/0 1 09:48', { lenient: true })[0]?.iso).toBe('2026-07-01T09:48:00+08:00');
    expect(findTimestamps('2026/07/0 1 09:48')).toEqual([]);
  });
});

describe('pickup and order number', () => {
  const page = [
    line('订单号：3028953484243535', 40, 100),
    line('运单号：LP91861883880067', 400, 100),
    line('2026-10-17 02:07:02', 40, 300),
    line('【广州】包裹已被揽收 Picked up', 240, 300),
    line('2026-10-16 08:05:25', 40, 340),
    line('卖家已发货，等待揽收', 240, 340),
  ];

  it('finds the pickup event and its time, not the awaiting-pickup line', () => {
    const [p] = findPickups(page);
    expect(p?.line.text).toContain('已被揽收');
    expect(p?.time?.text).toBe('2026-10-17 02:07:02');
    expect(findPickups([line('卖家已发货，等待揽收', 0, 0)])).toEqual([]);
  });

  it('reads order and tracking numbers apart', () => {
    expect(readNumbers(page).map((n) => `${n.kind}:${n.value}`)).toEqual(['order:3028953484243535', 'tracking:LP91861883880067']);
  });

  it('raises LOGISTICS_ORDER_IS_JIT only on a confident exact match of a JIT order', () => {
    const facts = { numbers: readNumbers(page), pickup: findPickups(page)[0] ?? null, marked: true };
    expect(pickupFindings(facts, [{ id: '3028953484243535', jit: true }]).map((f) => f.code)).toEqual(['LOGISTICS_ORDER_IS_JIT']);
    expect(pickupFindings(facts, [{ id: '3028953484243535', jit: false }])).toEqual([]);
    expect(pickupFindings(facts, [{ id: '3000000000000001', jit: true }]).map((f) => f.code)).toEqual(['LOGISTICS_ORDER_UNKNOWN']);
    const unsure = { ...facts, numbers: facts.numbers.map((n) => ({ ...n, confidence: 0.6 })) };
    expect(pickupFindings(unsure, [{ id: '3028953484243535', jit: true }])).toEqual([]);
    expect(pickupFindings({ ...facts, marked: false }, undefined).map((f) => f.code)).toEqual(['PICKUP_NOT_MARKED']);
    expect(pickupFindings({ ...facts, pickup: null }, undefined).map((f) => f.code)).toEqual(['LOGISTICS_PICKUP_NOT_SHOWN']);
  });
});
