import { describe, expect, it } from 'vitest';
import {
  cleanUsccText,
  correctUscc,
  organisationCodeValid,
  findUsccInText,
  isValidUscc,
  usccCheckChar,
  USCC_CHARSET,
} from '../../shared/uscc';

/** Codes whose check character was computed by hand from the GB 32100-2015 weights. */
const VALID = [
  '91350100M000100Y43',
  '911100006000374796',
  '91330100MA2B3C4D5M'.slice(0, 17) + usccCheckChar('91330100MA2B3C4D5'),
];

describe('usccCheckChar (GB 32100-2015)', () => {
  it.each([
    ['91350100M000100Y4', '3'],
    ['91110000600037479', '6'],
    ['91440300MA02FLQ1P', 'U'],
    ['00000000000000000', '0'],
  ])('%s → %s', (first17, check) => {
    expect(usccCheckChar(first17)).toBe(check);
  });

  it('rejects characters outside the charset and wrong lengths', () => {
    expect(usccCheckChar('9135010OM000100Y4')).toBeNull(); // letter O
    expect(usccCheckChar('9135')).toBeNull();
  });

  it('every check value maps into the charset', () => {
    expect(USCC_CHARSET).toHaveLength(31);
    for (let i = 0; i < 31; i++) {
      const body = `9133010000000000${USCC_CHARSET[i]}`;
      expect(USCC_CHARSET).toContain(usccCheckChar(body));
    }
  });
});

describe('isValidUscc', () => {
  it.each(VALID)('%s is valid', (code) => expect(isValidUscc(code)).toBe(true));
  it.each([
    ['wrong check', '91350100M000100Y44'],
    ['too short', '91350100M000100Y4'],
    ['letter I', '91350100M000I00Y43'],
    ['lower case', '91110000600037479l'],
  ])('%s: %s is invalid', (_why, code) => expect(isValidUscc(code)).toBe(false));
});

describe('correctUscc', () => {
  it.each([
    ['valid as read', '91350100M000100Y43', '91350100M000100Y43', false],
    ['O read for 0', '9135O1OOM000100Y43', '91350100M000100Y43', true],
    ['I read for 1', '9I350100M000I00Y43', '91350100M000100Y43', true],
    ['S read for 5', '913S0100M000100Y43', '91350100M000100Y43', true],
    ['Z read for 2', '91440300MA0ZFLQ1PU', '91440300MA02FLQ1PU', true],
    ['full-width and spaces', '９１３５ ０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43', false],
  ])('%s', (_why, input, expected, corrected) => {
    const r = correctUscc(input);
    expect(r.code).toBe(expected);
    expect(r.valid).toBe(true);
    expect(r.corrected).toBe(corrected);
  });

  it('fixes the least confident character when no known confusion fits', () => {
    // A real code (its organisation code valid too: a swap inside it must keep it valid).
    const truth = '91440300MA5H3E0T3W'.slice(0, 17);
    const code = truth + usccCheckChar(truth);
    const broken = code.slice(0, 12) + (code[12] === 'K' ? 'H' : 'K') + code.slice(13);
    const conf = Array.from({ length: 18 }, (_, i) => (i === 12 ? 0.41 : 0.99));
    const r = correctUscc(broken, conf);
    expect(r.valid).toBe(true);
    expect(r.code).toBe(code);
  });

  it('repairs a single unsure character (0 read as B)', () => {
    const r = correctUscc('914403B0MA02FLQ1PU', [
      ...Array<number>(6).fill(0.99),
      0.55,
      ...Array<number>(11).fill(0.99),
    ]);
    expect(r).toMatchObject({ code: '91440300MA02FLQ1PU', valid: true, corrected: true });
  });

  it('does not guess when every character is confident', () => {
    const r = correctUscc('91350100M000100Y4W', Array(18).fill(0.99));
    expect(r.valid).toBe(false);
    expect(r.corrected).toBe(false);
  });

  it('never takes a swap inside the organisation code that breaks it (a valid-looking wrong code)', () => {
    // 91440300MA5H3E0T3W printed; a 700 px copy read …E0T5W with the 0 unsure. 0→D passes the
    // code's check by chance, but MA5H3EDT5 is no organisation code.
    const conf = Array.from({ length: 18 }, (_, i) => (i === 14 ? 0.6 : 0.97));
    const r = correctUscc('91440300MA5H3E0T5W', conf);
    expect(r.valid).toBe(false);
    expect(r.code).not.toBe('91440300MA5H3EDT5W');
  });

  it('organisation codes of real licences pass GB 11714, a misread one not', () => {
    for (const code of ['91440300MA5H3E0T3W', '914403003059288389', '9137061155094046XH', '91320506061841057Q'])
      expect(organisationCodeValid(code)).toBe(true);
    expect(organisationCodeValid('91440300MA5H3EDT5W')).toBe(false);
  });

  it('leaves a wrong-length read invalid', () => {
    expect(correctUscc('91350100M000100Y4').valid).toBe(false);
  });
});

describe('text helpers', () => {
  it('cleanUsccText maps full-width characters and drops separators', () => {
    expect(cleanUsccText('９１-3501 00m')).toBe('91350100M');
  });
  it.each([
    ['统一社会信用代码91350100M000100Y43', '91350100M000100Y43'],
    ['代码：91350100M000100Y43（1-1）', '91350100M000100Y43'],
    ['名称杭州某某有限公司', null],
  ])('findUsccInText(%s)', (text, expected) => expect(findUsccInText(text)).toBe(expected));
});
