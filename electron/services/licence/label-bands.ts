import { FIELD_LABELS, type ParsedLicence } from '../../../shared/licence-parse';
import { recognize } from '../ocr';
import type { OcrLine } from '../ocr/types';
import type { PassOptions, PassResult } from './ocr-pass';

/** How far right of its label a value is looked for, in label heights (a long name at body size). */
const BAND_HEIGHTS = 20;

const KEY_LABELS = { companyName: ['名称'], legalRepresentative: FIELD_LABELS.legalRepresentative } as const;

const labelOnly = (text: string, labels: readonly string[]): boolean => {
  const flat = text.replace(/[\s:：]/g, '');
  return labels.includes(flat);
};

/**
 * A key field's label was read but no value beside it: page-wide detection lost the value's
 * line (an overlay such as 仅供…使用 across it merged it into the watermark). The band right of
 * the label is detected again on its own, where the line stands clear, and read.
 */
export async function readBesideLabels(
  pass: PassResult,
  parsed: ParsedLicence,
  lines: OcrLine[],
  opts: PassOptions,
): Promise<OcrLine[]> {
  if (pass.image.kind !== 'raw') return [];
  const { width: pageWidth, height: pageHeight } = pass.image;
  const regions = (['companyName', 'legalRepresentative'] as const)
    .filter((field) => !parsed.fields[field])
    .flatMap((field) => lines.filter((l) => labelOnly(l.text, KEY_LABELS[field])))
    .map(({ box }) => {
      const x = Math.round(box.x + box.width);
      const y = Math.max(0, Math.round(box.y - box.height / 2));
      return {
        x,
        y,
        width: Math.max(0, Math.min(pageWidth - x, Math.round(box.height * BAND_HEIGHTS))),
        height: Math.min(pageHeight - y, Math.round(box.height * 2)),
      };
    })
    .filter((r) => r.width > 0 && r.height > 0);
  if (regions.length === 0) return [];
  return recognize(pass.image, {
    engine: opts.engine,
    signal: opts.signal,
    ...(pass.cacheKey ? { cacheKey: pass.cacheKey } : {}),
    regions,
  });
}
