/**
 * Logistics-tracking screenshots (近3个月物流轨迹截图): each needs a VISIBLE capture-time
 * watermark inside the rule's window (read as logistics-read.ts says: the bands first, where
 * cameras, watermark apps and screenshot tools print, then anywhere), and the pickup shown and
 * marked. EXIF times are compared but never replace a visible stamp.
 */
import exifr from 'exifr';
import { makeFinding } from '../../../shared/findings';
import type { Finding, Region } from '../../../shared/findings';
import { threshold } from '../../../shared/rulebook';
import { daysApart, displayStamp, logisticsWindow, type FoundTimestamp } from '../../../shared/timestamps';
import { fileProblemFinding, loadImageFile } from '../files';
import { readScreenshot } from './logistics-read';
import type { Box } from '../ocr';
import { exifDateStamp, fileResult, typeMismatch, windowFinding } from './evidence-common';
import { pickupFacts, pickupFindings } from './logistics-pickup';
import { unclearStamp } from './logistics-watermark';
import { unsureYear } from './logistics-year';
import { unreadStampAtEdge } from './logistics-unread';
import type { OcrLine } from '../ocr';
import type { CheckContext, Checker } from './types';
import { stage, stageSync } from './stage-timer';

export { checkLogisticsSet } from './logistics-set';

/** Visible stamp and EXIF capture time may differ by up to this many days. */
const EXIF_TOLERANCE_DAYS = 1;
/** Region label prefix; the set check reads the stamp back from it. */
export const WATERMARK_LABEL = 'watermark';

export type ExifFacts = { captured: FoundTimestamp | null; software?: string; gps: boolean };

export async function readExif(file: string): Promise<ExifFacts> {
  try {
    const tags = (await exifr.parse(file, {
      pick: ['DateTimeOriginal', 'CreateDate', 'Software', 'GPSLatitude', 'GPSLongitude'],
    })) as Record<string, unknown> | undefined;
    if (!tags) return { captured: null, gps: false };
    const captured = exifDateStamp(tags.DateTimeOriginal) ?? exifDateStamp(tags.CreateDate);
    return {
      captured,
      software: typeof tags.Software === 'string' ? tags.Software : undefined,
      gps: tags.GPSLatitude !== undefined,
    };
  } catch {
    // No or broken metadata is normal for screenshots.
    return { captured: null, gps: false };
  }
}

export const checkLogistics: Checker = async (file, ctx) => {
  const early: Finding[] = [];
  try {
    early.push(...(await stage('sniff', () => typeMismatch(file))));
    const image = await stage('decode', () => loadImageFile(file, { maxPixels: ctx.rulebook.upload.maxImagePixels }));
    ctx.onProgress?.(0.1, 'exif');
    const exif = await stage('exif', () => readExif(file));
    ctx.onProgress?.(0.2, 'ocr');
    const { found, lines, unclear: unsureReads } = await stage('read', () => readScreenshot(image, ctx));
    const region: Region | undefined = found
      ? { ...roundBox(found.box), label: `${WATERMARK_LABEL} ${displayStamp(found.stamp)}` }
      : undefined;
    const px = { data: image.data, width: image.width, height: image.height };
    // Seen but not read: stamp ink first, then a re-read that held no date, then a stamp's shape alone.
    const unclear = found
      ? null
      : stageSync('unclear', () => unclearStamp(lines, px) ?? unsureReads[0] ?? unreadStampAtEdge(lines, px));
    const findings = [
      ...early,
      ...(unclear ? unclearFindings(unclear) : yearChecked(judgeLogistics(found?.stamp ?? null, exif, ctx, region))),
    ];
    if (found?.cues.includes('taskbar-clock'))
      findings.push(
        makeFinding(
          'TIMESTAMP_FROM_TASKBAR_CLOCK',
          { timestamp: displayStamp(found.stamp) },
          { key: 'evidence.logistics.taskbarClock', region },
        ),
      );
    /** An out-of-window stamp the rest of the page contradicts: its year is unsure (logistics-year.ts). */
    function yearChecked(judged: Finding[]): Finding[] {
      const months = threshold(ctx.rulebook, 'logisticsWindowMonths');
      const newest = found ? unsureYear(found.stamp, found.box, lines, logisticsWindow(ctx.today, months)) : null;
      if (!found || !newest || !judged.some((f) => f.code === 'TIMESTAMP_OUT_OF_RANGE')) return judged;
      const params = { timestamp: displayStamp(found.stamp), latest: newest, text: displayStamp(found.stamp) };
      const unsure = makeFinding('TIMESTAMP_UNCLEAR', params, {
        key: 'evidence.logistics.yearUnsure',
        region: region && { ...region, label: 'stampUnclear' },
      });
      return [...judged.filter((f) => f.code !== 'TIMESTAMP_OUT_OF_RANGE'), unsure];
    }
    const facts = stageSync('pickup', () => pickupFacts(lines, px, found?.box ?? null));
    findings.push(...pickupFindings(facts, ctx.orders));
    // `regions` holds the watermark only (the set check reads it back); PICKUP_NOT_MARKED carries its own region.
    return fileResult(file, 'logistics', findings, {
      regions: region ? [region] : [],
      imageSize: { width: image.width, height: image.height },
    });
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    return fileResult(file, 'logistics', [...early, fileProblemFinding(e, file)]);
  }
};

function roundBox(b: Box): Box {
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
}

/**
 * Something at an edge looks like a stamp but reads as no date: a warning naming its region
 * (the seller or reviewer looks), not TIMESTAMP_MISSING (an error on a file that may be fine).
 */
function unclearFindings(line: OcrLine): Finding[] {
  const region: Region = { ...roundBox(line.box), label: 'stampUnclear' };
  return [
    makeFinding(
      'TIMESTAMP_UNCLEAR',
      { text: line.text.trim().slice(0, 40) },
      { key: 'evidence.logistics.unclear', region },
    ),
  ];
}

/** The rules once the visible stamp (or its absence) and EXIF are known. */
export function judgeLogistics(
  stamp: FoundTimestamp | null,
  exif: ExifFacts,
  ctx: Pick<CheckContext, 'rulebook' | 'today'>,
  region?: Region,
): Finding[] {
  const findings: Finding[] = [];
  if (!stamp) {
    findings.push(makeFinding('TIMESTAMP_MISSING', {}, { key: 'evidence.logistics.missing' }));
    if (exif.captured)
      findings.push(
        makeFinding(
          'TIMESTAMP_METADATA_ONLY',
          { timestamp: displayStamp(exif.captured) },
          { key: 'evidence.logistics.metadataOnly' },
        ),
      );
    return findings;
  }
  const months = threshold(ctx.rulebook, 'logisticsWindowMonths');
  const range = windowFinding(
    stamp,
    logisticsWindow(ctx.today, months),
    { tooOld: 'evidence.logistics.tooOld', future: 'evidence.logistics.future' },
    { months },
    region,
  );
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
