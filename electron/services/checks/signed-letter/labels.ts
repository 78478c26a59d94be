/**
 * The printed labels the checks look for, in every template: our own letter's
 * (shared/i18n/messages/letter.ts) and the usual wording of other commitment letters.
 */
/** Who the letter names as signer: a company's legal representative, a 个体工商户's 经营者, a 个人独资 firm's 投资人. */
export const LEGAL_REP_LABEL = /法定代表人|法人代表|经营者|投资人|负责人|Legal representative/i;
/** The signing label, not the printed-name line: 法定代表人（签字）/ 签名 / Signature. */
export const SIGN_LABEL = /签字|签名|签章|[（(]签|Signature/i;
export const COMPANY_LABEL = /公司名称|单位名称|企业名称|承诺单位|承诺人|Company name/i;
/** Any of these on a page says it is some commitment letter. */
export const LETTER_WORDS = /承诺书|承诺|法定代表人|签字|盖章|公章|commitment/i;

const COLON = /[:：]/;

/** Names start and end with a letter: a pen stroke or the seal edge read as "—" or "|" is dropped. */
const trimNonLetters = (s: string) => s.replace(/^[^\p{L}\p{N}（(]+|[^\p{L}\p{N}）)]+$/gu, '');

/** The value after a label: text after the last colon, else after the label words themselves. */
export function valueAfterLabel(text: string, label: RegExp): string {
  const colon = text.split(COLON);
  if (colon.length > 1) return trimNonLetters(colon.at(-1) ?? '');
  const m = label.exec(text);
  if (!m) return '';
  return trimNonLetters(text.slice(m.index + m[0].length).replace(/^[\s（(）)签字名章]*/u, ''));
}

/** A line that names the legal representative (not the line where they sign). */
export function isLegalRepLine(text: string): boolean {
  return LEGAL_REP_LABEL.test(text) && !SIGN_LABEL.test(text);
}
