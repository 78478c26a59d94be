import { makeFinding } from '../../../shared/findings';
import type { Finding } from '../../../shared/findings';
import { t } from '../../../shared/i18n';
import type { LicenceFieldDetail, LicenceReading } from '../../../shared/licence';
import { parseLicence, type LicenceFieldName, type ParsedLicence } from '../../../shared/licence-parse';
import { extensionMismatch, fileProblemFinding, loadImageFile, sniffFile, type SniffedType } from '../files';
import { OcrError, prewarmOcr } from '../ocr';
import type { OcrEngineName, OcrImage } from '../ocr/types';
import { licenceLines } from './ocr-pass';

export type ReadLicenceOptions = {
  engine?: OcrEngineName;
  signal?: AbortSignal;
  onProgress?: (fraction: number, stage: string) => void;
  /** Skip the layout pass and read every line (bench baseline). */
  full?: boolean;
};

const KEY_FIELDS = ['companyName', 'uscc', 'legalRepresentative'] as const;
/** What a licence may be (content, not extension): an image the decoder takes, or a PDF. */
const READABLE: SniffedType[] = ['jpeg', 'png', 'webp', 'tiff', 'gif', 'pdf', 'empty'];

function emptyReading(file: string, findings: Finding[]): LicenceReading {
  return {
    file,
    fields: { companyName: null, uscc: null, legalRepresentative: null },
    details: {},
    type: null,
    foundedDate: null,
    address: null,
    usccValid: false,
    usccCorrected: false,
    findings,
  };
}

/** Loads the file (a PDF's first page rendered); a problem comes back as a finding. */
async function loadLicenceImage(file: string): Promise<{ image: OcrImage; width: number; height: number } | Finding> {
  try {
    const { type } = await sniffFile(file);
    if (type === 'heic') return makeFinding('FILE_UNSUPPORTED_FORMAT', { format: 'HEIC' }, { key: 'licence.heic' });
    // Named as an image or PDF but something else inside (text, a spreadsheet, an .exe).
    const mismatch = extensionMismatch(file, type);
    if (mismatch && !READABLE.includes(type)) return makeFinding('FILE_TYPE_MISMATCH', mismatch, { severity: 'error' });
    const loaded = await loadImageFile(file, { dpi: 200 });
    return { image: { kind: 'raw', data: loaded.data, width: loaded.width, height: loaded.height, channels: 3 }, width: loaded.width, height: loaded.height };
  } catch (e) {
    return fileProblemFinding(e, file);
  }
}

function missingKeyFields(parsed: ParsedLicence): boolean {
  return KEY_FIELDS.some((f) => !parsed.fields[f]) || !parsed.uscc?.valid;
}

/** Reads a business licence: the three key fields, type, founding date and address, with findings. */
export async function readLicence(file: string, opts: ReadLicenceOptions = {}): Promise<LicenceReading> {
  prewarmOcr(opts.engine);
  const loaded = await loadLicenceImage(file);
  if ('code' in loaded) return emptyReading(file, [loaded]);
  let parsed: ParsedLicence;
  try {
    const first = await licenceLines(loaded.image, opts);
    parsed = parseLicence(first.lines);
    // The layout pass missed something: read every line before giving up on a field.
    if (first.strategy === 'layout' && missingKeyFields(parsed)) {
      const again = parseLicence((await licenceLines(loaded.image, { ...opts, full: true })).lines);
      parsed = mergeParsed(parsed, again);
    }
  } catch (e) {
    if (e instanceof OcrError && e.code === 'OCR_CANCELLED') throw e;
    const detail = e instanceof Error ? e.message : String(e);
    return emptyReading(file, [makeFinding('FILE_UNREADABLE', { detail }, { key: 'licence.ocrFailed' })]);
  }
  return toReading(file, parsed, { width: loaded.width, height: loaded.height });
}

/** Keeps the better of two readings per field (a valid code wins). */
function mergeParsed(a: ParsedLicence, b: ParsedLicence): ParsedLicence {
  const fields = { ...b.fields, ...Object.fromEntries(Object.entries(a.fields).filter(([, v]) => v)) } as ParsedLicence['fields'];
  const uscc = a.uscc?.valid ? a.uscc : (b.uscc ?? a.uscc);
  if (uscc === b.uscc && b.fields.uscc) fields.uscc = b.fields.uscc;
  return { fields, uscc, title: a.title || b.title };
}

function detail(parsed: ParsedLicence, name: LicenceFieldName): LicenceFieldDetail | undefined {
  const f = parsed.fields[name];
  if (!f) return undefined;
  return { value: f.value, confidence: Math.round(f.confidence * 1000) / 1000, region: { ...f.region, label: name }, label: f.label };
}

function toReading(file: string, parsed: ParsedLicence, imageSize: { width: number; height: number }): LicenceReading {
  const reading = emptyReading(file, []);
  reading.imageSize = imageSize;
  for (const name of ['companyName', 'uscc', 'legalRepresentative', 'type', 'foundedDate', 'address'] as const) {
    const d = detail(parsed, name);
    if (d) reading.details[name] = d;
  }
  reading.fields = {
    companyName: reading.details.companyName?.value ?? null,
    uscc: reading.details.uscc?.value ?? null,
    legalRepresentative: reading.details.legalRepresentative?.value ?? null,
  };
  reading.type = reading.details.type?.value ?? null;
  reading.foundedDate = reading.details.foundedDate?.value ?? null;
  reading.address = reading.details.address?.value ?? null;
  reading.usccValid = parsed.uscc?.valid ?? false;
  reading.usccCorrected = parsed.uscc?.corrected ?? false;
  reading.findings = licenceFindings(reading);
  return reading;
}

export function licenceFindings(reading: LicenceReading): Finding[] {
  const missing = KEY_FIELDS.filter((f) => reading.fields[f] === null);
  if (missing.length === KEY_FIELDS.length) return [makeFinding('LICENCE_FIELD_MISSING', {}, { key: 'licence.notALicence' })];
  const findings = missing.map((f) =>
    makeFinding('LICENCE_FIELD_MISSING', { field: t(`licence.field.${f}`) }, { key: 'licence.fieldMissing' }),
  );
  const code = reading.fields.uscc;
  if (code && !reading.usccValid) {
    const region = reading.details.uscc?.region;
    findings.push(makeFinding('USCC_INVALID', { uscc: code }, { key: 'licence.usccInvalid', ...(region ? { region } : {}) }));
  }
  return findings;
}
