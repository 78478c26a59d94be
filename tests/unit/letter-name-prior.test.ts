/**
 * The expected name as a prior (signed-letter/name-prior.ts, name-judge.ts): reads taken
 * from the calibration letters' OCR (characters and the recogniser's own confidences).
 * Lost or doubted characters under seal ink are no evidence; only characters read for sure
 * in place of the expected ones make another name.
 */
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../electron/services/ocr';
import { COMPANY_LABEL, LEGAL_REP_LABEL } from '../../electron/services/checks/signed-letter/labels';
import { judgeCompany, judgePerson } from '../../electron/services/checks/signed-letter/name-judge';
import { compareWithPrior, type ReadLetter } from '../../electron/services/checks/signed-letter/name-prior';

/** A read: its characters, each at confidence 1 unless listed (index → confidence). */
function read(text: string, doubts: Record<number, number> = {}): ReadLetter[] {
  return Array.from(text).map((c, i) => ({ c, conf: doubts[i] ?? 1 }));
}

function line(text: string, doubts: Record<number, number> = {}): OcrLine {
  const chars = Array.from(text).map((_, i) => doubts[i] ?? 1);
  return {
    text,
    confidence: chars.reduce((s, c) => s + c, 0) / chars.length,
    charConfidences: chars,
    box: { x: 0, y: 0, width: 400, height: 30 },
  };
}

describe('a read name against the expected one', () => {
  it('calls a name read for sure with another character a different name', () => {
    expect(compareWithPrior(read('王建国'), '王建华', true).verdict).toBe('differs');
    expect(
      compareWithPrior(read('深圳宏瑞电子商务有限责公司', { 10: 0.7 }), '深圳鸿瑞电子商务有限责任公司', false).verdict,
    ).toBe('differs');
    expect(compareWithPrior(read('李四'), '王建华', true).verdict).toBe('differs');
  });

  it('takes one doubted character as the expected one (志 read 士 under ink)', () => {
    expect(compareWithPrior(read('王士强', { 1: 0.9 }), '王志强', true).verdict).toBe('same');
    expect(
      compareWithPrior(read('温州市阑庭跨境子商务有限公司', { 3: 0.48 }), '温州市澜庭跨境电子商务有限公司', false)
        .verdict,
    ).toBe('same');
  });

  it('takes characters lost under seal ink as the expected name, for a company', () => {
    expect(
      compareWithPrior(read('中山鼎盛电子科技有限经公司', { 10: 0.53 }), '中山鼎盛电子科技有限责任公司', false).verdict,
    ).toBe('same');
    expect(
      compareWithPrior(read('汕头市鼎照明科技汽限公司', { 4: 0.23, 8: 0.16 }), '汕头市鼎盛照明科技有限公司', false)
        .verdict,
    ).toBe('same');
  });

  it('is unsure of a read that lost most of the name, or lost part of a person name', () => {
    expect(compareWithPrior(read('公司'), '苏州市星悦户外运动用品制造有限公司', false).verdict).toBe('unclear');
    expect(compareWithPrior(read('海'), '谢海', true).verdict).toBe('unclear');
    // Read for sure, but fewer characters than expected in that place: ink, or another name.
    expect(compareWithPrior(read('深圳市云广用品公司'), '深圳市云帆户外用品有限公司', false).verdict).toBe('unclear');
  });

  it('ignores doubted stray marks (a pen stroke read as q)', () => {
    expect(
      compareWithPrior(read('温州市澜庭跨境电子商务有限公司q', { 15: 0.3 }), '温州市澜庭跨境电子商务有限公司', false)
        .verdict,
    ).toBe('same');
  });
});

describe('judging the printed lines', () => {
  it('reads past a garbled label tail to the name (承诺人（盖草）：)', () => {
    const v = judgeCompany(
      [line('承诺人（盖草）：中山市恒达美妆商行（个人独资）', { 5: 0.5 })],
      COMPANY_LABEL,
      '中山市恒达美妆商行（个人独资）',
    );
    expect(v?.verdict).toBe('match');
    const w = judgeCompany([line('承诺人（盖章）！苏州市卓跃箱包有限公司')], COMPANY_LABEL, '苏州市卓越箱包有限公司');
    expect(w).toMatchObject({ verdict: 'mismatch', value: '苏州市卓跃箱包有限公司' });
  });

  it('never calls a doubted or partial read a mismatch', () => {
    expect(judgePerson([line('法定代表人：王士强', { 7: 0.9 })], LEGAL_REP_LABEL, '王志强')?.verdict).toBe('match');
    expect(judgePerson([line('法定代表人：海')], LEGAL_REP_LABEL, '谢海')?.verdict).toBe('unsure');
    expect(
      judgeCompany([line('公司名称：深圳市云广用品公司')], COMPANY_LABEL, '深圳市云帆户外用品有限公司')?.verdict,
    ).toBe('unsure');
    expect(judgePerson([line('法定代表人：王建国')], LEGAL_REP_LABEL, '王建华')?.verdict).toBe('mismatch');
  });
});
