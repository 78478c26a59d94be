/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-character set (no I, O, Z, S, V), the last one a check character over the first 17.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null when one is outside the charset. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * (WEIGHTS[i] ?? 0);
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31] ?? null;
}

export function isValidUscc(code: string): boolean {
  return code.length === 18 && usccCheckChar(code.slice(0, 17)) === code[17];
}

/** Letters OCR reads for the charset's characters (the excluded letters and look-alikes). */
const CONFUSIONS: Record<string, string[]> = {
  O: ['0'],
  o: ['0'],
  Q: ['0'],
  D: ['0'],
  I: ['1'],
  l: ['1'],
  i: ['1'],
  '|': ['1'],
  Z: ['2'],
  z: ['2'],
  S: ['5'],
  s: ['5'],
  V: ['U', 'Y'],
  v: ['U', 'Y'],
  B: ['8'],
  G: ['6'],
  '8': ['B'],
  '0': ['D', 'Q'],
  '1': ['L', 'T'],
  '2': ['Z'],
  '6': ['G'],
  '5': ['S'],
};

export type UsccReading = {
  /** The code as read after cleaning (upper case, separators removed). */
  raw: string;
  /** The code to use: raw if valid, else the one correction that passes, else raw. */
  code: string;
  valid: boolean;
  corrected: boolean;
};

/** Uppercases, maps full-width characters to ASCII and drops separators OCR adds. */
export function cleanUsccText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-_.·:：]/g, '')
    .toUpperCase();
}

/** Maps characters that cannot be in a code to the digit they stand for (O→0, I→1, …). */
function mapExcluded(code: string): string {
  const map: Record<string, string> = { O: '0', I: '1', Z: '2', S: '5', V: 'U' };
  return [...code].map((c) => map[c] ?? c).join('');
}

/**
 * Reads a code from OCR text. When the raw read fails the check: first the letters the
 * charset excludes (O→0, I→1, Z→2, S→5, V→U), which are certain misreads; then, only at
 * characters the OCR itself was unsure of, known confusions and finally any character at the
 * least confident one. A swap is accepted only when exactly one candidate passes: with
 * ~30 swaps a random wrong code would pass by chance far too often to trust guesses at
 * confident positions.
 */
export function correctUscc(text: string, charConfidences?: number[]): UsccReading {
  const raw = cleanUsccText(text);
  if (isValidUscc(raw)) return { raw, code: raw, valid: true, corrected: false };
  if (raw.length !== 18) return { raw, code: raw, valid: false, corrected: false };
  const mapped = mapExcluded(raw);
  if (isValidUscc(mapped)) return { raw, code: mapped, valid: true, corrected: true };
  const candidates = lowConfidenceSwaps(mapped, charConfidences).filter((c) => keepsOrganisationCode(mapped, c));
  if (candidates.length === 1) return { raw, code: candidates[0] ?? raw, valid: true, corrected: true };
  return { raw, code: mapped, valid: false, corrected: false };
}

/** GB 11714 weights over the organisation code's first eight characters (the code's 9th–16th). */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Characters 9–17 of a code form an organisation code (GB 11714) whose 9th is its own check character. */
export function organisationCodeValid(code: string): boolean {
  const org = code.slice(8, 17);
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(org)) return false;
  const sum = [...org.slice(0, 8)].reduce((s, ch, i) => {
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    return s + v * (ORG_WEIGHTS[i] ?? 0);
  }, 0);
  const c = 11 - (sum % 11);
  return org[8] === (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/**
 * A swap inside characters 9–17 must leave a valid organisation code. Every real code we hold
 * has one; a swap there that breaks it made the check pass by chance (91440300MA5H3E0T3W read
 * …E0T5W on a 700 px copy and "corrected" to …EDT5W). Swaps elsewhere leave that part as read.
 */
function keepsOrganisationCode(read: string, candidate: string): boolean {
  const inside = read.slice(8, 17) !== candidate.slice(8, 17);
  return !inside || organisationCodeValid(candidate);
}

/** Below this a character counts as unsure (PP-OCR gives >0.95 to clean characters). */
export const LOW_CHAR_CONFIDENCE = 0.9;

/** Valid codes one swap away at unsure positions: known confusions first, then any character at the weakest. */
function lowConfidenceSwaps(code: string, conf?: number[]): string[] {
  if (!conf || conf.length !== 18) return [];
  const found = new Set<string>();
  const tryAt = (i: number, replacements: Iterable<string>): void => {
    for (const r of replacements) {
      const cand = code.slice(0, i) + r + code.slice(i + 1);
      if (cand !== code && isValidUscc(cand)) found.add(cand);
    }
  };
  const unsure = conf
    .map((c, i) => ({ c, i }))
    .filter((x) => x.c < LOW_CHAR_CONFIDENCE)
    .sort((a, b) => a.c - b.c);
  for (const { i } of unsure) tryAt(i, CONFUSIONS[code[i] ?? ''] ?? []);
  if (found.size > 0) return [...found];
  const weakest = unsure[0];
  if (weakest) tryAt(weakest.i, USCC_CHARSET);
  return [...found];
}

/** Finds an 18-character code-like run in a line of OCR text (labels and brackets around it). */
export function findUsccInText(text: string): string | null {
  const cleaned = cleanUsccText(text);
  const m = /[0-9A-Z]{18}/.exec(cleaned.replace(/[^0-9A-Z]/g, (c) => (c === '|' ? '1' : ' ')).replace(/ /g, ''));
  return m ? m[0] : null;
}

/** Province-level prefixes of GB/T 2260 division codes (characters 3–4 of a code). */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

/**
 * The code's fixed structure: registering department (1–9, A, N, Y), entity category (1–9)
 * and a six-digit division code in a real province. An all-zero run passes the check
 * character (0 × weights = 0) but is never a printed code.
 */
export function hasUsccStructure(code: string): boolean {
  return /^[1-9ANY][1-9][0-9]{6}/.test(code) && PROVINCES.has(code.slice(2, 4));
}
