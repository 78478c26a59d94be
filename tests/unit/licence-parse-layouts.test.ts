import { describe, expect, it } from 'vitest';
import { parseLicence, type ParseLine } from '../../shared/licence-parse';
import { endsAsName, trimCompanyName } from '../../shared/licence-name';
import { hasUsccStructure } from '../../shared/uscc';

/** An OCR line with a box; characters ~40 px wide, rows 40 px tall. */
function at(text: string, x: number, y: number, extra: Partial<ParseLine> = {}): ParseLine {
  return { text, confidence: 0.98, box: { x, y, width: text.length * 40, height: 40 }, ...extra };
}

const CODE = '91350100M000100Y43';

describe('parseLicence: labels whatever their spacing', () => {
  it('joins 负 | 责 | 人 printed far apart', () => {
    const p = parseLicence([at('负', 100, 600), at('责', 300, 600), at('人', 500, 600), at('刘志良', 700, 600)]);
    expect(p.fields.legalRepresentative).toMatchObject({ value: '刘志良', label: '负责人' });
  });

  it('joins 经 | 营 | 场 | 所 with a speck between', () => {
    const p = parseLicence([
      at('经', 100, 600),
      at('营', 250, 600),
      at('·', 330, 600),
      at('场', 400, 600),
      at('所', 550, 600),
      at('深圳市龙岗区吉华街道1号', 700, 600),
    ]);
    expect(p.fields.address?.value).toBe('深圳市龙岗区吉华街道1号');
  });

  it('takes a lone 称 whose 名 was lost as the name label', () => {
    const p = parseLicence([at('称', 500, 400), at('景德镇市龙飞物流有限公司', 650, 400)]);
    expect(p.fields.companyName?.value).toBe('景德镇市龙飞物流有限公司');
  });

  it('pairs a tilted value whose upright box starts left of the label end', () => {
    // Geometry as detected on a framed licence photographed at an angle.
    const angle = (-5.9 * Math.PI) / 180;
    const label = at('称', 131, 272, { box: { x: 131, y: 272, width: 21, height: 17 } });
    const value: ParseLine = {
      text: '景德镇市龙飞物流有限公司',
      confidence: 0.99,
      box: { x: 142, y: 253, width: 158, height: 35 },
      line: { cx: 221, cy: 270.5, width: 157, height: 19, angle },
    };
    expect(parseLicence([label, value]).fields.companyName?.value).toBe('景德镇市龙飞物流有限公司');
  });
});

describe('parseLicence: a name ends at its legal form', () => {
  it('does not join the type row beside its own label as a wrapped name', () => {
    const p = parseLicence([
      at('名', 100, 400),
      at('称', 180, 400),
      at('上海奕铢互联网金融信息服务有限公司', 300, 400),
      at('类', 100, 440),
      at('型', 180, 440),
      at('人有限责任公司（自然人独资）', 300, 442),
    ]);
    expect(p.fields.companyName?.value).toBe('上海奕铢互联网金融信息服务有限公司');
    expect(p.fields.type?.value).toBe('一人有限责任公司（自然人独资）');
  });

  it('does not join the type cell under a name ending in 厂 when its 型 was lost', () => {
    // Boxes as detected on a small electronic-licence scan (seed 20261616, ind-22).
    const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
    const line = (text: string, b: ParseLine['box']): ParseLine => ({ text, confidence: 0.99, box: b });
    const p = parseLicence([
      line('名', box(68, 199, 17, 17)),
      line('称', box(121, 202, 17, 16)),
      line('青岛市星辰服装厂', box(143, 200, 86, 21)),
      line('类', box(67, 221, 16, 21)),
      line('个人独资企业', box(141, 220, 76, 28)),
    ]);
    expect(p.fields.companyName?.value).toBe('青岛市星辰服装厂');
  });

  it('knows a name cut short at its end by its ending', () => {
    expect(endsAsName('苏州市晟世供应链管理商')).toBe(false);
    expect(endsAsName('苏州市晟世供应链管理商行')).toBe(true);
    expect(endsAsName('成都市垚森便利店（个体工商户）')).toBe(true);
    expect(endsAsName('景德镇市旻昊五金制品合伙企业（有限合伙）')).toBe(true);
  });

  it('still joins a name wrapped before its legal form', () => {
    const p = parseLicence([at('名称', 100, 400), at('青岛市星辰服装', 300, 400), at('厂', 300, 445)]);
    expect(p.fields.companyName?.value).toBe('青岛市星辰服装厂');
  });

  it('ignores a latin speck under the label (watermark fragment)', () => {
    const p = parseLicence([
      at('名', 100, 480),
      at('称深圳市匠心帮帮互联网信息服务有限公司', 140, 480),
      at('DG', 130, 522),
      at('型有限责任公司', 200, 522),
    ]);
    expect(p.fields.companyName?.value).toBe('深圳市匠心帮帮互联网信息服务有限公司');
  });

  it.each([
    ['上海奕铢互联网金融信息服务有限公司人有限责任公司（自然人独资）', '上海奕铢互联网金融信息服务有限公司'],
    ['孝感齐天网络有限公司型', '孝感齐天网络有限公司'],
    ['深圳市菜篮食品有限公司龙岗分公司', '深圳市菜篮食品有限公司龙岗分公司'],
    ['深圳市菜篮食品有限公司龙岗分公司有限责任公司分公司', '深圳市菜篮食品有限公司龙岗分公司'],
    ['上海市金山区青丝源保健按摩店（个体工商户）', '上海市金山区青丝源保健按摩店（个体工商户）'],
    ['杭州某某贸易合伙企业（有限合伙）', '杭州某某贸易合伙企业（有限合伙）'],
    ['义乌市某某商行', '义乌市某某商行'],
    ['杭州禾鑫服饰有限公司分公司', '杭州禾鑫服饰有限公司分公司'],
    ['杭州禾鑫服饰有限公司有限责任公司分公司', '杭州禾鑫服饰有限公司'],
  ])('%s → %s', (read, name) => {
    expect(trimCompanyName(read)).toBe(name);
  });
});

describe('parseLicence: never a code that is not printed', () => {
  it('rejects an all-zero run although it passes the check character', () => {
    const p = parseLicence([at('名称', 100, 400), at('某某有限公司', 300, 400), at('000000000000000000', 100, 900)]);
    expect(p.fields.uscc).toBeUndefined();
    expect(hasUsccStructure('000000000000000000')).toBe(false);
    expect(hasUsccStructure(CODE)).toBe(true);
  });

  it('reads the 注册号 of an old licence and finds no code', () => {
    const p = parseLicence([
      at('注册号310141000185002', 600, 200),
      at('名称', 100, 400),
      at('上海奕铢互联网金融信息服务有限公司', 300, 400),
    ]);
    expect(p.registrationNumber).toBe('310141000185002');
    expect(p.fields.uscc).toBeUndefined();
  });

  it('does not take the 15-digit taxpayer number for the registration number', () => {
    const p = parseLicence([
      at('册号360200210067973', 250, 200),
      at('纳税人识别号', 100, 240),
      at('360202343321324', 400, 240),
    ]);
    expect(p.registrationNumber).toBe('360200210067973');
  });
});

describe('parseLicence: a branch name wrapped to the next line', () => {
  it('joins 龙华分公司 under a name complete in its legal form', () => {
    const p = parseLicence([
      at('名称', 100, 600),
      at('苏州市煜晖进出口有限公司', 300, 600),
      at('龙华分公司', 300, 650),
      at('类型', 100, 720),
      at('有限责任公司分公司（自然人投资或控股）', 300, 720),
    ]);
    expect(p.fields.companyName?.value).toBe('苏州市煜晖进出口有限公司龙华分公司');
  });

  it('leaves a closed name alone when the line under it is no branch name', () => {
    const p = parseLicence([
      at('名称', 100, 600),
      at('苏州市煜晖进出口有限公司', 300, 600),
      at('有限责任公司分公司', 300, 650),
    ]);
    expect(p.fields.companyName?.value).toBe('苏州市煜晖进出口有限公司');
  });
});

describe('parseLicence: a speck inside a spaced label', () => {
  it('joins 名 | 東称 (a speck read as a character before 称) and takes the value beside it', () => {
    const p = parseLicence([at('名', 100, 600), at('東称', 160, 600), at('上海市煜晖五金制品有限公司', 260, 600)]);
    expect(p.fields.companyName?.value).toBe('上海市煜晖五金制品有限公司');
  });
});
