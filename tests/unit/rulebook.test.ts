import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRulebook, parseRulebook } from '../../electron/services/rulebook';
import { threshold, THRESHOLD_KEYS } from '../../shared/rulebook';
import { resourcePath } from '../../electron/services/paths';
import { AppError } from '../../shared/errors';
import { PLATFORM_OFFSET, utcOffsetText } from '../../shared/timestamps';

const raw = () => JSON.parse(readFileSync(resourcePath('rulebook.json'), 'utf8')) as Record<string, unknown>;

describe('rulebook', () => {
  it('loads and validates the bundled V3.2 rulebook', () => {
    const book = loadRulebook();
    expect(book.version).toBe('V3.2');
    expect(book.effective).toBe('2024-05');
    for (const key of THRESHOLD_KEYS) expect(typeof threshold(book, key)).toBe('number');
  });

  it.each([
    ['fulfilmentRate30dMin', 95],
    ['fulfilmentWindowDays', 30],
    ['noJitOrdersDays', 90],
    ['forceMajeureConsecutiveFailures', 3],
    ['logisticsWindowMonths', 3],
    ['bondedStorageYuanPerBoxDay', 1.2],
    ['highRiskDailyOrders', 200],
    ['reviewWorkingDays', 3],
  ] as const)('carries the policy fact %s = %s with a declared source', (key, value) => {
    const book = loadRulebook();
    expect(threshold(book, key)).toBe(value);
    expect(book.sources[book.thresholds[key].source]).toBeTruthy();
  });

  it('carries the rejection-reason shares and the three exit grounds', () => {
    const book = loadRulebook();
    expect(book.rejectionReasons.map((r) => r.sharePercent)).toEqual([42, 29, 18]);
    expect(book.formatErrorSharePercent.value).toBe(68);
    expect(book.exitGrounds.map((g) => g.id)).toEqual(['no-jit-orders-90d', 'category-removed', 'force-majeure']);
    expect(book.postExitTasks).toHaveLength(3);
  });

  it("reads stamps in the rulebook's platform zone, with a declared source", () => {
    const book = loadRulebook();
    expect(book.sources[book.timeSource]).toBeTruthy();
    expect(PLATFORM_OFFSET).toBe(utcOffsetText(book.utcOffsetHours));
    expect([utcOffsetText(8), utcOffsetText(-3.5), utcOffsetText(5.75), utcOffsetText(0)]).toEqual([
      '+08:00',
      '-03:30',
      '+05:45',
      '+00:00',
    ]);
  });

  it('rejects a rulebook with a missing threshold, naming it', () => {
    const doc = raw();
    delete (doc.thresholds as Record<string, unknown>).fulfilmentRate30dMin;
    expect(() => parseRulebook(JSON.stringify(doc))).toThrow(/fulfilmentRate30dMin/);
  });

  it('rejects a citation of an undeclared source', () => {
    const doc = raw();
    (doc.thresholds as Record<string, { source: string }>).noJitOrdersDays!.source = 'nowhere';
    expect(() => parseRulebook(JSON.stringify(doc))).toThrow(/unknown source "nowhere"/);
  });

  it('rejects malformed JSON with an AppError', () => {
    expect(() => parseRulebook('{ nope')).toThrow(AppError);
  });
});
