import { describe, expect, it } from 'vitest';
import { parseLicence, type ParseLine } from '../../shared/licence-parse';
import { cleanAddress, cutAtNextLabel, cutDate, restoreTypeStart } from '../../shared/licence-values';

/** A detected line by its centre and size (as PaddleOCR gives it), upright. */
function line(text: string, cx: number, cy: number, width: number, height: number): ParseLine {
  return {
    text,
    confidence: 0.98,
    box: { x: cx - width / 2, y: cy - height / 2, width, height },
    line: { cx, cy, width, height, angle: 0 },
  };
}

describe('a licence value ends at the next label or cell', () => {
  // Geometry as detected on a real pre-2015 Shanghai licence (634×940): the address is set in
  // smaller print a little above its 住 | 所 label's centre, just under the type.
  const oldShanghai = [
    line('名', 123, 420, 16, 20),
    line('上海奕铁互联网金融信息服务有限公司', 355, 422, 282, 23),
    line('称', 189, 422, 23, 22),
    line('类', 122, 448, 21, 27),
    line('型', 190, 448, 22, 23),
    line('人有限责任公司（自然人独资）', 328, 449, 238, 22),
    line('中国（上海）自由贸易试验区奥纳路188号1幢5层577室', 369, 468, 317, 18),
    line('所', 190, 475, 20, 23),
    line('住', 123, 477, 19, 25),
    line('李振鲁', 237, 504, 53, 22),
    line('法定代表人', 156, 504, 89, 24),
    line('成立日期', 156, 559, 87, 22),
    line('2015年8月3日', 272, 561, 127, 23),
  ];

  it('does not run the type into the address set just under it', () => {
    const p = parseLicence(oldShanghai);
    expect(p.fields.type?.value).toBe('一人有限责任公司（自然人独资）');
    expect(p.fields.address?.value).toBe('中国（上海）自由贸易试验区奥纳路188号1幢5层577室');
    expect(p.fields.legalRepresentative?.value).toBe('李振鲁');
    expect(p.fields.foundedDate?.value).toBe('2015年8月3日');
  });

  it('does not take the next row value as a wrapped address when that row lost its label start (营者 | 吴军)', () => {
    const p = parseLicence([
      line('住', 247, 914, 55, 82),
      line('所湖北省武汉市武昌区人民路300号2楼803室', 880, 928, 916, 72),
      line('营者', 405, 1006, 177, 75),
      line('吴军', 567, 1012, 103, 58),
    ]);
    expect(p.fields.address?.value).toBe('湖北省武汉市武昌区人民路300号2楼803室');
  });

  it('still joins a wrapped address line', () => {
    const p = parseLicence([
      line('住所', 100, 500, 80, 40),
      line('广东省深圳市南山区粤海街道科技园社区科苑路', 560, 500, 800, 40),
      line('15号科兴科学园B栋4单元1001', 460, 548, 600, 40),
      line('法定代表人', 140, 620, 200, 40),
      line('陈敏', 300, 620, 80, 40),
    ]);
    expect(p.fields.address?.value).toBe('广东省深圳市南山区粤海街道科技园社区科苑路15号科兴科学园B栋4单元1001');
    expect(p.fields.legalRepresentative?.value).toBe('陈敏');
  });

  it('cuts a value at another cell label inside its box', () => {
    expect(cutAtNextLabel('有限责任公司成立日期2015年8月3日')).toBe('有限责任公司');
    expect(cutAtNextLabel('某市某路8号注册资本伍拾万元')).toBe('某市某路8号');
    // 住所 inside an address is part of it.
    expect(cutAtNextLabel('合祥路26号首层之七（住所申报）')).toBe('合祥路26号首层之七（住所申报）');
  });

  it('keeps only the date of a founding-date cell, its lost 日 put back', () => {
    expect(cutDate('月2017年12月04日')).toBe('2017年12月04日');
    expect(cutDate('2014年06月01')).toBe('2014年06月01日');
    expect(cutDate('2015年8月3日营业期限')).toBe('2015年8月3日');
    expect(cutDate('二〇一五年')).toBe('二〇一五年');
  });

  it('drops specks around an address, never a real first character', () => {
    expect(cleanAddress('‘江苏省苏州市吴中区人民路328号')).toBe('江苏省苏州市吴中区人民路328号');
    expect(cleanAddress('广上海市浦东新区滨江大道503号')).toBe('上海市浦东新区滨江大道503号');
    expect(cleanAddress('滨江大道438号·11楼289室')).toBe('滨江大道438号11楼289室');
    expect(cleanAddress('广西壮族自治区南宁市青秀区')).toBe('广西壮族自治区南宁市青秀区');
    expect(cleanAddress('深圳市宝安区福海街道')).toBe('深圳市宝安区福海街道');
    expect(cleanAddress('中国（上海）自由贸易试验区')).toBe('中国（上海）自由贸易试验区');
  });

  it('restores the one-stroke 一 of 一人有限责任公司 only', () => {
    expect(restoreTypeStart('人有限责任公司（自然人独资）')).toBe('一人有限责任公司（自然人独资）');
    expect(restoreTypeStart('有限责任公司（自然人独资）')).toBe('有限责任公司（自然人独资）');
  });
});

describe('a person label whose first character was lost', () => {
  it('reads 营者 | 吴军 as the 经营者 row', () => {
    const p = parseLicence([line('营者', 405, 1006, 177, 75), line('吴军', 567, 1012, 103, 58)]);
    expect(p.fields.legalRepresentative).toMatchObject({ value: '吴军', label: '经营者' });
  });

  it('keeps a type clear of a ruling and speck after it', () => {
    expect(restoreTypeStart('有限合伙企业|送')).toBe('有限合伙企业');
  });
});
