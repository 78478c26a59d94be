/**
 * What kind of document a page is, from the words read on it (pure). A mainland business
 * licence prints 营业执照; an ID card, a Hong Kong or foreign company registration, or another
 * permit print their own titles and labels. Only clear words count: an unsure page stays
 * `null` and is judged by the licence fields found.
 */
export type DocumentKind = 'idCard' | 'foreignRegistration' | 'otherCertificate';

const ID_CARD = [/公民身份/, /身份号码/, /居民身份证/];
const ID_CARD_LABELS = [/^姓名/, /^性别/, /^民族/, /^出生/];
const FOREIGN = [
  /註冊證明書|注册证明书/,
  /公司註冊|商業登記|商业登记证/,
  /CERTIFICATEOFINCORPORATION/i,
  /REGISTRAROFCOMPANIES/i,
  /COMPANIESORDINANCE/i,
  /BUSINESSREGISTRATION/i,
  /INCORPORATED/i,
  /SECRETARYOFSTATE/i,
  /CORPORATEREGULATORY/i,
  /PTE\.?LTD/i,
];

/**
 * A page read as mostly Latin letters (an English company certificate, a foreign registry's
 * profile) with no licence title: a mainland licence is printed in Chinese, its only Latin
 * text the credit code. Needs enough text read that a few specks cannot decide it.
 */
function mostlyLatin(all: string[]): boolean {
  const text = all.join('');
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return latin >= 60 && latin > 4 * cjk;
}
/** A short title line ending in another certificate's name (not 凭…许可证经营 in the scope). */
const OTHER_TITLE = /^[^凭]{0,10}(许可证|登记证|代码证|资格证|备案证|注册证|资质证书)$/;

/**
 * Line starts of another certificate's own labels (a permit's 许可证编号), never printed on a
 * licence: they show a permit lying beside one even when its title line was not read.
 */
const OTHER_LABEL_START = /^许可证(编号?|号)/;

const flat = (t: string): string => t.replace(/\s+/g, '');

/** Other documents seen among the texts read (a licence may show one beside it). */
export function otherDocumentIn(texts: string[]): DocumentKind | null {
  const all = texts.map(flat).filter(Boolean);
  const has = (res: RegExp[]): boolean => all.some((t) => res.some((r) => r.test(t)));
  if (has(ID_CARD) || ID_CARD_LABELS.filter((r) => all.some((t) => r.test(t))).length >= 3) return 'idCard';
  if (has(FOREIGN) || mostlyLatin(all)) return 'foreignRegistration';
  if (has([OTHER_TITLE, OTHER_LABEL_START])) return 'otherCertificate';
  return null;
}

/** The page carries the licence's own title. */
export function hasLicenceTitle(texts: string[]): boolean {
  return texts.some((t) => flat(t).includes('营业执照'));
}
