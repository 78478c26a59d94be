import { describe, expect, it } from 'vitest';
import { loadRulebook } from '../../electron/services/rulebook';
import { threshold, type Rulebook } from '../../shared/rulebook';
import { evaluate } from '../../shared/eligibility/evaluate';
import { jitRecency, nonJitProgress, windowMetrics } from '../../shared/eligibility/metrics';
import { outcomeOf, type Order } from '../../shared/eligibility/orders';
import { addDays, parseZoneDateTime, startOfZoneDay, zoneDate } from '../../shared/eligibility/time';
import type { EligibilityInputs } from '../../shared/eligibility/inputs';

const book = loadRulebook();
const TZ = book.utcOffsetHours;
const D = '2026-11-25';
const H = 3_600_000;
/** End of the evaluation day, as evaluate() uses it. */
const AS_OF = startOfZoneDay(addDays(D, 1), TZ) - 1;
const at = (date: string, time = '12:00') => parseZoneDateTime(`${date} ${time}`, TZ) as number;

let seq = 0;
function order(daysBefore: number, fate: 'on-time' | 'late' | 'open' | 'cancelled', extra: Partial<Order> = {}): Order {
  const deadline = at(addDays(D, -daysBefore));
  const pickup = fate === 'on-time' ? deadline - H : fate === 'late' ? deadline + 2 * H : null;
  return {
    id: `O${++seq}`,
    jit: true,
    orderTime: deadline - 48 * H,
    deadline,
    pickup,
    cancelled: fate === 'cancelled',
    ...extra,
  };
}
const many = (n: number, make: () => Order) => Array.from({ length: n }, make);

/** Inputs under which every pre-check except the one under test passes. */
const GOOD: EligibilityInputs = {
  openExceptionTickets: 0,
  unreconciledTransfers: 0,
  stockCleared: true,
  consecutiveFailures: threshold(book, 'forceMajeureConsecutiveFailures'),
};
const checkOf = (r: ReturnType<typeof evaluate>, id: string) => r.checks.find((c) => c.id === id);

describe('definitions of late and on time', () => {
  it.each([
    ['picked up before the deadline', -H, 'on-time'],
    ['picked up exactly at the deadline', 0, 'on-time'],
    ['picked up a minute after', 60_000, 'late'],
  ] as const)('%s → %s', (_label, delta, expected) => {
    const deadline = at('2026-11-20');
    expect(
      outcomeOf({ id: 'x', jit: true, orderTime: null, deadline, pickup: deadline + delta, cancelled: false }, AS_OF),
    ).toBe(expected);
  });

  it('counts an unpicked order as late once its deadline passed, pending before, and ignores cancelled orders', () => {
    const deadline = at('2026-11-20');
    const open = { id: 'x', jit: true, orderTime: null, deadline, pickup: null, cancelled: false };
    expect(outcomeOf(open, deadline + 1)).toBe('late');
    expect(outcomeOf(open, deadline - 1)).toBe('pending');
    expect(outcomeOf({ ...open, cancelled: true }, deadline + 1)).toBe('cancelled');
  });
});

describe('30-day JIT fulfilment rate', () => {
  it.each([
    [949, 51, 94.9, false],
    [950, 50, 95, true],
    [19, 1, 95, true],
    [18, 1, 94.74, false],
  ])('%i on time, %i late → %f%% (pass: %s)', (onTime, late, rate, pass) => {
    // Non-JIT orders before the window and on its last day: the export covers the whole window.
    const cover = [order(40, 'on-time', { jit: false }), order(1, 'on-time', { jit: false })];
    const orders = [...many(onTime, () => order(5, 'on-time')), ...many(late, () => order(6, 'late')), ...cover];
    const m = windowMetrics(orders, book, D, AS_OF);
    expect(m.fulfilmentRate30d).toBe(rate);
    expect(m.meetsFulfilmentRate).toBe(pass);
    const r = evaluate({ rulebook: book, caseInfo: { exitReason: 'force-majeure' }, inputs: GOOD, orders, today: D });
    expect(checkOf(r, 'fulfilment-rate')?.status).toBe(pass ? 'pass' : 'fail');
  });

  it('leaves cancelled, non-JIT and not-yet-due orders out of the rate', () => {
    const orders = [
      ...many(19, () => order(3, 'on-time')),
      order(3, 'late'),
      order(3, 'cancelled'),
      order(3, 'late', { jit: false }),
      { ...order(0, 'open'), deadline: AS_OF + H },
    ];
    const m = windowMetrics(orders, book, D, AS_OF);
    expect([m.onTime, m.late, m.cancelled, m.fulfilmentRate30d]).toEqual([19, 1, 1, 95]);
  });

  it('reads the minimum from the rulebook, not from code', () => {
    const lenient: Rulebook = {
      ...book,
      thresholds: { ...book.thresholds, fulfilmentRate30dMin: { ...book.thresholds.fulfilmentRate30dMin, value: 90 } },
    };
    const orders = [...many(91, () => order(5, 'on-time')), ...many(9, () => order(5, 'late'))];
    expect(windowMetrics(orders, book, D, AS_OF).meetsFulfilmentRate).toBe(false);
    expect(windowMetrics(orders, lenient, D, AS_OF).meetsFulfilmentRate).toBe(true);
  });
});

describe('late JIT orders in the 30 days before the application date', () => {
  it.each([
    [1, true],
    [29, true],
    [30, true],
    [31, false],
    [0, false],
  ])('a late order due %i days before is in the window: %s', (daysBefore, inWindow) => {
    const m = windowMetrics([order(daysBefore, 'late')], book, D, AS_OF);
    expect(m.lateJitOrders.length).toBe(inWindow ? 1 : 0);
    if (inWindow) expect(m.lateJitOrders[0]?.daysBeforeApplication).toBe(daysBefore);
  });

  it('lists id, deadline, actual time and hours late in China time', () => {
    const o: Order = {
      id: 'AE1',
      jit: true,
      orderTime: null,
      deadline: at('2026-11-10', '10:00'),
      pickup: at('2026-11-10', '13:30'),
      cancelled: false,
    };
    expect(windowMetrics([o], book, D, AS_OF).lateJitOrders[0]).toMatchObject({
      id: 'AE1',
      deadline: '2026-11-10T10:00:00+08:00',
      actual: '2026-11-10T13:30:00+08:00',
      hoursLate: 3.5,
      pickedUp: true,
    });
  });

  it.each([
    ['23:30', 30, true],
    ['00:30', 30, true],
    ['23:30', 31, false],
    ['00:30', 31, false],
  ])(
    'a late order due at %s China time, %i days before, counts on that China day (in window: %s)',
    (time, daysBefore, inWindow) => {
      const deadline = at(addDays(D, -daysBefore), time);
      expect(zoneDate(deadline, TZ)).toBe(addDays(D, -daysBefore));
      const o: Order = { id: 'tz', jit: true, orderTime: null, deadline, pickup: deadline + H, cancelled: false };
      expect(windowMetrics([o], book, D, AS_OF).late).toBe(inWindow ? 1 : 0);
    },
  );

  it('finds the first application date whose window is clean, and not a day earlier', () => {
    const orders = [order(3, 'late'), order(20, 'late'), ...many(50, () => order(4, 'on-time'))];
    const clean = windowMetrics(orders, book, D, AS_OF).earliestCleanDate as string;
    expect(clean).toBe(addDays(D, -3 + threshold(book, 'fulfilmentWindowDays') + 1));
    expect(windowMetrics(orders, book, clean, AS_OF).late).toBe(0);
    expect(windowMetrics(orders, book, addDays(clean, -1), AS_OF).late).toBe(1);
    expect(
      windowMetrics(
        many(5, () => order(4, 'on-time')),
        book,
        D,
        AS_OF,
      ).earliestCleanDate,
    ).toBeNull();
  });
});

describe('ground no-jit-orders-90d', () => {
  it.each([
    [89, 'fail'],
    [90, 'pass'],
    [91, 'pass'],
  ])('last JIT order %i days before → %s', (days, status) => {
    const last = { ...order(days, 'on-time'), orderTime: at(addDays(D, -days)) };
    const nonJit = many(20, () => order(1, 'on-time', { jit: false, orderTime: at(addDays(D, -200)) }));
    expect(jitRecency([last, ...nonJit], book, D).daysSinceLastJitOrder).toBe(days);
    const r = evaluate({
      rulebook: book,
      caseInfo: { exitReason: 'no-jit-orders-90d' },
      inputs: GOOD,
      orders: [last, ...nonJit],
      today: D,
    });
    expect(checkOf(r, 'exit-ground')?.status).toBe(status);
    expect(r.daysSinceLastJitOrder).toBe(days);
  });

  it('accepts an export without JIT orders only when it reaches back 90 days', () => {
    const since = (days: number) => [order(1, 'on-time', { jit: false, orderTime: at(addDays(D, -days)) })];
    const run = (days: number) =>
      evaluate({
        rulebook: book,
        caseInfo: { exitReason: 'no-jit-orders-90d' },
        inputs: GOOD,
        orders: since(days),
        today: D,
      });
    expect(checkOf(run(89), 'exit-ground')?.status).toBe('unknown');
    const ok = run(90);
    expect(checkOf(ok, 'exit-ground')?.status).toBe('pass');
    expect(ok.eligible).toBe(true);
    expect(ok.fulfilmentRate30d).toBeNull();
  });
});

describe('hard indicators and the other grounds', () => {
  const run = (inputs: EligibilityInputs, exitReason = 'force-majeure') =>
    evaluate({
      rulebook: book,
      caseInfo: { exitReason },
      inputs: { ...GOOD, manualFulfilmentRate: 99, manualLateJitOrders30d: 0, ...inputs },
      today: D,
    });
  it.each([
    ['no-open-exception-tickets', { openExceptionTickets: 1 }, 'fail'],
    ['no-open-exception-tickets', { openExceptionTickets: undefined }, 'unknown'],
    ['no-unreconciled-transfers', { unreconciledTransfers: 1 }, 'fail'],
    ['stock-synced-cleared', { stockCleared: false }, 'fail'],
    ['stock-synced-cleared', { stockCleared: undefined }, 'unknown'],
    ['fulfilment-rate', { manualFulfilmentRate: 94.9 }, 'fail'],
    ['fulfilment-rate', { manualFulfilmentRate: 95 }, 'pass'],
    ['no-late-jit-orders-30d', { manualLateJitOrders30d: 1 }, 'fail'],
    ['exit-ground', { consecutiveFailures: 2 }, 'fail'],
    ['exit-ground', { consecutiveFailures: 3 }, 'pass'],
  ] as const)('%s with %j → %s', (id, inputs, status) => {
    const r = run(inputs);
    expect(checkOf(r, id)?.status).toBe(status);
    expect(r.eligible).toBe(status === 'pass');
    if (status !== 'pass') expect(r.reasons.map((x) => x.id)).toContain(id);
  });

  it('cites the rulebook entry behind every reason', () => {
    const r = run({ openExceptionTickets: 2, stockCleared: false });
    for (const reason of r.reasons) {
      const ids = [...book.preChecks.map((p) => p.id), ...book.exitGrounds.map((g) => g.id)];
      expect(ids).toContain(reason.rule.id);
      expect(book.sources[reason.rule.source]).toBe(reason.rule.sourceTitle);
      expect(reason.rule.text['zh-CN'].length).toBeGreaterThan(0);
      expect(reason.rule.text.en.length).toBeGreaterThan(0);
    }
  });

  it.each([
    [true, 'pass'],
    [false, 'fail'],
    [undefined, 'unknown'],
  ])('category-removed with the notice %s → %s', (notice, status) => {
    expect(checkOf(run({ categoryRemovalNotice: notice }, 'category-removed'), 'exit-ground')?.status).toBe(status);
  });

  it('is not eligible without a chosen exit ground', () => {
    const r = evaluate({
      rulebook: book,
      caseInfo: {},
      inputs: { ...GOOD, manualFulfilmentRate: 99, manualLateJitOrders30d: 0 },
      today: D,
    });
    expect(r.eligible).toBe(false);
    expect(checkOf(r, 'exit-ground')?.messageKey).toBe('eligibility.check.ground.missing.unknown');
  });
});

describe('risk warnings', () => {
  const warnings = (inputs: EligibilityInputs) =>
    evaluate({ rulebook: book, caseInfo: {}, inputs, today: D }).warnings.map((w) => w.id);
  it.each([
    [{ dailyOrders: 200, integratedWarehousing: true }, []],
    [{ dailyOrders: 201, integratedWarehousing: true }, ['integrated-warehousing-volume']],
    [{ dailyOrders: 500, integratedWarehousing: false }, []],
    [{ targetMarkets: ['es', 'DE'] }, ['delivery-sensitive-markets']],
    [{ targetMarkets: ['DE', 'US'] }, []],
    [{ mainCategory: 'Phone Accessories' }, ['strong-dependent-category']],
    [{ mainCategory: '女装' }, []],
  ] as [EligibilityInputs, string[]][])('%j → %j', (inputs, expected) => {
    expect(warnings(inputs)).toEqual(expected);
  });

  it('carries the rulebook mitigations in both languages', () => {
    const w = evaluate({ rulebook: book, caseInfo: {}, inputs: { targetMarkets: ['FR'] }, today: D }).warnings[0];
    expect(w && 'mitigations' in w ? w.mitigations : null).toEqual(book.risks.mitigations);
  });
});

describe('re-entry progress', () => {
  const since = '2026-08-01';
  const nonJit = (onTime: number, late: number) => [
    ...many(onTime, () => order(10, 'on-time', { jit: false })),
    ...many(late, () => order(10, 'late', { jit: false })),
  ];
  it.each([
    [29, 0, false, true],
    [30, 0, true, true],
    [979, 21, true, false],
    [980, 20, true, true],
  ])('%i on time + %i late → orders met %s, rate met %s', (onTime, late, ordersMet, rateMet) => {
    const p = nonJitProgress(nonJit(onTime, late), book, since, AS_OF);
    expect([p.ordersMet, p.rateMet, p.orders]).toEqual([ordersMet, rateMet, onTime + late]);
  });

  it('counts only non-JIT orders placed from the exit date on', () => {
    const before = order(10, 'on-time', { jit: false, orderTime: at('2026-07-31') });
    const jit = order(10, 'on-time');
    expect(nonJitProgress([before, jit], book, since, AS_OF).orders).toBe(0);
  });
});
