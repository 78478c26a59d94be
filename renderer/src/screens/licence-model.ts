import type { Finding, Region } from '../../../shared/findings';
import type { CaseRecord } from '../../../shared/case';

/** The fields the licence step confirms into the case, and the ones only shown. */
export const EDITABLE = ['companyName', 'uscc', 'legalRepresentative'] as const;
export const SHOWN = ['type', 'foundedDate', 'address'] as const;
export type FieldName = (typeof EDITABLE)[number] | (typeof SHOWN)[number];

export type ReadField = { value: string; confidence?: number; region?: Region };

/** What the renderer needs from `licence:read`, tolerant of the service's exact shape. */
export type LicenceReading = {
  fields: Partial<Record<FieldName, ReadField>>;
  imageSize?: { width: number; height: number };
  findings: Finding[];
  /** An orientation-corrected preview (PNG) when the service returns one. */
  preview?: Uint8Array;
};

type Raw = Record<string, unknown>;

export function toReading(value: unknown): LicenceReading {
  const v = (value ?? {}) as Raw;
  const inner = (typeof v.licence === 'object' && v.licence ? v.licence : v) as Raw;
  const rawFields = (inner.fields ?? {}) as Record<string, unknown>;
  const fields: LicenceReading['fields'] = {};
  for (const [name, f] of Object.entries(rawFields)) {
    if (typeof f === 'string') fields[name as FieldName] = { value: f };
    else if (f && typeof f === 'object' && 'value' in f) {
      const o = f as Raw;
      fields[name as FieldName] = { value: String(o.value ?? ''), confidence: typeof o.confidence === 'number' ? o.confidence : undefined, region: (o.region ?? o.box) as Region | undefined };
    }
  }
  const findings = (Array.isArray(v.findings) ? v.findings : Array.isArray(inner.findings) ? inner.findings : []) as Finding[];
  const preview = [v.preview, v.image, inner.preview].find((p) => p instanceof Uint8Array) as Uint8Array | undefined;
  const imageSize = (v.imageSize ?? inner.imageSize) as LicenceReading['imageSize'];
  return { fields, findings, imageSize, preview };
}

export type Draft = Record<(typeof EDITABLE)[number], string>;

export function draftFrom(c: CaseRecord, reading: LicenceReading | null): Draft {
  const pick = (k: (typeof EDITABLE)[number]) => reading?.fields[k]?.value || c[k] || '';
  return { companyName: pick('companyName'), uscc: pick('uscc'), legalRepresentative: pick('legalRepresentative') };
}

/** OCR confidence below this is flagged for a closer look. */
export const LOW_CONFIDENCE = 0.85;
