/**
 * Content of the independent synthetic licences: its own word pools and its own credit-code
 * arithmetic (GB 32100-2015, written from the standard, not imported from the app), so a
 * mistake in the app's code cannot hide in the fixtures.
 */
export type Rng = () => number;
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
export const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

export type EntityKind =
  'company' | 'branch' | 'soleTrader' | 'soleProprietorship' | 'partnership' | 'jointStock' | 'studio' | 'factory';
export type LicenceFacts = {
  kind: EntityKind;
  companyName: string;
  /** null on an old-format licence (only a 注册号 is printed). */
  uscc: string | null;
  registrationNumber: string | null;
  legalRepresentative: string;
  repLabel: string;
  type: string;
  address: string;
  founded: string;
  capital: string;
};

/** Real GB/T 2260 county-level codes with their place names (city, district). */
const PLACES = [
  { code: '440300', city: '深圳市', district: '南山区', province: '广东省' },
  { code: '440606', city: '佛山市', district: '顺德区', province: '广东省' },
  { code: '330106', city: '杭州市', district: '西湖区', province: '浙江省' },
  { code: '330782', city: '义乌市', district: '稠城街道', province: '浙江省' },
  { code: '350582', city: '晋江市', district: '陈埭镇', province: '福建省' },
  { code: '310115', city: '上海市', district: '浦东新区', province: '' },
  { code: '110105', city: '北京市', district: '朝阳区', province: '' },
  { code: '320506', city: '苏州市', district: '吴中区', province: '江苏省' },
  { code: '420106', city: '武汉市', district: '武昌区', province: '湖北省' },
  { code: '370211', city: '青岛市', district: '黄岛区', province: '山东省' },
  { code: '360202', city: '景德镇市', district: '昌江区', province: '江西省' },
  { code: '500103', city: '重庆市', district: '渝中区', province: '' },
  { code: '410105', city: '郑州市', district: '金水区', province: '河南省' },
  { code: '510107', city: '成都市', district: '武侯区', province: '四川省' },
  { code: '440106', city: '广州市', district: '天河区', province: '广东省' },
] as const;

const CORES = [
  '星辰',
  '鑫源',
  '华茂',
  '启航',
  '锦程',
  '瑞丰',
  '蓝海',
  '恒达',
  '优品',
  '嘉禾',
  '璟泰',
  '博远',
  '森淼',
  '晟世',
  '骏驰',
  '宏图',
  '汇智',
  '喆诚',
  '煜晖',
  '云帆',
  // Rare characters seen in real names (v3).
  '铢衡',
  '燚鑫',
  '旻昊',
  '堃泽',
  '淼焱',
  '垚森',
];
const TRADES = [
  '电子商务',
  '服饰',
  '贸易',
  '网络科技',
  '进出口',
  '供应链管理',
  '家居用品',
  '箱包',
  '信息技术',
  '文化传媒',
  '五金制品',
  '日用品',
];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '欧阳',
  '诸葛',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '涛',
  '明',
  '超',
  '秀英',
  '晓东',
  '海燕',
  '志强',
  '丽娟',
  '彧',
  '熠',
  '珏',
  '昊天',
  '旻',
  '喆',
  '堃',
  '燚',
  '铢',
  '翀',
];
const STREETS = ['科技园路', '建设大道', '人民路', '解放西路', '工业二路', '滨江大道', '中山北路', '创业路'];

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A credit code with a correct check character (GB 32100-2015, clause 5). */
export function makeCode(rng: Rng, lead: string, division: string): string {
  let body = lead + division;
  // Organisation part: 9 characters from the charset (digits mostly, as printed codes are).
  for (let i = 0; i < 9; i++) body += rng() < 0.7 ? String(between(rng, 0, 9)) : pick(rng, CHARSET.slice(10).split(''));
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(body[i] as string) * (WEIGHTS[i] as number);
  return body + CHARSET[(31 - (sum % 31)) % 31];
}

function person(rng: Rng): string {
  return pick(rng, SURNAMES) + pick(rng, GIVEN) + (rng() < 0.4 ? pick(rng, GIVEN).slice(0, 1) : '');
}

type KindSpec = {
  label: string;
  type: string;
  lead: string;
  name: (rng: Rng, p: string, core: string, trade: string) => string;
};
const KINDS: Record<EntityKind, KindSpec> = {
  company: {
    label: '法定代表人',
    type: '有限责任公司（自然人投资或控股）',
    lead: '91',
    name: (_r, p, c, t) => `${p}${c}${t}有限公司`,
  },
  branch: {
    label: '负责人',
    type: '有限责任公司分公司（自然人投资或控股）',
    lead: '91',
    name: (r, p, c, t) => `${p}${c}${t}有限公司${pick(r, ['龙华', '城南', '高新'])}分公司`,
  },
  soleTrader: {
    label: '经营者',
    type: '个体工商户',
    lead: '92',
    name: (r, p, c) => `${p}${c}${pick(r, ['服装店', '便利店', '电子商行'])}（个体工商户）`,
  },
  soleProprietorship: { label: '投资人', type: '个人独资企业', lead: '91', name: (_r, p, c, t) => `${p}${c}${t}商行` },
  partnership: {
    label: '执行事务合伙人',
    type: '有限合伙企业',
    lead: '91',
    name: (_r, p, c, t) => `${p}${c}${t}合伙企业（有限合伙）`,
  },
  jointStock: {
    label: '法定代表人',
    type: '股份有限公司（非上市、自然人投资或控股）',
    lead: '91',
    name: (_r, p, c, t) => `${p}${c}${t}股份有限公司`,
  },
  // A sole trader's shop named without the （个体工商户） suffix: 工作室 / 经营部.
  studio: {
    label: '经营者',
    type: '个体工商户',
    lead: '92',
    name: (r, p, c) => `${p}${c}${pick(r, ['设计工作室', '百货经营部'])}`,
  },
  factory: {
    label: '投资人',
    type: '个人独资企业',
    lead: '91',
    name: (r, p, c) => `${p}${c}${pick(r, ['服装厂', '五金厂', '包装制品厂'])}`,
  },
};

/** The facts printed on one licence; `old` makes a pre-2015 licence with a 15-digit 注册号. */
export function makeFacts(rng: Rng, kind: EntityKind, old: boolean): LicenceFacts {
  const place = pick(rng, PLACES);
  const spec = KINDS[kind];
  const companyName = spec.name(rng, place.city, pick(rng, CORES), pick(rng, TRADES));
  const year = old ? between(rng, 2006, 2014) : between(rng, 2016, 2024);
  return {
    kind,
    companyName,
    uscc: old ? null : makeCode(rng, spec.lead, place.code),
    registrationNumber: old ? `${place.code}${String(between(rng, 100000000, 999999999))}` : null,
    legalRepresentative: person(rng),
    repLabel: spec.label,
    type: spec.type,
    address: `${place.province}${place.city}${place.district}${pick(rng, STREETS)}${between(rng, 1, 999)}号${between(rng, 1, 30)}楼${between(rng, 101, 2599)}室`,
    founded: `${year}年${String(between(rng, 1, 12)).padStart(2, '0')}月${String(between(rng, 1, 28)).padStart(2, '0')}日`,
    capital: `${pick(rng, ['壹', '伍', '拾', '壹佰', '伍佰'])}${pick(rng, ['万元整', '拾万元整'])}`,
  };
}
