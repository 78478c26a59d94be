/**
 * The seeded plan of files: which seller, case, template and capture each file gets, split into a
 * calibration half and a held-out half with the same mix of cases, templates and captures.
 */
import { makeRng, type Rng } from './rng';
import { TEMPLATES, type TemplateName } from './templates';
import { halfWidthBrackets, makeSeller, nearMissCompany, nearMissPerson, type Seller } from './names';

export const GENERATOR_VERSION = 7;
export const SEED = 20261207;

export type CaseKind =
  | 'good'
  | 'seal-missing'
  | 'signature-missing'
  | 'seal-blurry'
  | 'legal-mismatch'
  | 'company-mismatch'
  | 'two-pages'
  | 'blank'
  | 'licence'
  | 'upside-down'
  | 'rotated-90';
export type Capture = 'photo' | 'scan' | 'scan-pdf' | 'viewer';
export type Split = 'calibration' | 'heldout';
export type BadInput = 'two-pages' | 'blank' | 'licence' | 'upside-down' | 'rotated-90';

/** Files per case in each split (80 per split). */
export const CASE_COUNTS: [CaseKind, number][] = [
  ['good', 38],
  ['seal-missing', 7],
  ['signature-missing', 7],
  ['seal-blurry', 8],
  ['legal-mismatch', 5],
  ['company-mismatch', 5],
  ['two-pages', 3],
  ['blank', 2],
  ['licence', 2],
  ['upside-down', 2],
  ['rotated-90', 1],
];
/** photo 3/7, scan 2/7, scanned PDF 1/7, viewer screenshot 1/7; 7 is coprime with the 6 templates. */
const CAPTURE_CYCLE: Capture[] = ['photo', 'scan', 'scan-pdf', 'photo', 'viewer', 'scan', 'photo'];

export interface PlannedFile {
  id: string;
  split: Split;
  kind: CaseKind;
  template: TemplateName;
  capture: Capture;
  seller: Seller;
  printedCompany: string;
  printedLegal: string | null;
  legalLabel: string;
  seal: 'none' | 'ok' | 'blurry';
  signature: boolean;
  rotation: 0 | 90 | 180 | 270;
  /** EXIF orientation of a phone photo: 6 or 8 store the pixels turned, upright once the tag is applied. */
  exifOrientation: 1 | 6 | 8;
  badInput: BadInput | null;
  seed: number;
}

function captureFor(kind: CaseKind, index: number, rng: Rng): Capture {
  if (kind === 'two-pages') return 'photo';
  if (kind === 'blank') return rng.pick(['scan', 'scan-pdf', 'photo'] as const);
  if (kind === 'licence') return rng.pick(['photo', 'scan'] as const);
  if (kind === 'upside-down' || kind === 'rotated-90') return rng.pick(['photo', 'scan'] as const);
  return CAPTURE_CYCLE[index % CAPTURE_CYCLE.length] ?? 'photo';
}

function legalLabelFor(rng: Rng, seller: Seller): string {
  if (seller.kind === 'individual' && rng.chance(0.5)) return '经营者';
  if (seller.kind === 'sole' && rng.chance(0.3)) return '投资人';
  return rng.pick(['法定代表人', '法定代表人', '法定代表人', '法人代表']);
}

function printedNames(
  rng: Rng,
  kind: CaseKind,
  seller: Seller,
  template: TemplateName,
): { company: string; legal: string | null } {
  let company = seller.companyName;
  if (kind === 'company-mismatch') company = nearMissCompany(rng, company);
  // Word copies typed on an English keyboard: half-width brackets, the same name.
  if (company.includes('（') && rng.chance(0.3)) company = halfWidthBrackets(company);
  const mustPrintLegal = kind === 'signature-missing' || kind === 'legal-mismatch';
  const omitLegal =
    !mustPrintLegal &&
    (template === 'word-minimal' ? rng.chance(0.6) : rng.chance(template === 'right-plain' ? 0.35 : 0.15));
  const legal =
    kind === 'legal-mismatch' ? nearMissPerson(rng, seller.legalRepresentative) : seller.legalRepresentative;
  return { company, legal: omitLegal ? null : legal };
}

function planOne(rng: Rng, split: Split, kind: CaseKind, index: number, templateIndex: number): PlannedFile {
  const seller = makeSeller(rng);
  const template = TEMPLATES[templateIndex % TEMPLATES.length] ?? 'platform';
  const capture = captureFor(kind, index, rng);
  const printed = printedNames(rng, kind, seller, template);
  const badInput: BadInput | null = ['two-pages', 'blank', 'licence', 'upside-down', 'rotated-90'].includes(kind)
    ? (kind as BadInput)
    : null;
  const rotation = kind === 'upside-down' ? 180 : kind === 'rotated-90' ? rng.pick([90, 270] as const) : 0;
  const noLetter = kind === 'blank' || kind === 'licence';
  return {
    id: `${split === 'calibration' ? 'c' : 'h'}${String(index + 1).padStart(3, '0')}`,
    split,
    kind,
    template,
    capture,
    seller,
    printedCompany: printed.company,
    printedLegal: printed.legal,
    legalLabel: legalLabelFor(rng, seller),
    seal: noLetter || kind === 'seal-missing' ? 'none' : kind === 'seal-blurry' ? 'blurry' : 'ok',
    signature: !noLetter && kind !== 'signature-missing',
    rotation,
    exifOrientation: 1,
    badInput,
    seed: rng.int(1, 2 ** 31 - 1),
  };
}

export function planFiles(seed = SEED): PlannedFile[] {
  const files: PlannedFile[] = [];
  for (const split of ['calibration', 'heldout'] as const) {
    const rng = makeRng(`${seed}:${split}`);
    const kinds = CASE_COUNTS.flatMap(([kind, n]) => Array.from({ length: n }, () => kind));
    // Templates rotate within each case group (so every case meets every template); the order of
    // the files is then shuffled so neighbouring files do not share a case.
    let templateIndex = split === 'calibration' ? 0 : 2;
    const planned = kinds.map((kind, i) => planOne(rng, split, kind, i, templateIndex++));
    // Every third good phone photo is stored sideways with an EXIF orientation tag, as phones do.
    planned
      .filter((f) => f.kind === 'good' && f.capture === 'photo')
      .forEach((f, i) => {
        if (i % 3 === 1) f.exifOrientation = i % 2 === 0 ? 8 : 6;
      });
    const order = rng.shuffle(planned.map((_, i) => i));
    order.forEach((from, to) => {
      const file = planned[from] as PlannedFile;
      files.push({ ...file, id: `${split === 'calibration' ? 'c' : 'h'}${String(to + 1).padStart(3, '0')}` });
    });
  }
  return files;
}

export function expectCodes(file: PlannedFile): string[] {
  if (file.badInput === 'two-pages' || file.badInput === 'blank' || file.badInput === 'licence') return [];
  const codes: string[] = [];
  if (file.seal === 'none') codes.push('SEAL_MISSING');
  if (file.seal === 'blurry') codes.push('SEAL_BLURRY');
  if (!file.signature) codes.push('SIGNATURE_MISSING');
  if (file.kind === 'legal-mismatch') codes.push('LEGAL_NAME_MISMATCH');
  if (file.kind === 'company-mismatch') codes.push('COMPANY_NAME_MISMATCH');
  return codes;
}
