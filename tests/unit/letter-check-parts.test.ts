import { describe, expect, it } from 'vitest';
import { apply, mapBox, solveHomography, warp } from '../../electron/services/checks/signed-letter/geometry';
import {
  isLegalRepLine,
  valueAfterLabel,
  COMPANY_LABEL,
  LEGAL_REP_LABEL,
} from '../../electron/services/checks/signed-letter/labels';
import { components, laplacianVariance, otsu } from '../../electron/services/checks/signed-letter/raster';
import { A4_MM, mmBoxToPixels, registrationMarkCentres, sealAreaBox } from '../../shared/letter-layout';

describe('label parsing (OCR lines of the letter)', () => {
  it.each([
    ['法定代表人：王鑫璟熠', LEGAL_REP_LABEL, '王鑫璟熠'],
    ['法定代表人:张三', LEGAL_REP_LABEL, '张三'],
    ['法定代表人：欧阳娜娜—', LEGAL_REP_LABEL, '欧阳娜娜'],
    ['法定代表人 李四', LEGAL_REP_LABEL, '李四'],
    ['公司名称杭州鑫璟熠服饰有限公司', COMPANY_LABEL, '杭州鑫璟熠服饰有限公司'],
    ['公司名称：宁波（北仑）跨境供应链有限公司', COMPANY_LABEL, '宁波（北仑）跨境供应链有限公司'],
    ['承诺单位：厦门璟泰进出口有限公司', COMPANY_LABEL, '厦门璟泰进出口有限公司'],
  ])('%s → %s', (line, label, value) => {
    expect(valueAfterLabel(line, label)).toBe(value);
  });

  it('tells the printed-name line from the signing line', () => {
    expect(isLegalRepLine('法定代表人：王鑫璟熠')).toBe(true);
    expect(isLegalRepLine('法定代表人（签字）：')).toBe(false);
    expect(isLegalRepLine('Legal representative (法定代表人): 王鑫璟熠')).toBe(true);
  });
});

describe('page geometry', () => {
  it('maps the layout marks onto a photographed quad and back', () => {
    const marks = registrationMarkCentres();
    const photo = [
      { x: 310, y: 205 },
      { x: 1610, y: 240 },
      { x: 1700, y: 2250 },
      { x: 250, y: 2190 },
    ];
    const h = solveHomography(marks, photo);
    marks.forEach((m, i) => {
      expect(apply(h, m).x).toBeCloseTo(photo[i]!.x, 6);
      expect(apply(h, m).y).toBeCloseTo(photo[i]!.y, 6);
    });
    const back = solveHomography(photo, marks);
    expect(apply(back, apply(h, { x: 150, y: 245 })).x).toBeCloseTo(150, 6);
    const box = mapBox(h, sealAreaBox());
    expect(box.width).toBeGreaterThan(200);
  });

  it('warps pixels bilinearly and leaves outside areas white', () => {
    const src = { data: new Uint8Array(4 * 4 * 3).fill(0), width: 4, height: 4 };
    const identity = [1, 0, 0, 0, 1, 0, 0, 0, 1];
    const out = warp(src, identity, 6, 6);
    expect(out.data[0]).toBe(0);
    expect(out.data[(5 * 6 + 5) * 3]).toBe(255);
  });

  it('scales millimetre boxes to any page image', () => {
    const px = mmBoxToPixels({ x: 21, y: 29.7, width: 42, height: 29.7 }, { width: 2100, height: 2970 });
    expect(px).toEqual({ x: 210, y: 297, width: 420, height: 297 });
    expect(A4_MM.width / A4_MM.height).toBeCloseTo(0.707, 3);
  });
});

describe('raster helpers', () => {
  it('labels 8-connected components with their boxes', () => {
    const mask = Uint8Array.from([1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1]);
    const cs = components(mask, 4, 4).sort((a, b) => b.area - a.area);
    expect(cs.map((c) => c.area)).toEqual([4, 3]);
    expect(cs[0]).toMatchObject({ minX: 2, maxX: 3, minY: 1, maxY: 3 });
    expect(cs[1]).toMatchObject({ minX: 0, maxX: 1, minY: 0, maxY: 1 });
  });

  it('separates two brightness groups and measures focus', () => {
    const data = new Uint8Array(100);
    for (let i = 0; i < 100; i++) data[i] = i % 2 === 0 ? 20 : 230;
    const t = otsu({ data, width: 10, height: 10 });
    expect(t).toBeGreaterThanOrEqual(20);
    expect(t).toBeLessThan(230);
    const flat = new Uint8Array(100).fill(128);
    expect(laplacianVariance({ data: flat, width: 10, height: 10 }, { x: 0, y: 0, width: 10, height: 10 })).toBe(0);
    expect(laplacianVariance({ data, width: 10, height: 10 }, { x: 0, y: 0, width: 10, height: 10 })).toBeGreaterThan(
      1000,
    );
  });
});
