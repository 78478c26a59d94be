import { describe, expect, it } from 'vitest';
import {
  collapseCjkSpaces,
  normalizeCompanyName,
  normalizePersonName,
  sameCompany,
  samePerson,
  toHalfWidth,
} from '../../shared/names';

describe('normalizeCompanyName', () => {
  it.each([
    ['half-width brackets become full-width', '鑫璟贸易(杭州)有限公司', '鑫璟贸易（杭州）有限公司'],
    ['spaces around brackets go', '鑫璟贸易 ( 杭州 ) 有限公司', '鑫璟贸易（杭州）有限公司'],
    ['stray spaces between Chinese characters', '杭州 鑫 璟 服饰有限 公司', '杭州鑫璟服饰有限公司'],
    ['ideographic space', '杭州鑫璟\u3000服饰有限公司', '杭州鑫璟服饰有限公司'],
    ['full-width Latin to half-width', 'ＡＢＣ科技（深圳）有限公司', 'ABC科技（深圳）有限公司'],
    ['square brackets', '某某【上海】有限公司', '某某（上海）有限公司'],
    ['spaces between Latin words stay', 'Hangzhou  ABC Trading 有限公司', 'Hangzhou ABC Trading 有限公司'],
  ])('%s', (_why, input, expected) => expect(normalizeCompanyName(input)).toBe(expected));
});

describe('normalizePersonName', () => {
  it.each([
    ['spaces between characters', '张 三', '张三'],
    ['rare characters kept', ' 王 鑫璟 ', '王鑫璟'],
    ['middle dots unified', '买买提•艾力', '买买提·艾力'],
    ['katakana dot and spaces', '阿依古丽 ・ 吐尔逊', '阿依古丽·吐尔逊'],
  ])('%s', (_why, input, expected) => expect(normalizePersonName(input)).toBe(expected));
});

describe('sameCompany / samePerson', () => {
  it.each([
    ['鑫璟贸易(杭州)有限公司', '鑫璟贸易（杭州）有限公司', true],
    ['杭州 鑫璟 有限公司', '杭州鑫璟有限公司', true],
    ['abc科技有限公司', 'ABC科技有限公司', true],
    ['杭州鑫璟有限公司', '杭州鑫璟有限公司分公司', false],
    ['杭州鑫璟有限公司', '杭州鑫景有限公司', false],
    ['', '', false],
  ])('sameCompany(%s, %s) = %s', (a, b, expected) => expect(sameCompany(a, b)).toBe(expected));

  it.each([
    ['张 三', '张三', true],
    ['买买提·艾力', '买买提•艾力', true],
    ['王鑫', '王鑫璟', false],
    ['熠', '烟', false],
    [null, '张三', false],
  ])('samePerson(%s, %s) = %s', (a, b, expected) => expect(samePerson(a, b)).toBe(expected));
});

describe('helpers', () => {
  it('toHalfWidth maps the full-width ASCII block', () => expect(toHalfWidth('１２３ＡＢＣ：')).toBe('123ABC:'));
  it('collapseCjkSpaces keeps spaces next to Latin text', () =>
    expect(collapseCjkSpaces('经营者 Li Wei 李 伟')).toBe('经营者 Li Wei 李伟'));
});
