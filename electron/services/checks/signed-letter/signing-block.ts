/**
 * The signing block of any commitment letter, found by its printed labels wherever they
 * are (left or right, any order): the line where the legal representative signs, the
 * printed company and legal-representative lines, and the places a signature may sit.
 */
import type { OcrLine } from '../../ocr';
import { COMPANY_LABEL, LEGAL_REP_LABEL, SIGN_LABEL, isLegalRepLine } from './labels';
import { PAGE_PX_PER_MM as K, type NormalizedPage } from './page';
import { clampBox, type PixelBox } from './raster';

export type SigningBlock = {
  /** The line that says where to sign (法定代表人（签字）：), or the best stand-in. */
  signLine: OcrLine | null;
  /** Where handwriting is looked for: beside, below and above the signing label. */
  signatureZone: PixelBox | null;
  /** Printed text height near the block (px): handwriting is larger than print. */
  textHeight: number;
  companyLines: OcrLine[];
  legalRepLines: OcrLine[];
  /** Union of the labels: the block itself, for the seal's "near the block" preference. */
  box: PixelBox | null;
};

/** Labels that name a company line outright; 承诺人 is weaker (it is often just 承诺人（盖章）：). */
const STRONG_COMPANY_LABEL = /公司名称|单位名称|企业名称|承诺单位|商户名称|Company name/i;
/** 店铺名称 (the shop) is not the company. */
const NOT_COMPANY = /店铺|店名|商铺/;
/** Who signs: the legal representative, or the owner of a 个体工商户 / 个人独资 firm. */
const SIGNER = /法定代表人|法人代表|法人|负责人|经营者|投资人|Legal representative/i;

const endOf = (line: OcrLine, label: RegExp): number => {
  const m = label.exec(line.text);
  const chars = Math.max(1, Array.from(line.text).length);
  if (!m) return line.box.x + line.box.width;
  // The label plus its bracket and colon, in proportion to the characters read.
  const labelChars = Math.min(chars, Array.from(line.text.slice(0, m.index + m[0].length)).length + 2);
  return line.box.x + (line.box.width * labelChars) / chars;
};

/** A sentence of the letter that mentions signing (本承诺自签字盖章之日起生效。) is no label. */
const SENTENCE = /本承诺|之日|生效|[，。；,;]/;

function pickSignLine(lines: OcrLine[]): OcrLine | null {
  const signing = lines.filter((l) => SIGN_LABEL.test(l.text) && !SENTENCE.test(l.text));
  const bySigner = signing.filter((l) => SIGNER.test(l.text));
  const pool = bySigner.length > 0 ? bySigner : signing;
  if (pool.length > 0) return pool.reduce((a, b) => (b.box.y > a.box.y ? b : a));
  // A signature across its label garbles the read (负责人签名： as 优e责入签): a short line that
  // still shows 签 is that label.
  const garbled = lines.filter(
    (l) => l.text.includes('签') && Array.from(l.text).length <= 10 && !SENTENCE.test(l.text),
  );
  if (garbled.length > 0) return garbled.reduce((a, b) => (b.box.y > a.box.y ? b : a));
  // No 签字 label: the legal-representative line is where they sign.
  return lines.filter((l) => LEGAL_REP_LABEL.test(l.text)).at(-1) ?? null;
}

/** How far left of a right-hand label its signature may start (a block is 60–80 mm wide). */
const RIGHT_BLOCK_LEFT_MM = 45;

function zoneAround(page: NormalizedPage, line: OcrLine): PixelBox {
  const label = SIGN_LABEL.test(line.text) ? SIGN_LABEL : LEGAL_REP_LABEL;
  const labelEnd = endOf(line, label);
  // A label at the right of the sheet (a right-aligned block) leaves no room to its right: the
  // signature goes under it, from the block's left edge on.
  const x0 = line.box.x - (line.box.x > page.width / 2 ? RIGHT_BLOCK_LEFT_MM : 12) * K;
  const x1 = Math.max(labelEnd + 95 * K, line.box.x + line.box.width + 20 * K);
  const y0 = line.box.y - 16 * K;
  const y1 = line.box.y + line.box.height + 28 * K;
  const box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  return clampBox(box, page.width, page.height) ?? box;
}

/** How far above a stand-in label the block's labels may still be where the signature is. */
const STAND_IN_REACH_MM = 45;

/**
 * The zone around the signing label; when no 签字 label was read cleanly (the legal-representative
 * line, or a garbled read, stands in), the signature may be at the unread label anywhere up the
 * block: the zone reaches up to the block's top labels.
 */
function standInZone(page: NormalizedPage, line: OcrLine, block: PixelBox | null): PixelBox {
  const zone = zoneAround(page, line);
  if (SIGN_LABEL.test(line.text) || !block) return zone;
  const top = Math.max(block.y - 6 * K, line.box.y - STAND_IN_REACH_MM * K, 0);
  if (top >= zone.y) return zone;
  return { ...zone, y: top, height: zone.y + zone.height - top };
}

/**
 * A long name wraps in a narrow block (…电子商 / 务有限公司, …（个体工商 / 户）): the line
 * right under a company line, starting near it and carrying no label, continues it.
 */
function withWrap(line: OcrLine, lines: OcrLine[]): OcrLine | null {
  const h = line.box.height;
  const next = lines.find(
    (l) =>
      l !== line &&
      l.box.y > line.box.y + 0.5 * h &&
      l.box.y < line.box.y + 2.2 * h &&
      l.box.x < line.box.x + line.box.width &&
      l.box.x + l.box.width > line.box.x &&
      !/[:：]/.test(l.text) &&
      !/盖章|签字|签名|日期|代码|代表人|承诺|经营者|投资人/.test(l.text) &&
      !/^\s*\d/.test(l.text),
  );
  if (!next) return null;
  const y = line.box.y;
  const x = Math.min(line.box.x, next.box.x);
  const box = {
    x,
    y,
    width: Math.max(line.box.x + line.box.width, next.box.x + next.box.width) - x,
    height: next.box.y + next.box.height - y,
  };
  const chars = [
    ...(line.charConfidences ?? Array.from(line.text, () => line.confidence)),
    ...(next.charConfidences ?? Array.from(next.text, () => next.confidence)),
  ];
  return {
    text: line.text + next.text,
    confidence: Math.min(line.confidence, next.confidence),
    box,
    charConfidences: chars,
  };
}

const ENDS_LIKE_COMPANY = /(公司|商行|厂|店|部|中心|工作室|个体工商|个人独资)[）)]?$/;

/**
 * Templates that print the company with no label (above 签章：): a short line in the lower
 * page that ends like a company name, or a line whose wrapped continuation does (…制造有限 / 公司).
 */
function unlabelledCompanyLines(page: NormalizedPage, lines: OcrLine[]): OcrLine[] {
  const plain = lines.filter(
    (l) => l.box.y > page.height * 0.4 && !/[:：，。,]/.test(l.text) && Array.from(l.text).length <= 40,
  );
  const own = plain.filter((l) => ENDS_LIKE_COMPANY.test(l.text.trim()));
  const wrapped = plain
    .filter((l) => !ENDS_LIKE_COMPANY.test(l.text.trim()))
    .map((l) => withWrap(l, lines))
    .filter((w): w is OcrLine => w !== null && ENDS_LIKE_COMPANY.test(w.text.trim()));
  return [...own, ...wrapped];
}

function union(lines: OcrLine[]): PixelBox | null {
  if (lines.length === 0) return null;
  const x = Math.min(...lines.map((l) => l.box.x));
  const y = Math.min(...lines.map((l) => l.box.y));
  return {
    x,
    y,
    width: Math.max(...lines.map((l) => l.box.x + l.box.width)) - x,
    height: Math.max(...lines.map((l) => l.box.y + l.box.height)) - y,
  };
}

/** A label is at most this share taller than the page's median line (a larger label font). */
const LABEL_MAX_HEIGHT_SHARE = 1.3;

export function findSigningBlock(page: NormalizedPage, lines: OcrLine[]): SigningBlock {
  const signLine = pickSignLine(lines);
  const candidates = lines.filter((l) => !NOT_COMPANY.test(l.text));
  const strong = candidates.filter((l) => STRONG_COMPANY_LABEL.test(l.text));
  const weak = candidates.filter((l) => COMPANY_LABEL.test(l.text));
  const labelled = strong.length > 0 ? strong : weak.length > 0 ? weak : unlabelledCompanyLines(page, candidates);
  // Each line as read, then with its wrapped continuation (the judge takes whichever is whole).
  const companyLines = [
    ...labelled,
    ...labelled.map((l) => withWrap(l, lines)).filter((l): l is OcrLine => l !== null),
  ];
  const legalRepLines = lines.filter((l) => isLegalRepLine(l.text) || (SIGNER.test(l.text) && /姓名/.test(l.text)));
  const labels = [...(signLine ? [signLine] : []), ...companyLines, ...legalRepLines];
  // A label's box swells where a signature or the seal crosses it: no label is taller than
  // print on this page usually is (the median of every line read).
  const printed = lines.map((l) => l.box.height).sort((a, b) => a - b);
  const cap = LABEL_MAX_HEIGHT_SHARE * (printed[Math.floor(printed.length / 2)] ?? Infinity);
  const heights = labels.map((l) => Math.min(cap, l.box.height)).sort((a, b) => a - b);
  const textHeight = heights[Math.floor(heights.length / 2)] ?? 6 * K;
  const box = union(labels);
  return {
    signLine,
    // No label read at all: the lower part of the page, where every template signs.
    signatureZone: signLine
      ? standInZone(page, signLine, box)
      : { x: 0, y: Math.round(page.height * 0.4), width: page.width, height: Math.round(page.height * 0.55) },
    textHeight,
    companyLines,
    legalRepLines,
    box,
  };
}
