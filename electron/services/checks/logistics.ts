/**
 * Logistics-tracking screenshots (近3个月物流轨迹截图): each needs a VISIBLE capture-time
 * watermark inside the rule's window. Fast path: OCR only the top and bottom bands, where
 * cameras, watermark apps and screenshot tools print; read the whole image only when the
 * bands hold no watermark. EXIF times are compared but never replace a visible stamp.
 */
import exifr from 'exifr';
import { makeFinding } from '../../../shared/findings';
import type { Finding, Region } from '../../../shared/findings';
import { threshold } from '../../../shared/rulebook';
import { daysApart, displayStamp, findTimestamps, logisticsWindow, type FoundTimestamp } from '../../../shared/timestamps';
import { fileProblemFinding, loadImageFile, type LoadedImage } from '../files';
import { recognize, type Box, type OcrLine } from '../ocr';
import { exifDateStamp, fileResult, throwIfAborted, typeMismatch, windowFinding } from './evidence-common';
import { garbledOverlayLines, isolateInk, pickWatermark, type Pixels, type WatermarkCandidate } from './logistics-watermark';
import { pickupFacts, pickupFindings } from './logistics-pickup';
import type { CheckContext, Checker } from './types';

export { checkLogisticsSet } from './logistics-set';

/** Band heights (fraction of the image) read first: where stamps and watermark bands sit. */
const TOP_BAND = 0.16;
const BOTTOM_BAND = 0.3;
/** Visible stamp and EXIF capture time may differ by up to this many days. */
const EXIF_TOLERANCE_DAYS = 1;
/** Region label prefix; the set check reads the stamp back from it. */
export const WATERMARK_LABEL = 'watermark';

export type ExifFacts = { captured: FoundTimestamp | null; software?: string; gps: boolean };

export async function readExif(file: string): Promise<ExifFacts> {
  try {
    const tags = (await exifr.parse(file, { pick: ['DateTimeOriginal', 'CreateDate', 'Software', 'GPSLatitude', 'GPSLongitude'] })) as Record<string, unknown> | undefined;
    if (!tags) return { captured: null, gps: false };
    const captured = exifDateStamp(tags.DateTimeOriginal) ?? exifDateStamp(tags.CreateDate);
    return { captured, software: typeof tags.Software === 'string' ? tags.Software : undefined, gps: tags.GPSLatitude !== undefined };
  } catch {
    // No or broken metadata is normal for screenshots.
    return { captured: null, gps: false };
  }
}

export function bands(width: number, height: number): Box[] {
  const top = Math.round(height * TOP_BAND);
  const bottom = Math.round(height * (1 - BOTTOM_BAND));
  return [
    { x: 0, y: 0, width, height: top },
    { x: 0, y: bottom, width, height: height - bottom },
  ];
}

/**
 * Bands first, then the rest of the page: a stamp found in the bands wins; otherwise the
 * whole page is searched (tools let users drag an overlay anywhere). The middle is read
 * anyway when `wholePage` is set (the pickup and order checks need the event list).
 */
export async function findWatermark(image: LoadedImage, ctx: Pick<CheckContext, 'signal'>, wholePage = false): Promise<{ found: WatermarkCandidate | null; escalated: boolean; lines: OcrLine[] }> {
  const input = { kind: 'raw' as const, data: image.data, width: image.width, height: image.height, channels: 3 as const };
  const px = { data: image.data, width: image.width, height: image.height };
  // Bottom band first (camera stamps and watermark-app bands live there), then the top.
  const seen: OcrLine[] = [];
  let inBands: WatermarkCandidate | null = null;
  let bandsRead = 0;
  for (const band of bands(image.width, image.height).reverse()) {
    bandsRead++;
    seen.push(...(await rereadGarbled(await recognize(input, { regions: [band], signal: ctx.signal }), px, ctx)));
    inBands = pickWatermark(seen, px);
    throwIfAborted(ctx.signal);
    if (inBands) break;
  }
  if (inBands && !wholePage) return { found: inBands, escalated: false, lines: seen };
  const [top, bottom] = bands(image.width, image.height) as [Box, Box];
  if (bandsRead < 2) {
    seen.push(...(await recognize(input, { regions: [top], signal: ctx.signal })));
  }
  const middle = { x: 0, y: top.height, width: image.width, height: bottom.y - top.height };
  const rest = await recognize(input, { regions: [middle], signal: ctx.signal });
  const lines = [...seen, ...(inBands ? rest : await rereadGarbled(rest, px, ctx))];
  return { found: inBands ?? pickWatermark(lines, px), escalated: !inBands, lines };
}

/** Re-reads garbled overlay lines from their own ink only (see isolateInk). */
async function rereadGarbled(lines: OcrLine[], px: Pixels, ctx: Pick<CheckContext, 'signal'>): Promise<OcrLine[]> {
  const garbled = garbledOverlayLines(lines, px);
  if (garbled.length === 0) return lines;
  const out = [...lines];
  for (const line of garbled) {
    const crop = isolateInk(px, line.box);
    const whole = [{ x: 0, y: 0, width: crop.width, height: crop.height }];
    const [read] = await recognize({ kind: 'raw', ...crop, channels: 1 }, { regions: whole, regionsAreLines: true, signal: ctx.signal });
    // Keep the first reading unless the ink-only one holds a date-time (a date-only line
    // such as a taskbar's "2026/11/19" re-reads worse, not better).
    if (read && findTimestamps(read.text, { lenient: true }).some((s) => s.hasTime)) out[out.indexOf(line)] = { ...line, text: read.text, confidence: read.confidence };
  }
  return out;
}

export const checkLogistics: Checker = async (file, ctx) => {
  const early: Finding[] = [];
  try {
    early.push(...(await typeMismatch(file)));
    const image = await loadImageFile(file, { maxPixels: ctx.rulebook.upload.maxImagePixels });
    ctx.onProgress?.(0.1, 'exif');
    const exif = await readExif(file);
    ctx.onProgress?.(0.2, 'ocr');
    const { found, lines } = await findWatermark(image, ctx, true);
    const region: Region | undefined = found ? { ...roundBox(found.box), label: `${WATERMARK_LABEL} ${displayStamp(found.stamp)}` } : undefined;
    const findings = [...early, ...judgeLogistics(found?.stamp ?? null, exif, ctx, region)];
    if (found?.cues.includes('taskbar-clock')) findings.push(makeFinding('TIMESTAMP_FROM_TASKBAR_CLOCK', { timestamp: displayStamp(found.stamp) }, { key: 'evidence.logistics.taskbarClock', region }));
    const facts = pickupFacts(lines, { data: image.data, width: image.width, height: image.height }, found?.box ?? null);
    findings.push(...pickupFindings(facts, ctx.orders));
    // `regions` holds the watermark only (the set check reads it back); PICKUP_NOT_MARKED carries its own region.
    return fileResult(file, 'logistics', findings, { regions: region ? [region] : [], imageSize: { width: image.width, height: image.height } });
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    return fileResult(file, 'logistics', [...early, fileProblemFinding(e, file)]);
  }
};

function roundBox(b: Box): Box {
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
}

/** The rules once the visible stamp (or its absence) and EXIF are known. */
export function judgeLogistics(stamp: FoundTimestamp | null, exif: ExifFacts, ctx: Pick<CheckContext, 'rulebook' | 'today'>, region?: Region): Finding[] {
  const findings: Finding[] = [];
  if (!stamp) {
    findings.push(makeFinding('TIMESTAMP_MISSING', {}, { key: 'evidence.logistics.missing' }));
    if (exif.captured) findings.push(makeFinding('TIMESTAMP_METADATA_ONLY', { timestamp: displayStamp(exif.captured) }, { key: 'evidence.logistics.metadataOnly' }));
    return findings;
  }
  const months = threshold(ctx.rulebook, 'logisticsWindowMonths');
  const range = windowFinding(stamp, logisticsWindow(ctx.today, months), { tooOld: 'evidence.logistics.tooOld', future: 'evidence.logistics.future' }, { months }, region);
  if (range) findings.push(range);
  if (exif.captured) {
    const days = daysApart(stamp, exif.captured);
    // A date-only stamp counts from midnight: allow its whole day on top of the tolerance.
    if (days > EXIF_TOLERANCE_DAYS + (stamp.hasTime ? 0 : 1)) {
      const params = { visible: displayStamp(stamp), exif: displayStamp(exif.captured), days: Math.round(days) };
      findings.push(makeFinding('TIMESTAMP_EXIF_MISMATCH', params, { key: 'evidence.logistics.exifMismatch', region }));
    }
  }
  return findings;
}
