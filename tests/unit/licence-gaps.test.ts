import { describe, expect, it } from 'vitest';
import { hasDroppedCharacter, hasDroppedLastCharacter } from '../../shared/licence-gaps';
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

/** Steps and detected boxes as PP-OCR gave them on the independent calibration licences. */
describe('a last character the recogniser did not read', () => {
  it('an evenly read name ends about a pitch before its box does', () => {
    // 马杰 in a 21 px high box 33 px long (9.4 steps); 青岛市华茂… 66.6 steps, last at 64.
    expect(hasDroppedLastCharacter({ text: '马杰', steps: [1, 5], geometry: { width: 33, height: 21.1 } })).toBe(false);
    expect(
      hasDroppedLastCharacter({
        text: '投资人黄独',
        steps: [3, 8, 13, 23, 27],
        geometry: { width: 202.5, height: 40.1 },
      }),
    ).toBe(false);
  });

  it('a box running on a character past the last one read: 张伟 off a box holding 张伟旻', () => {
    // Three characters' room (about 14 steps) with two read.
    expect(hasDroppedLastCharacter({ text: '张伟', steps: [2, 6], geometry: { width: 70, height: 30 } })).toBe(true);
  });

  it('no geometry or steps (another engine), or a Latin end: no judgement', () => {
    expect(hasDroppedLastCharacter({ text: '张伟', steps: [2, 6] })).toBe(false);
    expect(hasDroppedLastCharacter({ text: '张伟', geometry: { width: 70, height: 30 } })).toBe(false);
    expect(hasDroppedLastCharacter({ text: 'AB', steps: [2, 6], geometry: { width: 70, height: 30 } })).toBe(false);
  });

  it('the parser leaves such a name unsure, and keeps one that fills its box', () => {
    const box = (x: number, y: number, w: number) => ({ x, y, width: w, height: 30 });
    const geo = (x: number, w: number, y: number) => ({ cx: x + w / 2, cy: y + 15, width: w, height: 30, angle: 0 });
    const lines = (w: number) =>
      parseLicence([
        {
          text: '法定代表人',
          confidence: 0.99,
          box: box(10, 60, 150),
          charSteps: [2, 6, 11, 15, 20],
          line: geo(10, 150, 60),
        },
        { text: '张伟', confidence: 0.99, box: box(200, 60, w), charSteps: [2, 6], line: geo(200, w, 60) },
      ]);
    expect(lines(70).fields.legalRepresentative?.dropped).toBe(true);
    expect(lines(45).fields.legalRepresentative?.dropped).toBeUndefined();
    expect(lines(45).fields.legalRepresentative?.value).toBe('张伟');
  });
});
