import { describe, expect, it } from 'vitest';
import { parseLicence, type ParseLine } from '../../shared/licence-parse';

/** An OCR line with a box; characters ~40 px wide, rows 40 px tall. */
function at(text: string, x: number, y: number, extra: Partial<ParseLine> = {}): ParseLine {
  return { text, confidence: 0.98, box: { x, y, width: text.length * 40, height: 40 }, ...extra };
}

const CODE = '91350100M000100Y43';

/** A typical reading: code under its label, labels and values as separate boxes, right column. */
const BASE: ParseLine[] = [
  at('统一社会信用代码', 100, 100),
  at(CODE, 100, 150),
  at('营业执照', 800, 200),
  at('名称', 200, 400),
  at('杭州鑫璟服饰有限公司', 500, 402),
  at('注册资本', 1300, 400),
  at('伍拾万元整', 1550, 400),
  at('类型', 200, 500),
  at('有限责任公司（自然人投资或控股）', 500, 500),
  at('成立日期', 1300, 500),
  at('2019年03月08日', 1550, 500),
  at('法定代表人', 200, 600),
  at('王熠', 500, 598),
  at('住所', 1300, 600),
  at('浙江省杭州市西湖区文一西路1号', 1550, 600),
];

function replace(lines: ParseLine[], from: string, by: ParseLine[]): ParseLine[] {
  return lines.flatMap((l) => (l.text === from ? by : [l]));
}

describe('parseLicence: key fields', () => {
  it.each<
    [string, ParseLine[], { companyName?: string; uscc?: string; legalRepresentative?: string; repLabel?: string }]
  >([
    [
      'separate label and value boxes',
      BASE,
      { companyName: '杭州鑫璟服饰有限公司', uscc: CODE, legalRepresentative: '王熠', repLabel: '法定代表人' },
    ],
    [
      'label merged with its value',
      replace(replace(BASE, '名称', [at('名称杭州鑫璟服饰有限公司', 200, 400)]), '杭州鑫璟服饰有限公司', []),
      { companyName: '杭州鑫璟服饰有限公司' },
    ],
    [
      'letter-spaced label read as two boxes',
      replace(BASE, '名称', [at('名', 200, 400), at('称', 320, 400)]),
      { companyName: '杭州鑫璟服饰有限公司' },
    ],
    [
      'code beside its label',
      replace(replace(BASE, CODE, []), '统一社会信用代码', [at('统一社会信用代码', 100, 100), at(CODE, 450, 100)]),
      { uscc: CODE },
    ],
    [
      'code in the same box as its label',
      replace(replace(BASE, CODE, []), '统一社会信用代码', [at(`统一社会信用代码${CODE}`, 100, 100)]),
      { uscc: CODE },
    ],
    [
      '负责人 for a branch',
      replace(BASE, '法定代表人', [at('负责人', 200, 600)]),
      { legalRepresentative: '王熠', repLabel: '负责人' },
    ],
    [
      '经营者 for a sole trader',
      replace(BASE, '法定代表人', [at('经营者', 200, 600)]),
      { legalRepresentative: '王熠', repLabel: '经营者' },
    ],
    [
      '执行事务合伙人 with 委派代表 note',
      replace(replace(BASE, '法定代表人', [at('执行事务合伙人', 200, 600)]), '王熠', [
        at('王熠（委派代表）', 500, 600),
      ]),
      { legalRepresentative: '王熠', repLabel: '执行事务合伙人' },
    ],
    [
      '投资人 for a sole proprietorship',
      replace(BASE, '法定代表人', [at('投资人', 200, 600)]),
      { legalRepresentative: '王熠', repLabel: '投资人' },
    ],
    [
      'half-width brackets and stray spaces',
      replace(BASE, '杭州鑫璟服饰有限公司', [at('鑫璟服饰 (杭州) 有限 公司', 500, 402)]),
      { companyName: '鑫璟服饰（杭州）有限公司' },
    ],
    ['spaced person name', replace(BASE, '王熠', [at('王 熠', 500, 598)]), { legalRepresentative: '王熠' }],
    [
      'colon after the label',
      replace(replace(BASE, '名称', [at('名称：杭州鑫璟服饰有限公司', 200, 400)]), '杭州鑫璟服饰有限公司', []),
      { companyName: '杭州鑫璟服饰有限公司' },
    ],
  ])('%s', (_why, lines, expected) => {
    const p = parseLicence(lines);
    if (expected.companyName) expect(p.fields.companyName?.value).toBe(expected.companyName);
    if (expected.uscc) expect(p.fields.uscc?.value).toBe(expected.uscc);
    if (expected.legalRepresentative) expect(p.fields.legalRepresentative?.value).toBe(expected.legalRepresentative);
    if (expected.repLabel) expect(p.fields.legalRepresentative?.label).toBe(expected.repLabel);
  });
});

describe('parseLicence: layout details', () => {
  it('joins a wrapped name with its next printed line', () => {
    const lines = replace(BASE, '杭州鑫璟服饰有限公司', [
      at('杭州鑫璟服饰供应链管理有限公', 500, 402),
      at('司', 500, 446),
    ]);
    expect(parseLicence(lines).fields.companyName?.value).toBe('杭州鑫璟服饰供应链管理有限公司');
  });

  it('does not take the next field row as a continuation', () => {
    expect(parseLicence(BASE).fields.companyName?.value).toBe('杭州鑫璟服饰有限公司');
  });

  it('reads type, founding date and address', () => {
    const p = parseLicence(BASE);
    expect(p.fields.type?.value).toBe('有限责任公司（自然人投资或控股）');
    expect(p.fields.foundedDate?.value).toBe('2019年03月08日');
    expect(p.fields.address?.value).toBe('浙江省杭州市西湖区文一西路1号');
    expect(p.title).toBe(true);
  });

  it('matches rows on a tilted photo using the line angle', () => {
    const angle = (3 * Math.PI) / 180;
    const tilt = (l: ParseLine): ParseLine => {
      const cx = l.box.x + l.box.width / 2;
      const cy = l.box.y + 20 + cx * Math.tan(angle);
      return { ...l, box: { ...l.box, y: cy - 20 }, line: { cx, cy, width: l.box.width, height: 40, angle } };
    };
    const p = parseLicence(BASE.map(tilt));
    expect(p.fields.companyName?.value).toBe('杭州鑫璟服饰有限公司');
    expect(p.fields.legalRepresentative?.value).toBe('王熠');
    expect(p.fields.address?.value).toBe('浙江省杭州市西湖区文一西路1号');
  });

  it('corrects an O read in the code and reports it', () => {
    const p = parseLicence(replace(BASE, CODE, [at('9135O1OOM000100Y43', 100, 150)]));
    expect(p.uscc).toMatchObject({ code: CODE, valid: true, corrected: true });
  });

  it('keeps an invalid code only as the read, never as the field', () => {
    const p = parseLicence(replace(BASE, CODE, [at('91350100M000100Y44', 100, 150)]));
    expect(p.fields.uscc).toBeUndefined();
    expect(p.uscc).toMatchObject({ code: '91350100M000100Y44', valid: false });
  });

  it('finds nothing on a page that is not a licence', () => {
    const p = parseLicence([at('购物小票', 600, 100), at('商品1 数量 2 金额 35.00 元', 100, 300)]);
    expect(p.fields).toEqual({});
    expect(p.uscc).toBeNull();
    expect(p.title).toBe(false);
  });

  it('gives each field its region and confidence', () => {
    const f = parseLicence(BASE).fields.companyName;
    expect(f?.region).toEqual({ x: 500, y: 402, width: 400, height: 40 });
    expect(f?.confidence).toBeCloseTo(0.98);
  });
});
