/**
 * Signed commitment letter checks (issue 4): the page (decodes, resolution, cut off,
 * blur), the company seal (present, legible), the handwritten signature, and the printed
 * legal-representative and company names against the case. Never throws for bad input:
 * problems come back as findings, with the regions found so the UI can draw them.
 */
import type { FileCheck, Finding, Region } from '../../../shared/findings';
import { statusOf } from '../../../shared/findings';
import { makeFinding } from '../../../shared/findings';
import { fileProblemFinding, loadImageFile, type LoadedImage } from '../files';
import { recognize } from '../ocr';
import type { CheckContext, Checker } from './types';
import { inkChecks } from './signed-letter/analyse';
import { checkAnyLetter } from './signed-letter/any-template';
import { locatePage, type PageLocation } from './signed-letter/locate';
import { nameFindings, namesFromLines, type NamesRead } from './signed-letter/names';
import { pageFromMarks, type NormalizedPage } from './signed-letter/page';
import { sealTextFindings } from './signed-letter/seal-text';
import { layoutZones, pageOcrImage, type Zones } from './signed-letter/zones';
import type { PixelBox } from './signed-letter/raster';

function result(
  file: string,
  findings: Finding[],
  regions: Region[] = [],
  image?: { width: number; height: number },
): FileCheck {
  const check: FileCheck = { file, kind: 'letter', status: statusOf(findings), findings, regions };
  if (image) check.imageSize = { width: image.width, height: image.height };
  return check;
}

/** OCR of the name lines: two known boxes on our template, the page's lines otherwise. */
async function readNames(page: NormalizedPage, zones: Zones, signal?: AbortSignal): Promise<NamesRead> {
  if (zones.lines) return namesFromLines(zones.lines);
  const lines = await recognize(pageOcrImage(page), { regions: zones.nameRegions, regionsAreLines: true, signal });
  return namesFromLines(lines);
}

async function namesOrNote(page: NormalizedPage, zones: Zones, legibleSeal: PixelBox | null, ctx: CheckContext) {
  try {
    // Both OCR jobs at once: the pool runs them on separate workers where it has two.
    const [read, sealText] = await Promise.all([
      readNames(page, zones, ctx.signal),
      legibleSeal ? sealTextFindings(page, legibleSeal, ctx.caseInfo, ctx.signal) : Promise.resolve([]),
    ]);
    const names = nameFindings(read, ctx.caseInfo, page);
    // A printed-name mismatch already says it all; the seal's text is extra evidence otherwise.
    if (!names.findings.some((f) => f.code === 'COMPANY_NAME_MISMATCH')) names.findings.push(...sealText);
    return names;
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    const detail = e instanceof Error ? e.message.slice(0, 120) : String(e);
    return {
      findings: [makeFinding('NAMES_NOT_CHECKED', { detail }, { key: 'letter.check.ocrUnavailable' })],
      regions: [],
    };
  }
}

/** Any other template: the page read without a layout (signed-letter/any-template.ts). */
async function analyseAnyTemplate(
  file: string,
  img: LoadedImage,
  loc: Exclude<PageLocation, { kind: 'marks' }>,
  ctx: CheckContext,
): Promise<FileCheck> {
  ctx.onProgress?.(0.3, 'read');
  let r: Awaited<ReturnType<typeof checkAnyLetter>>;
  try {
    r = await checkAnyLetter(img, loc, ctx.rulebook, ctx.caseInfo, ctx.signal);
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    const detail = e instanceof Error ? e.message.slice(0, 120) : String(e);
    return result(
      file,
      [makeFinding('NAMES_NOT_CHECKED', { detail }, { key: 'letter.check.ocrUnavailable' })],
      [],
      img,
    );
  }
  const findings = [...r.findings];
  if (r.sealText && !findings.some((f) => f.code === 'COMPANY_NAME_MISMATCH')) {
    ctx.onProgress?.(0.8, 'seal');
    findings.push(
      ...(await sealTextFindings(r.sealText.page, r.sealText.box, ctx.caseInfo, ctx.signal).catch(() => [])),
    );
  }
  ctx.onProgress?.(1, 'done');
  return result(file, findings, r.regions, img);
}

async function analyse(file: string, img: LoadedImage, ctx: CheckContext): Promise<FileCheck> {
  ctx.onProgress?.(0.1, 'locate');
  const loc = await locatePage(img);
  if (loc.kind !== 'marks') return analyseAnyTemplate(file, img, loc, ctx);
  const page = pageFromMarks(img, loc.mmToImage);
  ctx.onProgress?.(0.4, 'zones');
  const zones = layoutZones();
  if (!zones.looksLikeLetter) {
    return result(file, [makeFinding('KIND_UNKNOWN', {}, { key: 'letter.check.notALetter' })], [], img);
  }
  const ink = inkChecks(loc, page, zones, ctx.rulebook);
  ctx.onProgress?.(0.6, 'names');
  const names = await namesOrNote(page, zones, ink.legibleSeal, ctx);
  ctx.onProgress?.(1, 'done');
  return result(file, [...ink.findings, ...names.findings], [...ink.regions, ...names.regions], img);
}

export const checkSignedLetter: Checker = async (file, ctx) => {
  let img: LoadedImage;
  try {
    img = await loadImageFile(file, { maxPixels: ctx.rulebook.upload.maxImagePixels, dpi: 200 });
  } catch (e) {
    return result(file, [fileProblemFinding(e, file)]);
  }
  return analyse(file, img, ctx);
};
