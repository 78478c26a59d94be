import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRulebook } from '../../electron/services/rulebook';
import { CaseStore } from '../../electron/services/store';
import { afterExitForCase, saveAfterExit } from '../../electron/services/eligibility';
import { threshold } from '../../shared/rulebook';
import { afterExitPlan } from '../../shared/eligibility/after-exit';
import { addDays, parseZoneDateTime } from '../../shared/eligibility/time';
import { tempDir } from '../helpers/tmp';

const book = loadRulebook();
const TZ = book.utcOffsetHours;
const now = (text: string) => parseZoneDateTime(text, TZ) as number;

describe('after-exit plan', () => {
  it('gives each rulebook task a due time from the approval time (China time)', () => {
    const plan = afterExitPlan(book, { approvalTime: '2026-11-20 14:00' }, null, '2026-11-21', now('2026-11-21 09:00'));
    expect(plan.tasks.map((t) => t.id)).toEqual(book.postExitTasks.map((t) => t.id));
    expect(plan.listingCaution.categories).toEqual(book.risks.strongControlledNewCategories);
    expect(plan.listingCaution.rule.threshold?.value).toBe(threshold(book, 'freezeHours'));
    const hours = book.postExitTasks[0]!.hours;
    for (const task of plan.tasks) {
      expect(task.due).toBe(`2026-11-${20 + hours / 24}T14:00:00+08:00`);
      expect(task.overdue).toBe(false);
      expect(task.text).toEqual(book.postExitTasks.find((t) => t.id === task.id)?.text);
    }
  });

  it('marks open tasks overdue after the due time, never done ones', () => {
    const first = book.postExitTasks[0]?.id as string;
    const input = { approvalTime: '2026-11-20T06:00:00Z', tasksDone: { [first]: '2026-11-21T10:00:00+08:00' } };
    const plan = afterExitPlan(book, input, null, '2026-11-22', now('2026-11-22 14:00:01'));
    expect(plan.tasks.map((t) => [t.done, t.overdue])).toEqual([
      [true, false],
      [false, true],
      [false, true],
    ]);
    expect(afterExitPlan(book, input, null, '2026-11-22', now('2026-11-22 14:00')).tasks[1]?.overdue).toBe(false);
  });

  it('flags an approval time it cannot read instead of guessing', () => {
    const plan = afterExitPlan(book, { approvalTime: 'next Tuesday' }, null, '2026-11-21', Date.now());
    expect(plan.approvalTimeValid).toBe(false);
    expect(plan.tasks.every((t) => t.due === null)).toBe(true);
  });

  it.each([
    ['2026-11-20', '2026-11-20', 1],
    ['2026-11-20', '2026-11-29', 10],
  ])('re-entry opens cooling days after %s; on %s the bonded bill counts %i day(s)', (effective, today, days) => {
    const plan = afterExitPlan(book, { exitEffectiveDate: effective, boxes: 40 }, null, today, now(`${today} 12:00`));
    expect(plan.reentry.earliestDate).toBe(addDays(effective, book.reentry.coolingDays));
    expect(plan.bonded.days).toBe(days);
    expect(plan.bonded.yuanPerBoxDay).toBe(threshold(book, 'bondedStorageYuanPerBoxDay'));
    expect(plan.bonded.costYuan).toBeCloseTo(40 * threshold(book, 'bondedStorageYuanPerBoxDay') * days, 2);
    expect(plan.bonded.running).toBe(true);
  });

  it('stops the bill on the move-out day and honours an edited rate', () => {
    const plan = afterExitPlan(
      book,
      { exitEffectiveDate: '2026-11-01', boxes: 100, yuanPerBoxDay: 0.8, moveOutDoneDate: '2026-11-10' },
      null,
      '2026-12-31',
      Date.now(),
    );
    expect([plan.bonded.days, plan.bonded.costYuan, plan.bonded.running, plan.bonded.yuanPerBoxDayIsDefault]).toEqual([
      10,
      800,
      false,
      false,
    ]);
  });

  it('is stored per case and validated', async () => {
    const store = new CaseStore(join(tempDir(), 'data'));
    try {
      const c = store.createCase({
        companyName: '杭州某某服饰有限公司',
        uscc: '91330100MA2XXXXXXX',
        legalRepresentative: '张三',
      });
      const saved = await saveAfterExit(
        store,
        book,
        c.id,
        { approvalTime: '2026-11-20 14:00', exitEffectiveDate: '2026-11-21', boxes: 10 },
        '2026-11-22',
      );
      expect(saved.plan.bonded.days).toBe(2);
      const again = await afterExitForCase(store, book, c.id, '2026-11-23');
      expect(again.input.boxes).toBe(10);
      expect(again.plan.bonded.days).toBe(3);
      await expect(saveAfterExit(store, book, c.id, { boxes: -1 })).rejects.toMatchObject({
        code: 'AFTER_EXIT_INVALID',
      });
    } finally {
      store.close();
    }
  });
});
