/**
 * Where a licence value ends (pure). A value runs from its label to the next label or cell:
 * on two-column layouts one OCR box can hold a value and the next cell (有限责任公司成立日期
 * 2015年…, 某路8号注册资本…), and a date cell can pick up the one beside it.
 */

/**
 * Labels that start another cell inside a box. 住所 and 名称 are left out: they occur inside
 * real values (…首层之七（住所申报）).
 */
const CELL_LABELS = [
  '统一社会信用代码',
  '执行事务合伙人',
  '法定代表人',
  '主要经营场所',
  '注册资本',
  '成立日期',
  '注册日期',
  '营业期限',
  '经营期限',
  '合伙期限',
  '经营范围',
  '登记机关',
  '实收资本',
  '出资额',
  '类型',
];

/** The value up to the first other cell's label inside it (a label at its start is kept: nothing to cut). */
export function cutAtNextLabel(value: string): string {
  let end = value.length;
  for (const label of CELL_LABELS) {
    const at = value.indexOf(label, 1);
    if (at > 0 && at < end) end = at;
  }
  return value.slice(0, end);
}

/**
 * A founding date is its 年月日 run: a speck or the next cell around it is dropped (月2017年12月04日
 * took a piece of the row above), and a last 日 the recogniser lost is put back.
 */
export function cutDate(value: string): string {
  const m = /\d{4}年\d{1,2}月\d{1,2}(日|$)/.exec(value);
  if (!m) return value;
  return m[1] ? m[0] : `${m[0]}日`;
}

/** Province-level names an address starts with (GB/T 2260), for a speck read before them. */
const PROVINCE_START =
  /^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(省|市|自治区|壮族|回族|维吾尔|特别行政区)/;

/**
 * An address: quote marks and dots are no part of one (a speck read as ‘ or ·), and one
 * character before a province's full name is a speck too (广上海市…).
 */
export function cleanAddress(value: string): string {
  const t = value.replace(/[‘’“”'"`·・•]/g, '');
  return !PROVINCE_START.test(t) && PROVINCE_START.test(t.slice(1)) ? t.slice(1) : t;
}

/**
 * Entity types whose first character is one stroke (一人有限责任公司): detection often
 * leaves the 一 out, and 人有限责任公司 is no type. Restored only in that exact form.
 */
export function restoreTypeStart(value: string): string {
  // A bar is a cell's ruling or a speck, never part of a type (有限合伙企业|送).
  const t = value.replace(/[|丨].*$/, '');
  return t.startsWith('人有限责任公司') ? `一${t}` : t;
}
