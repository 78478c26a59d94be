/** The pieces of the issue-15 logistics checks that work on text: two-digit-year imprints, pickup lines, numbers. */
import { describe, expect, it } from 'vitest';
import { findTimestamps, shortYearStamp } from '../../shared/timestamps';
import { findPickups, pickupFindings, readNumbers } from '../../electron/services/checks/logistics-pickup';
import type { OcrLine } from '../../electron/services/ocr';
import { pickWatermark, repairStampText } from '../../electron/services/checks/logistics-watermark';
import { colouredDigitRuns, edgeBlocks } from '../../electron/services/checks/logistics-blocks';
import { offHeaderTest } from '../../electron/services/checks/logistics-ink';
import { bands, eventTimeColumn } from '../../electron/services/checks/logistics-read';

const line = (text: string, x: number, y: number, confidence = 0.99): OcrLine => ({
  text,
  confidence,
  box: { x, y, width: text.length * 12, height: 20 },
});

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

  it('takes a bare 揽收时间 column header as the pickup only with a date in its cell', () => {
    const header = line('揽收时间', 900, 120);
    const empty = [header, line('—', 900, 150), line('2026-10-06 05:58:35', 600, 150)];
    expect(findPickups(empty)).toEqual([]);
    const filled = [header, line('2026-10-08 06:25:20', 890, 150)];
    expect(findPickups(filled)[0]?.time?.text).toBe('2026-10-08 06:25:20');
  });

  it('reads order and tracking numbers apart', () => {
    expect(readNumbers(page).map((n) => `${n.kind}:${n.value}`)).toEqual([
      'order:3028953484243535',
      'tracking:LP91861883880067',
    ]);
  });

  it('raises LOGISTICS_ORDER_IS_JIT only on a confident exact match of a JIT order', () => {
    const facts = { numbers: readNumbers(page), pickup: findPickups(page)[0] ?? null, marked: true };
    expect(pickupFindings(facts, [{ id: '3028953484243535', jit: true }]).map((f) => f.code)).toEqual([
      'LOGISTICS_ORDER_IS_JIT',
    ]);
    expect(pickupFindings(facts, [{ id: '3028953484243535', jit: false }])).toEqual([]);
    expect(pickupFindings(facts, [{ id: '3000000000000001', jit: true }]).map((f) => f.code)).toEqual([
      'LOGISTICS_ORDER_UNKNOWN',
    ]);
    const unsure = { ...facts, numbers: facts.numbers.map((n) => ({ ...n, confidence: 0.6 })) };
    expect(pickupFindings(unsure, [{ id: '3028953484243535', jit: true }])).toEqual([]);
    expect(pickupFindings({ ...facts, marked: false }, undefined).map((f) => f.code)).toEqual(['PICKUP_NOT_MARKED']);
    expect(pickupFindings({ ...facts, pickup: null }, undefined).map((f) => f.code)).toEqual([
      'LOGISTICS_PICKUP_NOT_SHOWN',
    ]);
  });
});

describe('reading helpers', () => {
  it('repairs the two ways an ink-only re-read of a stamp misses the date grammar', () => {
    expect(findTimestamps(repairStampText('202608-05 17:28:33'), { lenient: true })[0]?.iso).toBe(
      '2026-08-05T17:28:33+08:00',
    );
    expect(findTimestamps(repairStampText('2026:08-05:17:28:33ing'), { lenient: true })[0]?.iso).toBe(
      '2026-08-05T17:28:33+08:00',
    );
    expect(repairStampText('订单号3036209288711369')).toBe('订单号3036209288711369');
    // A whole date-time line whose first separator was read as a digit; a digit run with more around it stays.
    expect(findTimestamps(repairStampText('2026511-0914:20:58'), { lenient: true })[0]?.iso).toBe(
      '2026-11-09T14:20:58+08:00',
    );
    expect(repairStampText('单号 2026511-0914:20:58')).toBe('单号 2026511-0914:20:58');
  });

  it('takes the event-time column out of the first read, not the table row above it', () => {
    const at = (text: string, x: number, y: number, width: number): OcrLine => ({
      text,
      confidence: 1,
      box: { x, y, width, height: 20 },
    });
    const header = [at('4PX1750537240633CN', 47, 124, 159), at('3036209288711369', 450, 124, 141)];
    const times = [198, 236, 274, 314].map((y) => at('', 53, y, 150 + (y % 7)));
    const texts = [198, 236, 274, 314].map((y, i) => at('', 227, y, 150 + i * 40));
    const column = eventTimeColumn([...header, ...times, ...texts], 1280, 760);
    expect([...column.keys()]).toEqual(times);
    expect([...column.values()]).toEqual(texts);
  });

  it('counts OCR misreadings of 揽收 on photos as the pickup, never 签收 or awaiting', () => {
    for (const text of [
      '【深圳市】快通员已收',
      '【深圳市】快递员已损收',
      '收时间：2026-11-12 07:23:05',
      '【深圳市】快递员已授收',
      '卖家已交接，搜收完成',
      '搜收时间：2026-10-25 01:41:50',
    ])
      expect(findPickups([line(text, 0, 0)]), text).toHaveLength(1);
    for (const text of ['【上海】已签收，签收人：本人', '卖家已发货，等待提收', '卖家已发货，待搜收'])
      expect(findPickups([line(text, 0, 0)]), text).toEqual([]);
  });

  it('counts a garbled 揽 on an event row (a time beside it) or after a courier word, never delivery words', () => {
    const time = line('2026-11-06 15:49:13', 0, 40);
    const row = (text: string): OcrLine => line(text, 260, 40);
    for (const text of [
      '【广州】包高已被收Pced',
      '【东莞市】收成功，收员：王师傅',
      '【东莞市】提收成功，提收员：王师傅',
    ])
      expect(findPickups([time, row(text)]), text).toHaveLength(1);
    // Without its time the garbled event word is not enough; a courier word is.
    expect(findPickups([row('【东莞市】收成功，收员：王师傅')])).toEqual([]);
    expect(findPickups([row('【深市】快递员已技收')])).toHaveLength(1);
    for (const text of ['买家已收货', '【深圳】已接收', '接收成功', '【上海】已签收', '卖家已发货，等待描收'])
      expect(findPickups([time, row(text)]), text).toEqual([]);
  });
});

describe('watermark-camera panels over the page header', () => {
  const white = { data: new Uint8Array(1280 * 800 * 3).fill(255), width: 1280, height: 800 };
  const at = (text: string, x: number, y: number, width: number, height: number, confidence = 1): OcrLine => ({
    text,
    confidence,
    box: { x, y, width, height },
  });

  it('takes the large clock left of the date as its time', () => {
    const panel = [at('12:05', 27, 28, 133, 51), at('2026.09.12', 179, 25, 87, 26), at('星期六', 177, 47, 61, 28)];
    expect(pickWatermark(panel, white)?.stamp.iso).toBe('2026-09-12T12:05:00+08:00');
    // A clock of the date's own size beside it on the left is no camera panel's clock.
    expect(pickWatermark([at('12:05', 100, 25, 60, 26), at('2026.09.12', 179, 25, 87, 26)], white)).toBeNull();
  });

  it('does not take an order-number cell right of the stamp for an event description', () => {
    const lines = [at('14:55', 87, 73, 141, 42), at('2026/10/07 星期三', 87, 114, 153, 24)];
    const cell = at('订单号：3056755872400298', 296, 117, 171, 24);
    expect(pickWatermark([...lines, cell], white)?.stamp.iso).toBe('2026-10-07T14:55:00+08:00');
    const event = at('【深圳】已完成出口清关', 260, 114, 171, 24);
    expect(pickWatermark([...lines, event], white)).toBeNull();
  });

  it('takes a date over its clock drawn across a phone status bar, not the bar for a table row', () => {
    const phone = { data: new Uint8Array(540 * 1120 * 3).fill(255), width: 540, height: 1120 };
    // x3737 independent-018-phone-x.jpg: the bar's clock and signal icons level with the stamp's upper half.
    const bar = [at('20:52', 17, 6, 50, 24), at('····G', 422, 4, 102, 28, 0.53)];
    const stamp = [at('2026-09-09', 134, 12, 219, 35), at('20:52:53', 135, 54, 175, 33)];
    expect(pickWatermark([...bar, ...stamp], phone)?.stamp.iso).toBe('2026-09-09T20:52:53+08:00');
    // Cells of the stamp's own size and band on both sides: a table row of the page.
    const row = [at('下单', 17, 14, 80, 33), at('已签收', 400, 13, 102, 34)];
    expect(pickWatermark([...row, ...stamp], phone)).toBeNull();
  });

  it('groups the badly read fragments at an edge into one block, leaving sure lines alone', () => {
    const lines = [
      at('4PX递四方·轨迹查询Tracking', 21, 12, 282, 29),
      at('ZUZ6-U', 40, 49, 151, 25, 0.74),
      at('LL95L', 251, 50, 174, 22, 0.62),
      at('TrackingNo.单号', 45, 87, 120, 25),
      at('2026-09-17 16:15:23', 781, 420, 137, 23),
    ];
    const blocks = edgeBlocks(lines, white, bands(1280, 800));
    expect(blocks).toHaveLength(1);
    const [b] = blocks;
    expect(b && b.x <= 40 && b.x + b.width >= 425).toBe(true);
    const sure = lines.filter((l) => l.confidence === 1);
    expect(edgeBlocks(sure, white, bands(1280, 800))).toEqual([]);
  });
  it('finds the run of a coloured stamp across a dark header edge from the few digits detection kept', () => {
    // A navy bar over the light page; blue strokes from x 20 to 372 straddle its lower edge (y 34-60).
    const px = { data: new Uint8Array(1280 * 800 * 3), width: 1280, height: 800 };
    const paint = (x0: number, y0: number, x1: number, y1: number, rgb: readonly number[]): void => {
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) px.data.set(rgb, (y * 1280 + x) * 3);
    };
    paint(0, 0, 1280, 800, [240, 242, 245]);
    paint(0, 0, 1280, 50, [30, 42, 60]);
    for (let x = 20; x < 380; x += 12) paint(x, 34, x + 4, 60, [60, 110, 210]);
    const digits = at('05', 175, 35, 38, 24);
    const [run, ...more] = colouredDigitRuns([digits], px, bands(1280, 800));
    expect(more).toEqual([]);
    expect(run && run.x <= 20 && run.x + run.width >= 372 && run.y <= 34 && run.y + run.height >= 59).toBe(true);
    // Page-ink digits and a solid coloured button are no stamp's strokes.
    expect(colouredDigitRuns([digits], white, bands(1280, 800))).toEqual([]);
    paint(600, 30, 700, 60, [60, 110, 210]);
    expect(colouredDigitRuns([at('查询 12', 610, 35, 80, 24)], px, bands(1280, 800))).toEqual([]);
  });
  it('tells a pale stamp of another colour from an orange header, its white text and their blends', () => {
    const px = { data: new Uint8Array(200 * 40 * 3), width: 200, height: 40 };
    for (let i = 0; i < 200 * 40; i++) px.data.set(i % 7 === 0 ? [255, 255, 255] : [244, 86, 28], i * 3);
    const box = { x: 0, y: 0, width: 200, height: 40 };
    const off = offHeaderTest(px, box, 50);
    // Photographed steel-blue stamp pixels, even the ones blended into reds, are off the header's line.
    expect([off?.(102, 116, 143), off?.(147, 110, 118), off?.(84, 108, 204)]).toEqual([true, true, true]);
    // The header, its white text and the anti-aliased blend of the two are on it.
    expect([off?.(244, 86, 28), off?.(255, 255, 255), off?.(250, 170, 140)]).toEqual([false, false, false]);
    expect(offHeaderTest(white, box, 50)).toBeNull();
  });
});
