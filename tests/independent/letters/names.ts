/**
 * Plausible fake sellers for the independent letters: company names in the shapes sellers really have
 * (city prefix, city in brackets, long names that wrap, 个体工商户 and 个人独资), legal representatives
 * of 2–4 characters, valid 统一社会信用代码, and one-character near misses for the mismatch cases.
 */
import type { Rng } from './rng';

export interface Seller {
  companyName: string;
  uscc: string;
  legalRepresentative: string;
  /** 'company' | 'individual' (个体工商户: the licence says 经营者) | 'sole' (个人独资: 投资人) */
  kind: 'company' | 'individual' | 'sole';
  shopName: string;
}

const CITIES: { name: string; code: string; district: string }[] = [
  { name: '杭州', code: '330106', district: '西湖区' },
  { name: '深圳', code: '440305', district: '南山区' },
  { name: '广州', code: '440106', district: '天河区' },
  { name: '义乌', code: '330782', district: '稠城街道' },
  { name: '宁波', code: '330212', district: '鄞州区' },
  { name: '东莞', code: '441900', district: '长安镇' },
  { name: '泉州', code: '350503', district: '丰泽区' },
  { name: '苏州', code: '320505', district: '虎丘区' },
  { name: '金华', code: '330702', district: '婺城区' },
  { name: '汕头', code: '440507', district: '龙湖区' },
  { name: '厦门', code: '350206', district: '湖里区' },
  { name: '温州', code: '330302', district: '鹿城区' },
  { name: '佛山', code: '440604', district: '禅城区' },
  { name: '中山', code: '442000', district: '小榄镇' },
];
const TRADES = [
  '鸿瑞',
  '锦程',
  '星悦',
  '佳禾',
  '博远',
  '盛泰',
  '翔宇',
  '恒达',
  '聚福',
  '优品',
  '万象',
  '睿智',
  '晨曦',
  '卓越',
  '凯旋',
  '华韵',
  '宏图',
  '昊天',
  '铭扬',
  '智汇',
  '瑞丰',
  '朗润',
  '云帆',
  '金辉',
  '泽坤',
  '悦享',
  '森禾',
  '骐骥',
  '汇鑫',
  '鼎盛',
  '璟晟',
  '熠辉',
  '嘉懿',
  '澜庭',
  '沐阳',
  '启航',
];
const INDUSTRIES = [
  '玩具',
  '电子科技',
  '服饰',
  '家居用品',
  '贸易',
  '进出口',
  '户外用品',
  '五金制品',
  '箱包',
  '饰品',
  '母婴用品',
  '宠物用品',
  '照明科技',
  '网络科技',
  '电子商务',
  '美妆',
  '体育用品',
  '工艺品',
  '灯饰',
];
const LONG_INDUSTRIES = ['跨境电子商务', '智能家居科技发展', '国际供应链管理', '户外运动用品制造', '文化创意用品'];
const SHOPS = ['商行', '饰品店', '服装店', '日用品商行', '电子商务商行', '百货店'];
/** Near-miss replacements: what a different but similar company or person would be called. */
const SIMILAR: Record<string, string> = {
  瑞: '锐',
  锐: '瑞',
  鑫: '新',
  新: '鑫',
  盛: '胜',
  达: '大',
  程: '成',
  辉: '晖',
  宇: '雨',
  博: '波',
  泰: '太',
  华: '国',
  国: '华',
  明: '鸣',
  伟: '玮',
  丽: '莉',
  静: '婧',
  军: '君',
  杰: '洁',
  涛: '韬',
  平: '萍',
  刚: '钢',
  英: '瑛',
  芳: '方',
  玲: '琳',
  琳: '玲',
  浩: '皓',
  婷: '亭',
  晨: '辰',
  峰: '锋',
  海: '涵',
  志: '智',
  红: '宏',
  文: '雯',
  俊: '骏',
  波: '博',
  晓: '小',
  思: '斯',
  欣: '昕',
  怡: '宜',
  涵: '寒',
  嘉: '佳',
  佳: '嘉',
  轩: '宣',
  泽: '择',
  禾: '和',
  悦: '月',
  远: '源',
  翔: '祥',
  恒: '衡',
  福: '富',
  品: '拼',
  象: '向',
  智: '志',
  曦: '希',
  越: '跃',
  旋: '璇',
  韵: '运',
  图: '途',
  天: '添',
  扬: '阳',
  汇: '惠',
  丰: '峰',
  润: '闰',
  帆: '凡',
  金: '锦',
  坤: '昆',
  享: '翔',
  森: '林',
  骥: '冀',
  鼎: '顶',
  晟: '胜',
  熠: '奕',
  懿: '意',
  庭: '廷',
  阳: '扬',
  航: '杭',
  鸿: '宏',
  锦: '金',
  星: '兴',
  聚: '巨',
  优: '尤',
  万: '旺',
  卓: '琢',
  凯: '恺',
  宏: '鸿',
  昊: '浩',
  铭: '明',
  朗: '郎',
  云: '芸',
  澜: '兰',
  沐: '木',
  启: '起',
  建: '健',
  勇: '永',
};
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '田',
  '董',
  '潘',
  '袁',
  '蔡',
  '蒋',
  '余',
  '叶',
  '程',
  '魏',
  '苏',
  '吕',
  '丁',
  '沈',
  '姚',
  '卢',
  '钟',
  '谭',
  '陆',
  '汪',
  '范',
  '金',
  '石',
  '廖',
  '夏',
  '方',
];
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '慕容', '东方'];
const GIVEN = [
  '建',
  '国',
  '华',
  '伟',
  '明',
  '丽',
  '静',
  '敏',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '超',
  '秀',
  '霞',
  '平',
  '刚',
  '英',
  '芳',
  '燕',
  '玲',
  '鑫',
  '浩',
  '宇',
  '婷',
  '雪',
  '琳',
  '晨',
  '辉',
  '峰',
  '海',
  '志',
  '红',
  '文',
  '斌',
  '俊',
  '波',
  '晓',
  '思',
  '欣',
  '怡',
  '涵',
  '博',
  '嘉',
  '瑶',
  '睿',
  '轩',
  '泽',
];

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** A valid 18-character code (GB 32100-2015 check character, GB 11714 organisation code inside). */
export function makeUscc(rng: Rng, prefix: '91' | '92', area: string): string {
  const orgBody = Array.from({ length: 8 }, () => USCC_CHARS[rng.int(0, 9)] ?? '0').join('');
  const orgSum = [...orgBody].reduce((s, c, i) => s + USCC_CHARS.indexOf(c) * (ORG_WEIGHTS[i] ?? 0), 0);
  const orgCheckValue = 11 - (orgSum % 11);
  const orgCheck = orgCheckValue === 10 ? 'X' : orgCheckValue === 11 ? '0' : String(orgCheckValue);
  const body = `${prefix}${area}${orgBody}${orgCheck}`;
  const sum = [...body].reduce((s, c, i) => s + USCC_CHARS.indexOf(c) * (USCC_WEIGHTS[i] ?? 0), 0);
  const check = USCC_CHARS[(31 - (sum % 31)) % 31] ?? '0';
  return body + check;
}

export function makePersonName(rng: Rng): string {
  const length = rng.pick([2, 2, 3, 3, 3, 3, 3, 4]);
  if (length === 4) return rng.pick(COMPOUND_SURNAMES) + rng.pick(GIVEN) + rng.pick(GIVEN);
  const given = Array.from({ length: length - 1 }, () => rng.pick(GIVEN)).join('');
  return rng.pick(SURNAMES) + given;
}

function makeCompanyName(rng: Rng, kind: Seller['kind']): { name: string; city: (typeof CITIES)[number] } {
  const city = rng.pick(CITIES);
  const trade = rng.pick(TRADES);
  if (kind === 'individual') {
    return { name: `${city.name}市${city.district}${trade}${rng.pick(SHOPS)}（个体工商户）`, city };
  }
  if (kind === 'sole') return { name: `${city.name}市${trade}${rng.pick(INDUSTRIES)}商行（个人独资）`, city };
  const shape = rng.int(0, 4);
  if (shape === 0) return { name: `${trade}（${city.name}）${rng.pick(INDUSTRIES)}有限公司`, city };
  if (shape === 1) return { name: `${trade}（${city.name}）${rng.pick(LONG_INDUSTRIES)}有限公司`, city };
  if (shape === 2) return { name: `${city.name}市${trade}${rng.pick(LONG_INDUSTRIES)}有限公司`, city };
  if (shape === 3) return { name: `${city.name}${trade}${rng.pick(INDUSTRIES)}有限责任公司`, city };
  return { name: `${city.name}市${trade}${rng.pick(INDUSTRIES)}有限公司`, city };
}

export function makeSeller(rng: Rng): Seller {
  const kind = rng.pick(['company', 'company', 'company', 'company', 'company', 'individual', 'sole'] as const);
  const { name, city } = makeCompanyName(rng, kind);
  return {
    companyName: name,
    uscc: makeUscc(rng, kind === 'individual' ? '92' : '91', city.code),
    legalRepresentative: makePersonName(rng),
    kind,
    shopName: `${name.replace(/（.*?）|有限公司|有限责任公司/g, '').slice(-4)}${rng.pick(['旗舰店', '专营店', '官方店', 'Store'])}`,
  };
}

/** Changes one character (from index `from` on) to a similar-looking or similar-sounding one. */
function oneCharOff(rng: Rng, text: string, from: number, to: number): string {
  const positions = rng.shuffle(Array.from({ length: to - from }, (_, i) => i + from));
  for (const i of positions) {
    const c = text[i] ?? '';
    const replacement = SIMILAR[c];
    if (replacement) return text.slice(0, i) + replacement + text.slice(i + 1);
  }
  const i = positions[0] ?? from;
  const other = GIVEN.filter((g) => g !== text[i]);
  return text.slice(0, i) + rng.pick(other) + text.slice(i + 1);
}

/** 王建国 → 王建华: same surname, one given-name character different. */
export function nearMissPerson(rng: Rng, name: string): string {
  const surname = COMPOUND_SURNAMES.some((s) => name.startsWith(s)) ? 2 : 1;
  return oneCharOff(rng, name, surname, name.length);
}

/** 鸿瑞（杭州）玩具有限公司 → 鸿锐（杭州）玩具有限公司: one character of the trade name differs. */
export function nearMissCompany(rng: Rng, name: string): string {
  const trade = TRADES.find((t) => name.includes(t));
  if (!trade) return oneCharOff(rng, name, 0, 2);
  const at = name.indexOf(trade);
  return oneCharOff(rng, name, at, at + trade.length);
}

/** The same name with half-width brackets, as a Word copy typed on an English keyboard prints it. */
export function halfWidthBrackets(name: string): string {
  return name.replace(/（/g, '(').replace(/）/g, ')');
}

/** The city a seller's name mentions (for the licence's address and registration authority). */
export function cityOf(name: string): string {
  return CITIES.find((c) => name.includes(c.name))?.name ?? '杭州';
}
