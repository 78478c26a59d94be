import type { FileCheck } from '../../../shared/findings';
import { extractPdfText } from '../files';
import { readCaptureTags } from './images';

/**
 * The date a material shows, for its entry name (`02_物流轨迹截图_01_20260915.jpg`): the
 * visible timestamp the checker read when it reports one, else the capture time, else the
 * PDF's creation date. Null when nothing says (the name then carries no date).
 */
const ISO_DAY = /(\d{4})[-/.年:](\d{1,2})[-/.月:](\d{1,2})/;

function isoDay(text: string): string | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Checkers may carry the timestamp they read: the logistics check labels its watermark region. */
function reportedTimestamp(check: FileCheck): string | null {
  const labels = (check.regions ?? []).map((r) => r.label ?? '');
  for (const label of [...labels.filter((l) => l.startsWith('watermark')), ...labels]) {
    const day = isoDay(label);
    if (day) return day;
  }
  const extra = check as FileCheck & { timestamp?: unknown; timestamps?: unknown; visibleTimestamp?: unknown };
  for (const value of [
    extra.visibleTimestamp,
    extra.timestamp,
    Array.isArray(extra.timestamps) ? extra.timestamps[0] : undefined,
  ]) {
    const text = typeof value === 'string' ? value : (value as { iso?: unknown } | undefined)?.iso;
    if (typeof text === 'string' && isoDay(text)) return isoDay(text);
  }
  return null;
}

function pdfDate(value: string | undefined): string | null {
  const m = value ? /D:(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? isoDay(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

export async function materialDate(check: FileCheck, type: string | null): Promise<string | null> {
  const reported = reportedTimestamp(check);
  if (reported) return reported;
  try {
    if (type === 'pdf') return pdfDate((await extractPdfText(check.file)).info.creationDate);
    const tags = await readCaptureTags(check.file);
    const capture = tags.DateTimeOriginal ?? tags.CreateDate;
    return typeof capture === 'string' ? isoDay(capture) : null;
  } catch {
    return null; // A date is a naming nicety; never fail the export over it.
  }
}
