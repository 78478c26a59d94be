/**
 * Where a company name ends (pure). A registered name ends in its legal form (有限公司,
 * 股份有限公司, （个体工商户）, 合伙企业…); on older two-column layouts OCR lines run on into
 * the type cell or pick up a stray box, e.g. 上海某某有限公司人有限责任公司（自然人独资）, 某某有限公司型,
 * 某某有限公司DG. After a legal form only a branch's own name may follow (…有限公司龙岗分公司).
 */

/** Legal-form endings that close a name: nothing but a branch name may follow them. */
const CLOSING_FORMS = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '（个体工商户）',
  '合伙企业（有限合伙）',
  '合伙企业（普通合伙）',
  '（有限合伙）',
  '（普通合伙）',
  '合伙企业',
  '农民专业合作社',
  '分公司',
];

/** Endings a branch or a sole trader's name may have (checked on what follows a closing form). */
const BRANCH_TAIL = /^[\u4e00-\u9fff]{0,14}(分公司|分店|分厂|营业部|经营部|门市部|办事处|分部|分行|支行|分所|分中心)$/;
/** Words that start an entity type, never a branch name: 有限责任公司（自然人独资）, 人有限责任… */
const TYPE_START =
  /^(人?有限责任|股份|个人独资|普通合伙|有限合伙|个体|全民|集体|外商|台港澳|农民专业|其他|非公司|法人|自然人)/;

/** Name-ending forms the parser trusts enough to stop joining a wrapped next line. */
const NAME_ENDINGS = [
  ...CLOSING_FORMS,
  '商行',
  '工作室',
  '经营部',
  '门市部',
  '营业部',
  '事务所',
  '店',
  '厂',
  '中心',
  '馆',
  '社',
  '部',
  '场',
  '行',
];

function earliestClosing(name: string, from: number): number {
  let best = -1;
  for (const form of CLOSING_FORMS) {
    const at = name.indexOf(form, from);
    if (at < 0) continue;
    // 合伙企业 is often followed by its kind in brackets, which belongs to the name.
    const kind = /^（(有限合伙|普通合伙|特殊普通合伙)）/.exec(name.slice(at + form.length));
    const end = at + form.length + (kind?.[0].length ?? 0);
    if (best < 0 || end < best) best = end;
  }
  return best;
}

/** Cuts a name after its legal form when what follows is another cell (type, a speck, a watermark). */
export function trimCompanyName(name: string): string {
  let end = earliestClosing(name, 0);
  while (end > 0 && end < name.length) {
    const rest = name.slice(end);
    if (TYPE_START.test(rest)) break;
    // A branch: keep the branch's name up to its own ending, then look again.
    const next = earliestClosing(name, end);
    const tail = next > 0 ? name.slice(end, next) : rest;
    if (!BRANCH_TAIL.test(tail)) break;
    end = next > 0 ? next : name.length;
  }
  return end > 0 ? name.slice(0, end) : name;
}

/**
 * A line that is a branch's own name on its own (龙华分公司): under a name that ends in its
 * legal form, that is the name wrapped, not the next field (an entity type starts otherwise).
 */
export function isBranchName(text: string): boolean {
  return BRANCH_TAIL.test(text) && !TYPE_START.test(text);
}

/** The name already ends in a legal form: a line below it is another field, not a wrap. */
export function endsWithLegalForm(name: string): boolean {
  return CLOSING_FORMS.some((f) => name.endsWith(f));
}

/** A closing form followed by a branch name whose own ending is cut off (…有限公司城南分 / 分公). */
export function endsInCutBranch(name: string): boolean {
  const end = earliestClosing(name, 0);
  return end > 0 && end < name.length && /^[\u4e00-\u9fff]{1,14}(分|分公)$/.test(name.slice(end));
}

/**
 * A whole entity type as the 类型 cell prints it (个人独资企业, 有限责任公司（自然人独资）…):
 * never a name's own second line. A name's wrapped 股份有限公司 has no bracket after it.
 */
const ENTITY_TYPE =
  /^(个人独资企业|个体工商户|(特殊)?普通合伙企业|有限合伙企业|(一人|人)?有限责任公司[（(]|股份有限公司[（(]|(全民|集体)所有制)/;

/**
 * The line below a name that already ends as a name does (厂, 店, 商行…) is the type cell, not a
 * wrap, when it spells an entity type: 青岛市星辰服装厂 over 个人独资企业 (its 类型 label read as a
 * lone 类, so that cell's value was not claimed by its own label).
 */
export function isTypeBelowName(name: string, below: string): boolean {
  return NAME_ENDINGS.some((f) => name.endsWith(f)) && ENTITY_TYPE.test(below);
}

/** Endings a registered name may have beyond NAME_ENDINGS (older or rarer forms). */
const OTHER_ENDINGS = ['公司', '企业', '合作社', '所', '院', '站', '室', '园', '城', '坊', '铺'];

/**
 * Whether a name ends as registered names do. One that does not (…供应链管理商, …服饰商: the
 * 行 of 商行 lost) is shown for confirmation: a cut-off end leaves no other trace.
 */
export function endsAsName(name: string): boolean {
  return [...NAME_ENDINGS, ...OTHER_ENDINGS].some((f) => name.endsWith(f));
}
