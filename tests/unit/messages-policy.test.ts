import { describe, expect, it } from 'vitest';
import { allKeys, LOCALES, setStandingParams, t } from '../../shared/i18n';
import { rulebookParams, todayIn, type Rulebook } from '../../shared/rulebook';
import { loadRulebook } from '../../electron/services/rulebook';

/** The policy numbers: thresholds, re-entry, upload limits, task hours (risk shares are descriptive figures). */
function policyNumbers(book: Rulebook): Set<number> {
  const nums = new Set<number>(Object.values(book.thresholds).map((e) => e.value));
  for (const v of [...Object.values(book.reentry), ...Object.values(book.upload)])
    if (typeof v === 'number') nums.add(v);
  for (const task of book.postExitTasks) nums.add(task.hours);
  return nums;
}

/** The numbers of a message's template, placeholders, example dates/times and angles (geometry, 90°) taken out. */
function templateNumbers(key: string, locale: (typeof LOCALES)[number]): number[] {
  // Without standing parameters an unfilled placeholder stays in the text as written.
  const text = t(key, {}, locale)
    .replace(/\{[\w.]+\}/g, '')
    .replace(/\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?/g, '')
    .replace(/\d{4}年\d{1,2}月\d{1,2}日/g, '')
    .replace(/\d+°/g, '');
  return [...text.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g)].map((m) => Number(m[0]));
}

describe('policy numbers in messages', () => {
  const book = loadRulebook();

  it('no message holds a rulebook number of its own: they come in as parameters', () => {
    const nums = policyNumbers(book);
    const offenders: string[] = [];
    setStandingParams({});
    for (const locale of LOCALES) {
      for (const key of allKeys(locale)) {
        // The USCC is 18 characters by national standard (GB 32100), not by the rulebook.
        if (key.startsWith('ui.uscc.')) continue;
        const hits = templateNumbers(key, locale).filter((n) => nums.has(n));
        if (hits.length) offenders.push(`${locale} ${key}: ${hits.join(', ')}`);
      }
    }
    setStandingParams(rulebookParams(book));
    expect(offenders).toEqual([]);
  });

  it('fills every {rb.*} placeholder from the rulebook', () => {
    const known = rulebookParams(book);
    for (const locale of LOCALES) {
      for (const key of allKeys(locale)) {
        expect(t(key, {}, locale), `${locale} ${key}`).not.toMatch(/\{rb\./);
      }
    }
    expect(known['rb.fulfilmentWindowDays']).toBe(book.thresholds.fulfilmentWindowDays.value);
    expect(known['rb.upload.minLetterDpi']).toBe(book.upload.minLetterDpi);
    expect(t('ui.elig.metric.rate', {}, 'zh-CN')).toContain(`近 ${book.thresholds.fulfilmentWindowDays.value} 天`);
  });

  it('lets a caller override a standing parameter', () => {
    expect(t('ui.elig.metric.rate', { 'rb.fulfilmentWindowDays': 45 }, 'en')).toContain('45-day');
  });

  it('tells today in the rulebook zone', () => {
    expect(todayIn(book, new Date('2026-11-20T15:59:00Z'))).toBe('2026-11-20');
    expect(todayIn(book, new Date('2026-11-20T16:00:00Z'))).toBe('2026-11-21');
    expect(todayIn({ utcOffsetHours: 0 }, new Date('2026-11-20T16:00:00Z'))).toBe('2026-11-20');
  });
});
