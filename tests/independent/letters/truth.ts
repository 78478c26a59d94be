/**
 * The truth file written beside the independent letters (truth.json). Fields are only ever added.
 * expectCodes is what a correct checker reports, from SEAL_MISSING, SEAL_BLURRY, SIGNATURE_MISSING,
 * LEGAL_NAME_MISMATCH and COMPANY_NAME_MISMATCH; for two-pages, blank and licence it is empty and
 * badInput names the problem. Rotated letters (upside-down, rotated-90) are good letters to be read
 * anyway: their expectCodes are the letter's own (empty) and rotation says how far they are turned.
 */
import type { AnchorRect } from './browser';
import type { SealStyle } from './compose';
import type { BadInput, CaseKind, Capture, Split } from './plan';

export interface TruthEntry {
  file: string;
  split: Split;
  template: string;
  capture: Capture;
  /** The expected values the seller's case holds. */
  case: { companyName: string; uscc: string; legalRepresentative: string };
  /** What is printed on the page (legalRepresentative null: a signing line with no printed name). */
  printed: { companyName: string; legalRepresentative: string | null };
  seal: 'none' | 'ok' | 'blurry';
  signature: boolean;
  /** Clockwise degrees the content is turned as displayed (after the EXIF orientation is applied). */
  rotation: 0 | 90 | 180 | 270;
  /** EXIF orientation tag of the file (6, 8: the stored pixels are turned; 1: none or upright). */
  exifOrientation: 1 | 6 | 8;
  badInput: BadInput | null;
  expectCodes: string[];
  kind: CaseKind;
  sellerKind: 'company' | 'individual' | 'sole';
  /** The label printed before the legal representative's name (法定代表人, 经营者, 投资人, 法人代表). */
  legalLabel: string;
  /** Where the seal and signature were placed on the flat A4 page, in mm (before capture). */
  sealBoxMm: AnchorRect | null;
  signatureBoxMm: AnchorRect | null;
  captureDetails: Record<string, number | string>;
  /** The seal's ink and smear (null: no seal), and whether the letter was folded in three. */
  sealStyle: SealStyle | null;
  folded: boolean;
}

export interface TruthFile {
  generator: 'independent-letters';
  version: number;
  seed: number;
  seconds: number;
  entries: TruthEntry[];
}
