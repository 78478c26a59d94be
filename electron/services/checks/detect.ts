import sharp from 'sharp';
import type { Finding, MaterialKind } from '../../../shared/findings';
import { makeFinding } from '../../../shared/findings';
import {
  extensionMismatch,
  extractPdfText,
  fileProblemFinding,
  loadImageFile,
  sniffFile,
  type SniffedType,
} from '../files';
import { recognize } from '../ocr';

/**
 * Which material a file is, from its content only (a letter named IMG_0001.jpg is still a
 * letter). Ordered rules: the letter's title beats everything (it also names the licence
 * and stock), the licence's title beats the words a tracking page or a stock table carry.
 */
const RULES: { kind: Exclude<MaterialKind, 'unknown'>; pattern: RegExp }[] = [
  { kind: 'letter', pattern: /承诺书|承\s*诺\s*书|承诺函|承\s*诺\s*函/ },
  { kind: 'licence', pattern: /营业执照|统一社会信用代码|business\s*licen[cs]e/i },
  { kind: 'logistics', pattern: /揽收|运单|物流轨迹|物流详情|快递|派送|签收|已发货|tracking|waybill|picked\s*up/i },
  { kind: 'inventory', pattern: /库存|在库|可用数量|盘点|SKU|stock|inventory/i },
];

const IMAGE_TYPES: SniffedType[] = ['jpeg', 'png', 'webp', 'tiff', 'gif', 'heic'];
const SPREADSHEETS: SniffedType[] = ['xlsx', 'xls', 'csv'];
/** Long side of the copy read for detection: enough for titles and headings, quick to OCR. */
const DETECT_LONG_SIDE = 1280;
const TOP_SHARE = 0.35;

export type Detection = { kind: MaterialKind; type: SniffedType | null; findings: Finding[] };

export function kindFromText(text: string): MaterialKind {
  const compact = text.replace(/\s+/g, ' ');
  return RULES.find((r) => r.pattern.test(compact))?.kind ?? 'unknown';
}

export async function detectKind(file: string, options: { signal?: AbortSignal } = {}): Promise<Detection> {
  let type: SniffedType | null = null;
  try {
    type = (await sniffFile(file)).type;
    // A spreadsheet is an inventory attempt: its checker explains SPREADSHEET_NOT_PDF.
    if (SPREADSHEETS.includes(type)) return { kind: 'inventory', type, findings: [] };
    let text = '';
    if (type === 'pdf') text = await pdfText(file);
    if (type === 'pdf' && kindFromText(text) === 'unknown') text += ` ${await ocrText(file, options.signal)}`;
    if (IMAGE_TYPES.includes(type)) text = await ocrText(file, options.signal);
    else if (type !== 'pdf') return { kind: 'unknown', type, findings: [unsupported(file, type)] };
    const kind = kindFromText(text);
    return kind === 'unknown' ? unknown(file, type) : { kind, type, findings: [] };
  } catch (e) {
    if (options.signal?.aborted) throw e;
    return { kind: 'unknown', type, findings: [fileProblemFinding(e, file)] };
  }
}

/** Not a material format at all (an executable, SVG, a zip, an empty file): say what it is. */
function unsupported(file: string, type: SniffedType): Finding {
  if (type === 'empty') return makeFinding('FILE_UNREADABLE', { detail: '0 bytes', file });
  return makeFinding('FILE_UNSUPPORTED_FORMAT', {
    format: type === 'unknown' ? (file.split('.').pop() ?? '?') : type.toUpperCase(),
  });
}

function unknown(file: string, type: SniffedType): Detection {
  const findings = [makeFinding('KIND_UNKNOWN', {}, { key: 'checks.kindUnknown' })];
  // A PDF named .jpg is worth saying: the per-kind checker that would say it never runs.
  const mismatch = extensionMismatch(file, type);
  if (mismatch) findings.push(makeFinding('FILE_TYPE_MISMATCH', mismatch));
  return { kind: 'unknown', type, findings };
}

async function pdfText(file: string): Promise<string> {
  // maxPages is a refusal limit there, not a page range: read all, classify by the first two.
  const { pages } = await extractPdfText(file);
  return pages
    .slice(0, 2)
    .flatMap((p) => p.items.map((i) => i.str))
    .join('');
}

/**
 * OCR of a downscaled copy (a scanned PDF's first page, or the image). Titles sit at the
 * top of letters, licences, tracking pages and stock reports, so the top third is read
 * first and the rest only when it names nothing: about three times less OCR per file.
 */
async function ocrText(file: string, signal?: AbortSignal): Promise<string> {
  const image = await loadImageFile(file, { dpi: 100 });
  const small = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(DETECT_LONG_SIDE, DETECT_LONG_SIDE, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = small.info;
  const read = async (regions?: { x: number; y: number; width: number; height: number }[]) =>
    (
      await recognize(
        { kind: 'raw', data: new Uint8Array(small.data), width, height, channels: 3 },
        { signal, regions },
      )
    )
      .map((l) => l.text)
      .join(' ');
  const top = await read([{ x: 0, y: 0, width, height: Math.max(1, Math.round(height * TOP_SHARE)) }]);
  if (kindFromText(top) !== 'unknown') return top;
  return `${top} ${await read()}`;
}
