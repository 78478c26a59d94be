import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRulebook } from '../../electron/services/rulebook';
import { CaseStore } from '../../electron/services/store';
import { afterExitForCase, importOrdersForCase } from '../../electron/services/eligibility';
import { threshold, type Rulebook } from '../../shared/rulebook';
import { evaluate } from '../../shared/eligibility/evaluate';
import { windowCoverage } from '../../shared/eligibility/coverage';
import type { Order } from '../../shared/eligibility/orders';
import { addDays, parseZoneDateTime } from '../../shared/eligibility/time';
import type { EligibilityInputs } from '../../shared/eligibility/inputs';
import { writeTypedOrders } from '../fixtures/orders-typed';
import { tempDir } from '../helpers/tmp';

/**
 * Issue 17: the pre-check never says "eligible" on a window the export does not cover, and
 * warns when the window holds far fewer JIT orders than usual. Grace days, share and minimum
 * come from the rulebook (the tests read them, and change them, through it).
 */
const book = loadRulebook();
const TZ = book.utcOffsetHours;
const D = '2026-11-25';
const H = 3_600_000;
const at = (date: string, time = '12:00') => parseZoneDateTime(`${date} ${time}`, TZ) as number;
const GOOD: EligibilityInputs = {
  openExceptionTickets: 0,
  unreconciledTransfers: 0,
  stockCleared: true,
  consecutiveFailures: 3,
};

let seq = 0;
/** A JIT order due `daysBefore` D, on time unless `late`; placed two days earlier. */
function due(daysBefore: number, late = false, jit = true): Order {
  const deadline = at(addDays(D, -daysBefore));
  return {
    id: `C${++seq}`,
    jit,
    orderTime: deadline - 48 * H,
    deadline,
    pickup: deadline + (late ? 2 : -1) * H,
    cancelled: false,
  };
}
/** A non-JIT order placed on the day `daysBefore` D (it only shows how far the export reaches). */
const placed = (daysBefore: number): Order => ({
  id: `P${++seq}`,
  jit: false,
  orderTime: at(addDays(D, -daysBefore)),
  deadline: null,
  pickup: null,
  cancelled: false,
});
const history = (from: number, to: number, perDay = 1) =>
  Array.from({ length: (from - to + 1) * perDay }, (_, i) => due(from - Math.floor(i / perDay)));

const run = (orders: Order[], inputs: EligibilityInputs = {}, rulebook: Rulebook = book) =>
  evaluate({ rulebook, caseInfo: { exitReason: 'force-majeure' }, inputs: { ...GOOD, ...inputs }, orders, today: D });
const status = (r: ReturnType<typeof run>, id: string) => r.checks.find((c) => c.id === id)?.status;

describe('window coverage', () => {
  const grace = threshold(book, 'exportEndGraceDays');

  it('is eligible on a covered clean window', () => {
    const r = run([...history(40, 1)]);
    expect([r.verdict, r.eligible, r.coverage?.covered]).toEqual(['eligible', true, true]);
  });

  it.each([
    [grace, true],
    [grace + 1, false],
  ])('an export whose last order is %i day(s) before the window ends covers it: %s', (gap, covered) => {
    // The window ends on D-1; the last recorded event (the pickup of the last order) is on D-1-gap.
    const r = run([...history(40, 1 + gap)]);
    expect(r.coverage).toMatchObject({ covered, coversEnd: covered, exportLastDate: addDays(D, -1 - gap) });
    expect(r.verdict).toBe(covered ? 'eligible' : 'unknown');
    expect(r.eligible).toBe(covered);
    if (!covered) {
      expect(status(r, 'no-late-jit-orders-30d')).toBe('unknown');
      expect(status(r, 'fulfilment-rate')).toBe('unknown');
      expect(r.warnings.map((w) => w.id)).toContain('window-not-covered');
    }
  });

  it('never calls a future window eligible, even with an export made today', () => {
    const r = run([...history(60, 1), placed(0)], { plannedApplicationDate: addDays(D, 20) });
    expect(r.coverage).toMatchObject({ windowInFuture: true, covered: false, uncoveredDays: 19 });
    expect([r.verdict, r.eligible]).toEqual(['unknown', false]);
  });

  it('an export that starts inside the window is not called clean either', () => {
    const r = run([...history(10, 1)]);
    expect(r.coverage?.coversStart).toBe(false);
    expect(r.verdict).toBe('unknown');
  });

  it('late orders in the covered part are a fail, not an unknown', () => {
    const r = run([...history(40, 8), due(9, true)], { plannedApplicationDate: addDays(D, 5) });
    expect(status(r, 'no-late-jit-orders-30d')).toBe('fail');
    expect(r.verdict).toBe('not-eligible');
  });

  it('the 90-day ground is unknown when the export stops short of the application date', () => {
    const orders = [due(200), ...Array.from({ length: 120 }, (_, i) => placed(100 + i)), placed(20)];
    const r = evaluate({
      rulebook: book,
      caseInfo: { exitReason: 'no-jit-orders-90d' },
      inputs: GOOD,
      orders,
      today: D,
    });
    expect(r.checks.find((c) => c.id === 'exit-ground')?.messageKey).toBe(
      'eligibility.check.ground.no-jit-orders-90d.uncovered.unknown',
    );
    expect(r.eligible).toBe(false);
  });

  it('reads the grace days from the rulebook', () => {
    const lenient = structuredClone(book);
    lenient.thresholds.exportEndGraceDays.value = 10;
    const orders = [...history(40, 1 + grace + 1)];
    expect(run(orders).coverage?.covered).toBe(false);
    expect(run(orders, {}, lenient).coverage?.covered).toBe(true);
  });
});

describe('far fewer JIT orders than usual', () => {
  const min = threshold(book, 'sparseWindowMinUsualJitOrders');
  const share = threshold(book, 'sparseWindowJitSharePercent');

  it('warns when the window holds under the rulebook share of an average earlier 30 days', () => {
    // 3 JIT orders a day for 60 days before the window (90 a window), then a handful in it.
    const before = history(90, 31, 3);
    const sparse = run([...before, due(10), due(5), placed(1)]);
    // History runs from the first order time (two days before the first deadline): 180 orders over 62 days.
    expect(sparse.coverage).toMatchObject({
      usualJitOrdersPerWindow: Math.round((180 * 30 * 10) / 62) / 10,
      jitOrdersInWindow: 2,
      sparse: true,
    });
    expect(sparse.warnings.map((w) => w.id)).toContain('window-few-jit-orders');
    const inWindow = Math.ceil((87.1 * share) / 100);
    const normal = run([...before, ...history(30, 31 - Math.ceil(inWindow / 2), 2), placed(1)]);
    expect(normal.coverage?.sparse).toBe(false);
  });

  it('does not compare when the usual count is below the rulebook minimum', () => {
    const few = Array.from({ length: min - 1 }, (_, i) => due(31 + i * 2));
    const c = windowCoverage([...few, placed(1)], book, D, D);
    expect(c.sparse).toBe(false);
  });
});

describe('re-entry progress reads only a post-exit export', () => {
  it('names the pre-check export, does not use it, then uses and names the re-entry export', async () => {
    const dir = tempDir();
    const files = await writeTypedOrders(dir);
    const store = new CaseStore(join(dir, 'data'));
    try {
      const c = store.createCase({
        companyName: '杭州某某服饰有限公司',
        uscc: '91330100MA2XXXXXXX',
        legalRepresentative: '张三',
      });
      const data = readFileSync(files.csv);
      await importOrdersForCase({ store, rulebook: book, caseId: c.id, name: '订单导出-类型.csv', data });
      store.setCaseData(c.id, 'after-exit', { exitEffectiveDate: '2026-09-01' });
      const before = await afterExitForCase(store, book, c.id, D);
      expect(before.reentrySource).toBeNull();
      expect(before.plan.reentry.progress).toBeNull();
      expect(before.precheckSource).toMatchObject({ name: '订单导出-类型.csv', lastDate: files.truth.lastOrderDate });
      await importOrdersForCase({ store, rulebook: book, caseId: c.id, name: '退出后.csv', data, purpose: 'reentry' });
      const after = await afterExitForCase(store, book, c.id, D);
      expect(after.reentrySource).toMatchObject({ name: '退出后.csv', rowCount: files.truth.rows });
      expect(after.plan.reentry.progress?.orders).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });
});
