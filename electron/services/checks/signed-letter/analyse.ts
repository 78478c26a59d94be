/**
 * The page-level and ink checks of a signed letter, once the page is normalised and the
 * zones are known: resolution, cut-off, blur, seal presence and legibility, signature.
 */
import type { Finding, Region } from '../../../../shared/findings';
import { makeFinding } from '../../../../shared/findings';
import { t } from '../../../../shared/i18n';
import { A4_MM, MM_PER_INCH } from '../../../../shared/letter-layout';
import type { Rulebook } from '../../../../shared/rulebook';
import type { Edge, PageLocation } from './locate';
import { findSeal, findSignature, findStampInk, sealQuality, textSharpness } from './measures';
import type { NormalizedPage } from './page';
import type { PixelBox } from './raster';
import { doubleImpression } from './seal-double';
import { LETTER_THRESHOLDS as T } from './thresholds';
import type { Zones } from './zones';

export type InkResult = { findings: Finding[]; regions: Region[]; pageBlurry: boolean; legibleSeal: PixelBox | null };

/** How a page without our marks is judged: a photo or screenshot has no scanner dpi. */
export type PageJudging = { dpiFactor: number; minSharpness: number; upsampled: number };
const OUR_LETTER: PageJudging = { dpiFactor: 1, minSharpness: T.pageMinSharpness, upsampled: 1 };

export function pageFindings(
  loc: PageLocation,
  page: NormalizedPage,
  zones: Pick<Zones, 'text'>,
  book: Rulebook,
  judging: PageJudging = OUR_LETTER,
) {
  const findings: Finding[] = [];
  const minDpi = book.upload.minLetterDpi;
  const dpi = loc.pxPerMm * MM_PER_INCH;
  const lowRes = dpi < minDpi * T.dpiTolerance * judging.dpiFactor;
  if (lowRes) {
    const at = (mm: number, perMm: number) => Math.round(mm * perMm);
    findings.push(
      makeFinding('IMAGE_LOW_RESOLUTION', {
        width: at(A4_MM.width, loc.pxPerMm),
        height: at(A4_MM.height, loc.pxPerMm),
        minWidth: at(A4_MM.width, minDpi / MM_PER_INCH),
        minHeight: at(A4_MM.height, minDpi / MM_PER_INCH),
        dpi: Math.round(dpi),
      }),
    );
  }
  const cut: Edge[] = 'cutEdges' in loc ? loc.cutEdges : [];
  if (cut.length > 0) {
    const edge = cut.map((e) => t(`letter.edge.${e}`)).join(t('letter.edge.separator'));
    findings.push(makeFinding('PAGE_CUT_OFF', { edge }));
  }
  // An upsampled source has softer edges at page scale without being out of focus.
  const sharpness = textSharpness(page, zones.text) * judging.upsampled ** 2;
  const blurry = sharpness < judging.minSharpness;
  if (blurry)
    findings.push(makeFinding('IMAGE_BLURRY', { score: Math.round(sharpness), threshold: judging.minSharpness }));
  return { findings, lowRes, blurry };
}

/** A second impression a little off the first, judged against how steep the seal's edges are. */
function doubledSeal(page: NormalizedPage, box: PixelBox, steepness: number) {
  const d = doubleImpression(page, box);
  return steepness > 0 && d.rebound / steepness > T.sealDoubleRatio ? d : null;
}

/** The seal anywhere in `search`: missing, or blurry when the page itself is sharp. */
/** sealSteepness: judge the seal by its edges alone (other templates: pale ink pads are normal there). */
export function sealFindings(
  page: NormalizedPage,
  search: PixelBox,
  page_: { blurry: boolean; lowRes: boolean; sourcePxPerMm?: number; sealSteepness?: number },
) {
  const findings: Finding[] = [];
  const regions: Region[] = [];
  let legibleSeal: PixelBox | null = null;
  const seal = findSeal(page, search);
  if (!seal) {
    // Stamp ink with no whole seal in it is for the seller to look at, not proof of no seal.
    const ink = findStampInk(page, search);
    if (ink) findings.push(makeFinding('SEAL_UNCLEAR', {}, { region: page.toImage(ink) }));
    else findings.push(makeFinding('SEAL_MISSING', {}, { region: page.toImage(search) }));
  } else {
    const region = page.toImage(seal.box);
    regions.push({ ...region, label: 'seal' });
    const measured = sealQuality(page, seal.box, page_.sourcePxPerMm);
    const q = page_.sealSteepness
      ? { ...measured, score: Math.round((100 * measured.steepness) / page_.sealSteepness) }
      : measured;
    const doubled = page_.sealSteepness ? doubledSeal(page, seal.box, measured.steepness) : null;
    if (q.score < 100 && !page_.blurry && !page_.lowRes) {
      const key = page_.sealSteepness ? { key: 'letter.check.sealBlurryStrokes' } : {};
      findings.push(makeFinding('SEAL_BLURRY', { score: q.score, threshold: 100 }, { region, ...key }));
    } else if (doubled && !page_.blurry) {
      findings.push(
        makeFinding(
          'SEAL_BLURRY',
          { score: q.score, threshold: 100, shiftMm: doubled.shiftMm.toFixed(1) },
          { region, key: 'letter.check.sealDoubled' },
        ),
      );
    } else if (q.score >= 100 && !page_.blurry) legibleSeal = seal.box;
  }
  return { findings, regions, legibleSeal, sealBox: seal?.box ?? null };
}

/** Every check but the names. A blurry or low-resolution page already asks for a rescan,
 * so the seal's own legibility is only judged on a page that is itself sharp enough. */
export function inkChecks(loc: PageLocation, page: NormalizedPage, zones: Zones, book: Rulebook): InkResult {
  const { findings, lowRes, blurry } = pageFindings(loc, page, zones, book);
  const seal = sealFindings(page, zones.sealSearch, { blurry, lowRes });
  findings.push(...seal.findings);
  const regions: Region[] = [...seal.regions];
  // Blur spreads pen ink and lightens it: look for lighter strokes on a blurred page.
  const signature = zones.signature
    ? findSignature(page, zones.signature, blurry ? T.inkGreyBlurred : T.inkGrey)
    : null;
  if (signature) regions.push({ ...page.toImage(signature.box), label: 'signature' });
  else {
    const region = zones.signature ? page.toImage(zones.signature) : undefined;
    findings.push(makeFinding('SIGNATURE_MISSING', {}, region ? { region } : {}));
    if (region) regions.push({ ...region, label: 'signatureZone' });
  }
  return { findings, regions, pageBlurry: blurry, legibleSeal: seal.legibleSeal };
}
