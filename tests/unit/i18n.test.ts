import { describe, expect, it } from 'vitest';
import { allKeys, parseLocale, t } from '../../shared/i18n';
import { FINDING_CODES } from '../../shared/findings';

describe('i18n', () => {
  it('has every key in both zh-CN and English', () => {
    const zh = new Set(allKeys('zh-CN'));
    const en = new Set(allKeys('en'));
    expect([...zh].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('has a message for every finding code in both languages', () => {
    for (const code of FINDING_CODES) {
      expect(t(`finding.${code}`, {}, 'zh-CN')).not.toBe(`finding.${code}`);
      expect(t(`finding.${code}`, {}, 'en')).not.toBe(`finding.${code}`);
    }
  });

  it('interpolates parameters and leaves unknown ones visible', () => {
    expect(t('error.fileNotFound', { file: 'a.pdf' }, 'en')).toBe('File not found: a.pdf');
    expect(t('error.fileNotFound', {}, 'zh-CN')).toContain('{file}');
  });

  it.each([
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en_US.UTF-8', 'en'],
    ['C.UTF-8', null],
    [undefined, null],
  ])('parses locale %s', (input, expected) => {
    expect(parseLocale(input)).toBe(expected);
  });
});
