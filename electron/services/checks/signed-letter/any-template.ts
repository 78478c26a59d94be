/**
 * The signed-letter check for a letter without our corner marks (the platform's own
 * letter, a Word copy, any template): the sheet is found and flattened, read the right
 * way up, the signing block found by its labels, then seal, signature and names judged.
 * Bad input (two pages, a blank page, another document) gets its own finding and stops
 * there, so it can never be mistaken for a wrong name.
 */
import type { CaseInput } from '../../../../shared/case';
import type { Finding, Region } from '../../../../shared/findings';
import { makeFinding } from '../../../../shared/findings';
import { t } from '../../../../shared/i18n';
import type { Rulebook } from '../../../../shared/rulebook';
import type { OcrLine } from '../../ocr';
import { pageFindings, sealFindings } from './analyse';
import { COMPANY_LABEL, LEGAL_REP_LABEL, LETTER_WORDS, SIGN_LABEL } from './labels';
import type { PageLocation } from './locate';
import { judgeCompany, judgePerson, type NameVerdict } from './name-judge';
import { PAGE_PX_PER_MM as K, pageFromView, sheetView, type NormalizedPage } from './page';
import type { PixelBox, RgbImage } from './raster';
import { readPage } from './read-page';
import { findBlueInk, findStrokes, sealInk } from './signature';
import { findSigningBlock, type SigningBlock } from './signing-block';
import { LETTER_THRESHOLDS as T } from './thresholds';
import { pageBesideSheet } from './two-pages';

type Loc = Extract<PageLocation, { bounds: unknown }>;

/** Share of the page that is ink (dark or red): a blank sheet has almost none. */
function inkShare(page: NormalizedPage): number {
  let ink = 0;
  const n = page.width * page.height;
  for (let i = 0; i < n; i += 3) if ((page.grey[i] ?? 255) < 150 || (page.redness[i] ?? 0) > 40) ink++;
  return ink / (n / 3);
}

const BLANK_INK_SHARE = 0.0015;
const PAPER_MAX_CHROMA = 60;

/**
 * A blank sheet is paper: bright and nearly colourless (a photo of anything else is "not the
 * letter"). Warm room light tints white paper up to ~45 levels of chroma in a photo.
 */
function looksLikePaper(page: NormalizedPage): boolean {
  const d = page.rgb.data;
  let bright = 0;
  let n = 0;
  for (let i = 0; i < d.length; i += 3 * 97) {
    const r = d[i] ?? 0;
    const g = d[i + 1] ?? 0;
    const b = d[i + 2] ?? 0;
    if (Math.max(r, g, b) > 170 && Math.max(r, g, b) - Math.min(r, g, b) < PAPER_MAX_CHROMA) bright++;
    n++;
  }
  return bright > 0.8 * n;
}
const LICENCE_WORDS = /营业执照|注册资本|经营范围|登记机关|成立日期|营业期限|住所/;

/** A business licence also prints 法定代表人: its own headings, and no 承诺, give it away. */
const isLicence = (lines: OcrLine[]) =>
  lines.filter((l) => LICENCE_WORDS.test(l.text)).length >= 2 && !lines.some((l) => /承诺/.test(l.text));

function notALetter(lines: OcrLine[]): Finding {
  const licence = isLicence(lines);
  return makeFinding(
    'KIND_UNKNOWN',
    {},
    { key: licence ? 'letter.check.licenceNotLetter' : 'letter.check.notALetter' },
  );
}

/** Share of `core` that `seal` covers. */
function covered(seal: PixelBox, core: PixelBox): number {
  const w = Math.min(seal.x + seal.width, core.x + core.width) - Math.max(seal.x, core.x);
  const h = Math.min(seal.y + seal.height, core.y + core.height) - Math.max(seal.y, core.y);
  return w > 0 && h > 0 ? (w * h) / Math.max(1, core.width * core.height) : 0;
}

/** A seal box over this share of the zone can hide pale strokes: not proof of no signature. */
const SEAL_HIDES_SHARE = 0.4;
/** Inside the seal, pen pieces the densest seal ink cuts apart are joined across this gap (mm). */
const SEAL_BRIDGE_MM = 0.5;

function intersect(a: PixelBox, b: PixelBox): PixelBox | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

type SealSeen = {
  box: PixelBox | null;
  printed: PixelBox[];
  /** Print only: lines read confidently at print height, and the paragraphs (a signature is neither). */
  print?: PixelBox[];
  /** Left edge of the body text (the paragraphs): where the sheet's text column starts. */
  textLeft?: number;
  /** Lines read for sure, the signing label not (a small signature beside it sits in its box). */
  readPrint?: PixelBox[];
};

/**
 * Small handwriting (each stroke shorter than a printed glyph) once the print is cleared:
 * not proof of a signature, but no proof of none either (a warning, never the error).
 */
function smallStrokes(page: NormalizedPage, block: SigningBlock, seal: SealSeen) {
  const ink = seal.box ? sealInk(page, seal.box) : null;
  return findStrokes(page, block.signatureZone!, 0, T.penGreyPale, seal.print ?? seal.printed, {
    seal: ink,
    minStrokeMm: T.smallHandStrokeMinMm,
    keepBlueInPrint: true,
    ...(seal.box ? { ringOf: seal.box } : {}),
  });
}

/** The boxes of print: confident reads no taller than print, and the full-width paragraph lines. */
function printBoxes(lines: OcrLine[], detected: OcrLine[], block: SigningBlock): PixelBox[] {
  const confident = lines.filter(
    (l) => (l.confidence >= T.printLineConfidence || l === block.signLine) && l.box.height <= 1.3 * block.textHeight,
  );
  return [...confident, ...detected.filter((l) => l.box.width >= 40 * K)].map((l) => l.box);
}

/**
 * Lines the recogniser read for sure, no taller than print. Not the signing label, nor a detected
 * row never read: a small signature beside the label sits inside either's box.
 */
function readPrintBoxes(lines: OcrLine[], block: SigningBlock): PixelBox[] {
  return lines
    .filter(
      (l) => l !== block.signLine && l.confidence >= T.printLineConfidence && l.box.height <= 1.3 * block.textHeight,
    )
    .map((l) => l.box);
}

/** Strokes in the zone, counting pen ink where it crosses the seal; then, inside the seal, with the read print cleared. */
function strokesIn(page: NormalizedPage, block: SigningBlock, grey: number, seal: SealSeen, faintest = false) {
  const zone = block.signatureZone!;
  const ink = seal.box ? sealInk(page, seal.box) : null;
  // Printed lines are not cleared first: a signature crossing the label, or a line read under it (the
  // date), sits inside its box. Only at the faintest grey (where unclear or missing is decided, nothing
  // seen at the pen greys) is a stroke within a line read as print that print (glyphs joined there).
  const notWithin = faintest ? (seal.readPrint ?? []) : [];
  const found = findStrokes(page, zone, block.textHeight, grey, [], { seal: ink, notWithin });
  const inSeal = seal.box ? intersect(seal.box, zone) : null;
  if (found || !ink || !inSeal) return found;
  return findStrokes(page, zone, block.textHeight, grey, seal.printed, {
    seal: ink,
    bridgePx: Math.round(SEAL_BRIDGE_MM * K),
    within: inSeal,
    minStrokeMm: T.sealStrokeMinMm,
    // At the faintest grey a pale seal's ring text passes for pen ink: only what crosses inside it counts.
    ...(faintest && seal.box ? { ringOf: seal.box } : {}),
  });
}

/** Where a signature on its own line sits under a right-hand block: the text column, left of the label. */
const TEXT_LEFT_MM = 12;

/**
 * A right-aligned block's signature may stand on a line of its own far left of the label (a
 * signing field centred on the page): the rows from the label down, across the text column,
 * with the read print cleared. Blue ink, or a pen stroke longer than any glyph, is a signature.
 */
function besideRightBlock(page: NormalizedPage, block: SigningBlock, seal: SealSeen): PixelBox | null {
  const zone = block.signatureZone!;
  const label = block.signLine;
  // From the body text's left edge on: left of it a photo may still show desk or shadow.
  const left = Math.max(TEXT_LEFT_MM * K, (seal.textLeft ?? 0) - 2 * K);
  if (!label || label.box.x < page.width / 2 || zone.x <= left) return null;
  const y = Math.max(zone.y, label.box.y);
  const row = { x: left, y, width: zone.x - left, height: zone.y + zone.height - y };
  const ink = seal.box ? sealInk(page, seal.box) : null;
  const pen = findStrokes(page, row, block.textHeight, T.penGreyPale, seal.print ?? seal.printed, { seal: ink });
  return pen?.box ?? findBlueInk(page, row);
}

/**
 * Strokes at the pen-ink grey, else at the pale-ink grey (a thin ballpoint, small writing),
 * pen ink over the seal counted: signed. SIGNATURE_MISSING, the error that blocks the export,
 * only on evidence: the signing label was read, the seal does not cover much of the zone, and
 * not even faint marks are there. Otherwise SIGNATURE_UNCLEAR, a warning naming the region.
 */
function signatureFindings(page: NormalizedPage, block: SigningBlock, blurry: boolean, seal: SealSeen) {
  const zone = block.signatureZone!;
  const look = (grey: number) => strokesIn(page, block, grey, seal);
  const strokes =
    look(blurry ? T.penGreyBlurred : T.penGrey)?.box ??
    look(T.penGreyPale)?.box ??
    findBlueInk(page, zone) ??
    besideRightBlock(page, block, seal);
  if (strokes) return { findings: [], regions: [{ ...page.toImage(strokes), label: 'signature' }] };
  const labelRead = block.signLine !== null && SIGN_LABEL.test(block.signLine.text);
  const label = labelRead ? block.signLine!.text.replace(/[:：].*$/u, '') : '法定代表人（签字）';
  // A seal over much of the zone hides nothing once its ink is known: the looks above subtract it
  // (pen ink counted where it crosses seal ink, down to the faintest grey). Only a seal whose ink
  // cannot be measured leaves the zone unjudged.
  const sealOver = seal.box !== null && covered(seal.box, zone) >= SEAL_HIDES_SHARE && sealInk(page, seal.box) === null;
  const trace = strokesIn(page, block, T.penGreyTrace, seal, true) ?? smallStrokes(page, block, seal);
  if (trace || !labelRead || sealOver) {
    const region = page.toImage(trace?.box ?? zone);
    return {
      findings: [makeFinding('SIGNATURE_UNCLEAR', { label }, { region })],
      regions: [{ ...region, label: trace ? 'signature' : 'signatureZone' }],
    };
  }
  const region = page.toImage(zone);
  return {
    findings: [makeFinding('SIGNATURE_MISSING', { label }, { key: 'letter.check.signatureMissingNear', region })],
    regions: [{ ...region, label: 'signatureZone' }],
  };
}

function verdictFinding(
  v: NameVerdict | null,
  kind: 'company' | 'person',
  expected: string,
  page: NormalizedPage,
): Finding | null {
  if (!v || v.verdict === 'match') return null;
  const region = page.toImage(v.line.box);
  if (v.verdict === 'mismatch') {
    const code = kind === 'company' ? 'COMPANY_NAME_MISMATCH' : 'LEGAL_NAME_MISMATCH';
    return makeFinding(code, { found: v.value, expected }, { region });
  }
  const key = kind === 'company' ? 'letter.check.companyUnsure' : 'letter.check.personUnsure';
  return makeFinding('NAMES_NOT_CHECKED', { found: v.value, expected, detail: v.why }, { key, region });
}

export function nameChecks(page: NormalizedPage, block: SigningBlock, caseInfo: CaseInput | undefined) {
  const regions: Region[] = [];
  const findings: Finding[] = [];
  const company = caseInfo ? judgeCompany(block.companyLines, COMPANY_LABEL, caseInfo.companyName) : null;
  const person = caseInfo ? judgePerson(block.legalRepLines, LEGAL_REP_LABEL, caseInfo.legalRepresentative) : null;
  const companyLine = company?.line ?? block.companyLines[0];
  const personLine = person?.line ?? block.legalRepLines[0];
  if (personLine) regions.push({ ...page.toImage(personLine.box), label: 'legalRepresentative' });
  if (companyLine) regions.push({ ...page.toImage(companyLine.box), label: 'companyName' });
  if (caseInfo) {
    for (const f of [
      verdictFinding(person, 'person', caseInfo.legalRepresentative, page),
      verdictFinding(company, 'company', caseInfo.companyName, page),
    ])
      if (f) findings.push(f);
  }
  // One "not checked" note is enough: both name the region to look at.
  const unsure = findings.filter((f) => f.code === 'NAMES_NOT_CHECKED');
  return { findings: unsure.length > 1 ? findings.filter((f) => f !== unsure[1]) : findings, regions };
}

/** Ink at the page's very border within a line's span: its glyphs run on past the frame. */
const BORDER_PX = 3;
const INK_GREY = 128;
/** The border band must be mostly paper: desk beside a tilted sheet is no cut glyph. */
const BORDER_PAPER_SHARE = 0.6;

function glyphsAtBorder(page: NormalizedPage, box: PixelBox, m: number): boolean {
  const { width: w, height: h, grey } = page;
  const spans: [number, number, number, number][] = [];
  const x0 = Math.max(0, Math.floor(box.x));
  const x1 = Math.min(w, Math.ceil(box.x + box.width));
  const y0 = Math.max(0, Math.floor(box.y));
  const y1 = Math.min(h, Math.ceil(box.y + box.height));
  if (box.x < m) spans.push([0, BORDER_PX, y0, y1]);
  if (box.x + box.width > w - m) spans.push([w - BORDER_PX, w, y0, y1]);
  if (box.y < m) spans.push([x0, x1, 0, BORDER_PX]);
  if (box.y + box.height > h - m) spans.push([x0, x1, h - BORDER_PX, h]);
  return spans.some(([ax, bx, ay, by]) => {
    let ink = 0;
    let paper = 0;
    let n = 0;
    for (let y = ay; y < by; y++)
      for (let x = ax; x < bx; x++) {
        const g = grey[y * w + x] ?? 255;
        if (g < INK_GREY) ink++;
        else if (g > 200) paper++;
        n++;
      }
    return n > 0 && ink >= 2 && paper >= BORDER_PAPER_SHARE * n;
  });
}

const TITLE = /承诺书|承诺函|commitment/i;

/**
 * A sheet that runs into the photo's edge is only cut off for the reviewer when its text
 * does: a corner of blank margin out of frame loses nothing, nor does the title or the running
 * header above it (全球速卖通·商家后台…; a top corner out of frame clips them, the text that is
 * checked is all below), nor text that ends just short of the frame.
 */
function contentCut(loc: Loc, page: NormalizedPage, detected: OcrLine[], lines: OcrLine[]): Loc {
  if (loc.cutEdges.length === 0) return loc;
  const m = 2 * K;
  const title = lines.filter((l) => TITLE.test(l.text)).sort((a, b) => a.box.y - b.box.y)[0];
  const touches = detected.some(
    (l) =>
      (l.box.x < m ||
        l.box.y < m ||
        l.box.x + l.box.width > page.width - m ||
        l.box.y + l.box.height > page.height - m) &&
      !(title && l.box.y <= title.box.y + 0.5 * title.box.height) &&
      glyphsAtBorder(page, l.box, m),
  );
  return touches ? loc : { ...loc, cutEdges: [] };
}

/** The text block for the page-blur measure: the full-width lines (paragraphs). */
function textBlock(page: NormalizedPage, detected: OcrLine[]) {
  const wide = detected.filter((l) => l.box.width >= 40 * K);
  if (wide.length === 0)
    return { x: page.width * 0.1, y: page.height * 0.15, width: page.width * 0.8, height: page.height * 0.6 };
  const x = Math.min(...wide.map((l) => l.box.x));
  const y = Math.min(...wide.map((l) => l.box.y));
  return {
    x,
    y,
    width: Math.max(...wide.map((l) => l.box.x + l.box.width)) - x,
    height: Math.max(...wide.map((l) => l.box.y + l.box.height)) - y,
  };
}

export async function checkAnyLetter(
  img: RgbImage,
  loc: Loc,
  book: Rulebook,
  caseInfo: CaseInput | undefined,
  signal?: AbortSignal,
) {
  // The second sheet may not separate from the desk (in shadow, out of frame): look beside the first.
  if (loc.sheets > 1 || (loc.kind === 'paper' && (await pageBesideSheet(img, loc.bounds))))
    return { findings: [makeFinding('LETTER_TWO_PAGES')], regions: [], sealText: null };
  const view = sheetView(loc);
  const first = pageFromView(img, view);
  if (inkShare(first) < BLANK_INK_SHARE && looksLikePaper(first))
    return { findings: [makeFinding('PAGE_BLANK')], regions: [], sealText: null };
  const read = await readPage(img, view, signal, first);
  const { page, lines } = read;
  if (!lines.some((l) => LETTER_WORDS.test(l.text)) || isLicence(lines))
    return { findings: [notALetter(lines)], regions: [], sealText: null };
  const findings: Finding[] = [];
  if (read.turns !== 0) findings.push(makeFinding('PAGE_ROTATED', { turn: t(`letter.turn.${read.turns}`) }));
  const block = findSigningBlock(page, lines);
  const judging = {
    dpiFactor: loc.kind === 'paper' ? T.photoDpiFactor : 1,
    minSharpness: T.anyTemplateMinSharpness,
    upsampled: Math.max(1, K / Math.max(loc.pxPerMm, 1e-6)),
  };
  const body = textBlock(page, read.detected);
  const pf = pageFindings(contentCut(loc, page, read.detected, lines), page, { text: body }, book, judging);
  findings.push(...pf.findings);
  // The seal's own sharpness is judged at any resolution, normalised for it.
  const seal = sealFindings(
    page,
    { x: 0, y: 0, width: page.width, height: page.height },
    {
      blurry: pf.blurry,
      lowRes: false,
      sourcePxPerMm: loc.pxPerMm,
      sealSteepness: loc.pxPerMm >= T.fineSourcePxPerMm ? T.fineSourceSealSteepness : T.anyTemplateSealSteepness,
    },
  );
  findings.push(...seal.findings);
  const sig = signatureFindings(page, block, pf.blurry, {
    textLeft: body.x,
    box: seal.sealBox,
    printed: lines.map((l) => l.box),
    print: printBoxes(lines, read.detected, block),
    readPrint: readPrintBoxes(lines, block),
  });
  findings.push(...sig.findings);
  const names = nameChecks(page, block, caseInfo);
  findings.push(...names.findings);
  return {
    findings,
    regions: [...seal.regions, ...sig.regions, ...names.regions],
    sealText: seal.legibleSeal ? { page, box: seal.legibleSeal } : null,
  };
}
