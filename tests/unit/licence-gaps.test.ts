import { describe, expect, it } from 'vitest';
import { hasDroppedCharacter, lineTail } from '../../shared/licence-gaps';
import { parseLicence } from '../../shared/licence-parse';

/** Step positions as PP-OCR gave them on the independent calibration licences. */
describe('a character the recogniser dropped', () => {
  it('finds the gap where 旻 (not in the dictionary) was skipped: 经营者孙[旻]娜', () => {
    expect(hasDroppedCharacter({ text: '经营者孙娜', steps: [3, 7, 12, 20, 28] }, 3, 2)).toBe(true);
  });

  it('finds it in a two-character name read as its own box (杨[翀]杰)', () => {
    expect(hasDroppedCharacter({ text: '杨杰', steps: [3, 12] }, 0, 2, { text: '投资人', steps: [3, 13, 23] })).toBe(
      true,
    );
  });

  it('an evenly read name, even after a letter-spaced label, has no gap', () => {
    expect(
      hasDroppedCharacter({ text: '何丽娟', steps: [3, 8, 13] }, 0, 3, { text: '负责人', steps: [2, 10, 18] }),
    ).toBe(false);
    expect(hasDroppedCharacter({ text: '投资人李彧', steps: [2, 6, 10, 19, 23] }, 3, 2)).toBe(false);
    expect(hasDroppedCharacter({ text: '有限责任公司分公司', steps: [2, 8, 12, 18, 23, 28, 33, 38, 43] }, 0, 9)).toBe(
      false,
    );
  });

  it('no steps (another engine): no judgement', () => {
    expect(hasDroppedCharacter({ text: '孙娜' }, 0, 2)).toBe(false);
  });

  it('the parser marks such a name as dropped, and keeps an even one', () => {
    const box = (x: number, y: number, w: number) => ({ x, y, width: w, height: 30 });
    const parsed = parseLicence([
      { text: '名称', confidence: 0.99, box: box(10, 10, 60), charSteps: [3, 8] },
      { text: '成都市森便利店', confidence: 0.99, box: box(100, 10, 240), charSteps: [3, 7, 11, 20, 24, 28, 32] },
      { text: '经营者', confidence: 0.99, box: box(10, 60, 90), charSteps: [3, 7, 12] },
      { text: '孙娜', confidence: 0.99, box: box(120, 60, 70), charSteps: [3, 7] },
    ]);
    expect(parsed.fields.companyName?.dropped).toBe(true);
    expect(parsed.fields.legalRepresentative?.dropped).toBeUndefined();
    expect(parsed.fields.legalRepresentative?.value).toBe('孙娜');
  });
});

describe('a dropped character after a speck before the label', () => {
  it('is found in the read text, not the flat one (·名称景德镇市[垚]森箱包商行, seed 20261717)', () => {
    const parsed = parseLicence([
      {
        text: '·名称景德镇市森箱包商行',
        confidence: 0.99,
        box: { x: 140, y: 620, width: 487, height: 51 },
        charSteps: [1, 5, 10, 19, 23, 27, 30, 38, 43, 46, 50, 54],
      },
    ]);
    expect(parsed.fields.companyName?.value).toBe('景德镇市森箱包商行');
    expect(parsed.fields.companyName?.dropped).toBe(true);
  });
});

/** Steps and line sizes as PP-OCR gave them on the seed-20261616 and v3 calibration licences. */
describe('box left over after the last character read', () => {
  it('about 1.5 pitches when the last character was lost (郭静 for 郭静燚)', () => {
    const tail = lineTail({ text: '法定代表人郭静', steps: [2, 5, 8, 11, 15, 21, 23], width: 87.45, height: 17.74 });
    expect(tail?.excess).toBeGreaterThan(1.2);
    expect(tail?.lastStep).toBe(23);
  });

  it('about half a pitch on an evenly read line', () => {
    const tail = lineTail({ text: '法定代表人王超', steps: [2, 6, 10, 14, 18, 22, 26], width: 160, height: 32 });
    expect(tail?.excess).toBeLessThan(1);
  });

  it('no steps (another engine): no judgement', () => {
    expect(lineTail({ text: '王超', width: 60, height: 30 })).toBeNull();
  });
});
