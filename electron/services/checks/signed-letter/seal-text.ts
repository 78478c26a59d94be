/**
 * Reads the company name around the seal: the ring's text band is unrolled into a
 * straight strip (characters stand on the inner edge, tops outward, as a seal is cut) and
 * read as one line. The seal's rotation is unknown, so the band is unrolled twice round
 * and the name is looked for inside it. Only a confident read that shares few of the
 * licence company's distinctive characters is reported, as a warning.
 */
import type { CaseInput } from '../../../../shared/case';
import type { Finding } from '../../../../shared/findings';
import { makeFinding } from '../../../../shared/findings';
import { normalizeCompanyName } from '../../../../shared/names';
import { recognize } from '../../ocr';
import type { NormalizedPage } from './page';
import type { PixelBox } from './raster';

const MIN_CHARS = 4;
const MIN_CONFIDENCE = 0.8;

function unroll(page: NormalizedPage, seal: PixelBox): { data: Uint8Array; width: number; height: number } {
  const cx = seal.x + seal.width / 2;
  const cy = seal.y + seal.height / 2;
  const r = (seal.width + seal.height) / 4;
  const outer = r * 0.9;
  const inner = r * 0.5;
  const mid = (outer + inner) / 2;
  const width = Math.round(2 * 2 * Math.PI * mid);
  const height = Math.round(outer - inner);
  const data = new Uint8Array(width * height);
  for (let v = 0; v < height; v++) {
    const rad = outer - v;
    for (let u = 0; u < width; u++) {
      const theta = -Math.PI + u / mid;
      const x = Math.round(cx + rad * Math.cos(theta));
      const y = Math.round(cy + rad * Math.sin(theta));
      const red = x >= 0 && y >= 0 && x < page.width && y < page.height ? (page.redness[y * page.width + x] ?? 0) : 0;
      data[v * width + u] = Math.max(0, 255 - red * 2);
    }
  }
  return { data, width, height };
}

/**
 * A read sharing fewer of the name's distinctive characters than this is another company's
 * seal. A garbled read of the right seal (pale ink, a signature across the ring) still keeps
 * some: calibration v7, 义写美技… for 嘉懿（义乌）美妆 kept 2 of 6 (0.33) and was a false warning.
 */
const MIN_SHARE = 0.25;
const cjk = (s: string) => Array.from(s).filter((c) => /\p{Script=Han}/u.test(c));
/** Words every company name has: they say nothing about which company it is. */
const GENERIC = /有限责任公司|股份有限公司|有限公司|公司|集团|分公司/g;

/** Share of the name's distinctive characters that the seal read contains (arc OCR drops some). */
function shareFound(read: string[], name: string): number {
  const distinct = [...new Set(cjk(normalizeCompanyName(name).replace(GENERIC, '')))];
  if (distinct.length === 0) return 1;
  const seen = new Set(read);
  return distinct.filter((c) => seen.has(c)).length / distinct.length;
}

export async function sealTextFindings(
  page: NormalizedPage,
  seal: PixelBox,
  caseInfo: CaseInput | undefined,
  signal?: AbortSignal,
): Promise<Finding[]> {
  if (!caseInfo) return [];
  const strip = unroll(page, seal);
  const lines = await recognize(
    { kind: 'raw', data: strip.data, width: strip.width, height: strip.height, channels: 1 },
    { regions: [{ x: 0, y: 0, width: strip.width, height: strip.height }], regionsAreLines: true, signal },
  );
  const line = lines[0];
  if (!line || line.confidence < MIN_CONFIDENCE) return [];
  const read = cjk(line.text);
  if (read.length < MIN_CHARS || shareFound(read, caseInfo.companyName) >= MIN_SHARE) return [];
  // The band is unrolled twice round: show one turn of it.
  const found = read.slice(0, Math.ceil(read.length / 2)).join('');
  return [
    makeFinding(
      'COMPANY_NAME_MISMATCH',
      { found, expected: caseInfo.companyName },
      { severity: 'warning', key: 'letter.check.sealNameMismatch', region: page.toImage(seal) },
    ),
  ];
}

/** For tests and tuning: the unrolled band as a grey image. */
export const unrollSealBand = unroll;
