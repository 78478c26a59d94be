/**
 * Pieces both evidence checkers share: turning a visible stamp into window findings, PDF and
 * EXIF metadata times as stamps, and small result helpers.
 */
import { makeFinding } from '../../../shared/findings';
import { statusOf, type FileCheck, type Finding, type MaterialKind, type Region } from '../../../shared/findings';
import { extensionMismatch, sniffFile } from '../files';
import {
  displayStamp,
  judgeStamp,
  stampFromWallClock,
  type DateWindow,
  type FoundTimestamp,
} from '../../../shared/timestamps';

/** TIMESTAMP_OUT_OF_RANGE (error) when the stamp is before the window or after today. */
export function windowFinding(
  stamp: FoundTimestamp,
  window: DateWindow,
  keys: { tooOld: string; future: string },
  params: Record<string, string | number>,
  region?: Region,
): Finding | null {
  const verdict = judgeStamp(stamp, window);
  if (verdict === 'ok') return null;
  const key = verdict === 'future' ? keys.future : keys.tooOld;
  return makeFinding(
    'TIMESTAMP_OUT_OF_RANGE',
    { timestamp: displayStamp(stamp), from: window.from, to: window.to, ...params },
    { key, region },
  );
}

/** PDF dates look like `D:20261120101532+08'00'`; the wall time is what the ERP printed. */
export function pdfDateStamp(value: string | undefined): FoundTimestamp | null {
  const m = /^D?:?(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?/.exec(value ?? '');
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  return stampFromWallClock(y ?? 0, mo ?? 0, d ?? 0, h ?? 0, mi ?? 0, s ?? 0);
}

/** exifr returns EXIF times as Dates built in the machine's zone from the camera's wall time. */
export function exifDateStamp(value: unknown): FoundTimestamp | null {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return null;
  return stampFromWallClock(
    value.getFullYear(),
    value.getMonth() + 1,
    value.getDate(),
    value.getHours(),
    value.getMinutes(),
    value.getSeconds(),
  );
}

export function fileResult(
  file: string,
  kind: MaterialKind,
  findings: Finding[],
  extra: Partial<FileCheck> = {},
): FileCheck {
  return { file, kind, status: statusOf(findings), findings, ...extra };
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('cancelled');
}

/** FILE_TYPE_MISMATCH (warning): the content is checked anyway, but the upload may be refused. */
export async function typeMismatch(file: string): Promise<Finding[]> {
  const { type } = await sniffFile(file);
  const mismatch = type === 'empty' ? null : extensionMismatch(file, type);
  return mismatch ? [makeFinding('FILE_TYPE_MISMATCH', mismatch)] : [];
}
