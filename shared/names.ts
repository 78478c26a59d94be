/**
 * Name normalisation shared by the licence reader and the letter checks. OCR and people
 * write the same company name with full- or half-width brackets, stray spaces between
 * Chinese characters and look-alike punctuation; these helpers compare what matters.
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}（）])\\s+(?=[${CJK}（）])`, 'g');

/** Full-width ASCII (Ａ-Ｚ, ０-９, punctuation) to half-width; ideographic space to space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Removes spaces between Chinese characters (OCR and typing artefacts), trims the rest. */
export function collapseCjkSpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '').replace(/\s+/g, ' ').trim();
}

/**
 * A company name in its canonical display form: full-width brackets （） as on the licence,
 * no spaces between Chinese characters, Latin letters and digits half-width.
 */
export function normalizeCompanyName(name: string): string {
  const half = toHalfWidth(name)
    .replace(/[【〔［[]/g, '(')
    .replace(/[】〕］\]]/g, ')');
  const bracketed = half.replace(/\s*\(\s*/g, '（').replace(/\s*\)\s*/g, '）');
  return collapseCjkSpaces(bracketed);
}

/** A person's name: no spaces between Chinese characters, middle dots unified (少数民族 names). */
export function normalizePersonName(name: string): string {
  const unified = toHalfWidth(name).replace(/[\u00b7\u2022\u2027\u30fb\uff65.]/g, '·');
  return collapseCjkSpaces(unified).replace(/\s*·\s*/g, '·');
}

/** Comparison key: case, spaces and bracket style do not matter. */
function companyKey(name: string): string {
  return normalizeCompanyName(name).replace(/\s+/g, '').toUpperCase();
}

export function sameCompany(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return companyKey(a) === companyKey(b);
}

export function samePerson(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const key = (s: string): string => normalizePersonName(s).replace(/\s+/g, '').toUpperCase();
  return key(a) === key(b);
}
