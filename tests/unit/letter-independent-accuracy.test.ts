/**
 * Signed-letter checks on the HELD-OUT split of the independently generated letters
 * (tests/independent/letters: HTML templates in Chromium, SVG seals and signatures,
 * photos, scans, scanned PDFs and viewer screenshots; none from our renderer). No
 * threshold was tuned on this split. Targets (issue 13): ≥95% of files with every finding
 * right, no name-mismatch error on a letter whose names are right, every missing seal and
 * missing signature caught. Prints the per-code confusion.
 *
 * NOT MET YET. Measured on this split (generator v6: EXIF-rotated photos, creases, cursive
 * signatures) on 2026-12-01: 38/60 (63%) all right; one right name called a mismatch (h015: 志
 * read as 士 with full confidence); two unsigned letters missed; every missing seal caught.
 * The first v6 measurement (36/60, two false name errors) was looked at to find the false
 * errors, so this split is no longer untouched for the name rule: see the issue note.
 * Then (names read with seal ink suppressed, the expected name as prior, tuned on the
 * calibration half only): 49/60 (82%) all right, no right name called a mismatch, every name
 * mismatch caught, NAMES_NOT_CHECKED on 2 good letters (was 15).
 * The floors below are regression guards at the measured level, not the targets; the
 * targets stay named here so raising the floors is the remaining work.
 * Re-measured 2026-12-01 after the seal (double impression), signature (skewed rules) and
 * bad-input (page beside the sheet, QR code is no mark) work: 39/60; one unsigned letter
 * missed, one signed letter (a small scribble in the table template) called unsigned.
 * Both branches merged (names + seal/signature/pages), measured once on this split: 52/60 (87%);
 * SIGNATURE_MISSING 4/1/1, SEAL_BLURRY 3/0/3, LETTER_TWO_PAGES 1/0/1, NAMES_NOT_CHECKED on 2
 * good letters, no false name mismatch, every missing seal caught.
 *
 * Generator v7 (2026-12-01: a fresh seed, 80 + 80 files, a sixth template with 承诺函 titles and a
 * right-aligned block without underlines, thin pale ballpoint and small signatures), measured once
 * on this split after tuning on the calibration half only (calibration went 50/80 → 63/80):
 * 69/80 (86%) all right; no right name called a mismatch; every missing seal caught; two unsigned
 * letters missed (one of them flagged SIGNATURE_UNCLEAR); SIGNATURE_MISSING 5/4/2 (TP/FP/FN: four
 * signed letters still called unsigned), SEAL_BLURRY 6/1/2, SEAL_MISSING 7/2/0.
 *
 * Signature rule (2026-12-01, tuned on calibration only: 63/80 → 67/80 there, SIGNATURE_MISSING
 * 5/3/2 → 4/0/3): pen ink over the seal counts, and SIGNATURE_MISSING needs the signing label read
 * and its zone clean (else SIGNATURE_UNCLEAR). Measured once on this split: 67/80 (84%, was 69/80);
 * SIGNATURE_MISSING 3/3/4 (false errors 4 → 3, but unsigned letters missed 2 → 4: two of them get
 * SIGNATURE_UNCLEAR, two no signature finding). The floors below were lowered to this measured
 * level: fewer false errors that block a good letter, at the cost of weaker recall here.
 *
 * Sheet found whole under a fold or uneven light (sheet-grow.ts: the strict paper threshold kept
 * only the best-lit part, so the seal or signing block fell outside the page), stamp ink with no
 * whole seal is SEAL_UNCLEAR (a warning), a warm-lit blank photo is PAGE_BLANK; tuned on
 * calibration only (67/80 → 70/80 there, false SEAL_MISSING 1 → 0). Measured once on this split
 * (2026-12-01): 67/80 (84%); false SEAL_MISSING 2 → 1 (SEAL_MISSING 7/1/0); SIGNATURE_MISSING
 * 3/3/4 and SEAL_BLURRY 6/1/2 unchanged; no right name called a mismatch; every missing seal caught.
 * Floors at this measurement.
 * Signature (session 6, tuned on calibration only: the standard half and an extra calibration-only
 * set from another seed; standard calibration SIGNATURE_MISSING 5/0/2 → 7/0/0, 70/80 → 73/80): a
 * garbled 签 line or a stand-in label widens the zone up the block, label heights capped at print,
 * desk bands along the page edge and a pale seal's ring text are not strokes, small handwriting
 * with the print cleared (blue ink kept) makes it SIGNATURE_UNCLEAR. Measured once on this split:
 * 68/80; SIGNATURE_MISSING 3/3/4 → 4/1/3 (false errors 3 → 1), SIGNATURE_UNCLEAR 0/3/0 → 0/4/0.
 * Signature floors at this measurement.
 * Seal ring text warns of another company's seal only below a quarter of the name's distinctive
 * characters (calibration 70/80 → 71/80: the one false COMPANY_NAME_MISMATCH warning, a garbled
 * pale seal, gone). Measured once on this split (2026-12-01): 67/80, every per-code count as
 * above (SEAL_MISSING 7/1/0, SEAL_BLURRY 6/1/2, COMPANY_NAME_MISMATCH 5/0/0); floors unchanged.
 * Session 7 (tuned on the standard calibration half and the calibration-only set x1, seed
 * 20261313; x1 129/160 → 140/160, standard calibration 74/80 unchanged, no file worse): blue pen
 * ink in the zone is a signature, a right-hand block's signature may stand far left of its label,
 * two overlapping impressions are stamp ink (SEAL_UNCLEAR) not SEAL_MISSING, PAGE_CUT_OFF only
 * where text below the title runs past the frame. Measured once on this split (2026-12-02):
 * 70/80 (88%); SIGNATURE_MISSING 4/1/3 → 4/0/3, SEAL_MISSING 7/1/0 → 7/0/0 (h023 is now
 * SEAL_UNCLEAR, a warning), SIGNATURE_UNCLEAR 0/4/0 → 0/3/0, PAGE_CUT_OFF 0/1/0 → gone; no right
 * name called a mismatch; every missing seal caught. Floors at this measurement.
 * Session 8 (tuned on the standard calibration half and x1; checked on a fresh calibration-only set
 * x2, seed 20261515, looked at only after the changes): at the faintest look a stroke within a line
 * read for sure (not the signing label) is that print; a seal over 40% of the zone leaves it
 * unjudged only when its ink cannot be measured (the looks subtract it); a label straddling the
 * lower band's edge counts, so the lines above it (投资人：…) are read. x1 140/160 → 142/160 (unsigned
 * letters caught 10 → 13; full run of a broader variant, the files it changed re-run with this code),
 * standard calibration 74/80 unchanged, x2 133/160 unchanged (the same way). Measured once
 * on this split (2026-12-02): 71/80 (89%); SIGNATURE_MISSING 4/0/3 → 5/0/2, SIGNATURE_UNCLEAR
 * 0/3/0 → 0/2/0; SEAL_MISSING 7/0/0; no right name called a mismatch. Floors at this measurement.
 * Seal ink told from pen ink inside the seal by its tint (R − G) per darkness, rules bowing 2.5 px
 * (issue 13, calibration 73/80 with c004's false SIGNATURE_MISSING now a warning; x2 133 → 137/160,
 * SIGNATURE_MISSING 8/0/6 → 12/0/2; check set x3 of seed 20261919 137 → 138/160, 6/1/8 → 8/1/6).
 * Measured once on this split (2026-12-02): 72/80 (90%); SIGNATURE_MISSING 6/0/1, SIGNATURE_UNCLEAR
 * 0/2/0, SEAL_MISSING 7/0/0; no right name called a mismatch. Floors at this measurement.
 */
const TARGET_ALL_RIGHT = 0.95;
const FLOOR_ALL_RIGHT = 0.9;
const FLOOR_MISSED_SIGNATURES = 1;
/** SIGNATURE_MISSING (an error that blocks the export) on a signed letter: target none. */
const FLOOR_FALSE_SIGNATURE_MISSING = 0;
/** SEAL_MISSING (an error that blocks the export) on a letter that carries a seal: target none. */
const FLOOR_FALSE_SEAL_MISSING = 0;
/** The target (none) is met: held at it. */
const FLOOR_FALSE_NAME_MISMATCHES = 0;
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileCheck } from '../../shared/findings';
import { checkSignedLetter } from '../../electron/services/checks/letter';
import { shutdownOcr } from '../../electron/services/ocr';
import { loadRulebook } from '../../electron/services/rulebook';
import {
  allRight,
  caseOf,
  confusion,
  expectedCodes,
  letterPath,
  namesAreRight,
  readIndependentLetters,
  reportedCodes,
  type IndependentLetter,
} from '../helpers/independent-letters';

const rulebook = loadRulebook();
const rows: { truth: IndependentLetter; check: FileCheck }[] = [];

beforeAll(async () => {
  for (const truth of readIndependentLetters('heldout')) {
    rows.push({
      truth,
      check: await checkSignedLetter(letterPath(truth), { rulebook, today: '2026-11-25', caseInfo: caseOf(truth) }),
    });
  }
}, 1_200_000);

afterAll(async () => {
  await shutdownOcr();
});

describe('signed-letter checks on independent held-out letters', () => {
  it('gets every finding right on at least 95% of the files', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    const table = confusion(rows);
    const wrong = rows.filter((r) => !allRight(r.truth, r.check));
    console.log(
      `independent letters, held-out (n=${rows.length}): ${rows.length - wrong.length} all right\n` +
        Object.entries(table)
          .map(([code, c]) => `  ${code.padEnd(24)} TP ${c.tp}  FP ${c.fp}  FN ${c.fn}`)
          .join('\n') +
        (wrong.length
          ? `\n  misses:\n  ${wrong.map((r) => `${r.truth.file}: want [${expectedCodes(r.truth).join(',')}] got [${reportedCodes(r.check).join(',')}]`).join('\n  ')}`
          : ''),
    );
    const share = (rows.length - wrong.length) / rows.length;
    if (share < TARGET_ALL_RIGHT) console.log(`  below the issue-13 target of ${TARGET_ALL_RIGHT * 100}% all right`);
    expect(share).toBeGreaterThanOrEqual(FLOOR_ALL_RIGHT);
  });

  it('never calls a right name a mismatch', () => {
    const falseMismatch = rows.filter(
      (r) =>
        namesAreRight(r.truth) &&
        r.check.findings.some(
          (f) => f.severity === 'error' && (f.code === 'COMPANY_NAME_MISMATCH' || f.code === 'LEGAL_NAME_MISMATCH'),
        ),
    );
    if (falseMismatch.length > 0)
      console.log(
        `  right names called a mismatch (target: none): ${falseMismatch.map((r) => r.truth.file).join(', ')}`,
      );
    expect(falseMismatch.length).toBeLessThanOrEqual(FLOOR_FALSE_NAME_MISMATCHES);
  });

  it('catches every missing seal and every missing signature', () => {
    const letters = rows.filter((r) => !r.truth.badInput || r.truth.rotation !== 0);
    const noSeal = letters.filter((r) => r.truth.seal === 'none');
    const noSignature = letters.filter((r) => !r.truth.signature);
    expect(noSeal.length + noSignature.length).toBeGreaterThan(0);
    expect(noSeal.filter((r) => !reportedCodes(r.check).includes('SEAL_MISSING')).map((r) => r.truth.file)).toEqual([]);
    const falseSealMissing = letters
      .filter((r) => r.truth.seal !== 'none' && reportedCodes(r.check).includes('SEAL_MISSING'))
      .map((r) => r.truth.file);
    if (falseSealMissing.length > 0)
      console.log(`  sealed letters called unsealed (target: none): ${falseSealMissing.join(', ')}`);
    expect(falseSealMissing.length).toBeLessThanOrEqual(FLOOR_FALSE_SEAL_MISSING);
    const missed = noSignature
      .filter((r) => !reportedCodes(r.check).includes('SIGNATURE_MISSING'))
      .map((r) => r.truth.file);
    if (missed.length > 0) console.log(`  unsigned letters not caught (target: none): ${missed.join(', ')}`);
    // SIGNATURE_UNCLEAR (a warning naming the region) still sends the seller to look: said apart.
    const unclear = noSignature.filter((r) => reportedCodes(r.check).includes('SIGNATURE_UNCLEAR'));
    if (unclear.length > 0)
      console.log(`  of them flagged SIGNATURE_UNCLEAR only: ${unclear.map((r) => r.truth.file).join(', ')}`);
    expect(missed.length).toBeLessThanOrEqual(FLOOR_MISSED_SIGNATURES);
    const falseSignatureMissing = letters
      .filter((r) => r.truth.signature && reportedCodes(r.check).includes('SIGNATURE_MISSING'))
      .map((r) => r.truth.file);
    if (falseSignatureMissing.length > 0)
      console.log(`  signed letters called unsigned (target: none): ${falseSignatureMissing.join(', ')}`);
    expect(falseSignatureMissing.length).toBeLessThanOrEqual(FLOOR_FALSE_SIGNATURE_MISSING);
  });

  it('says what bad input is, with a region for every seal, signature and name finding', () => {
    for (const r of rows) {
      if (r.truth.rotation !== 0)
        expect(
          r.check.findings.map((f) => f.code),
          r.truth.file,
        ).toContain('PAGE_ROTATED');
      for (const f of r.check.findings) {
        if (
          [
            'SEAL_MISSING',
            'SEAL_BLURRY',
            'SEAL_UNCLEAR',
            'SIGNATURE_MISSING',
            'SIGNATURE_UNCLEAR',
            'COMPANY_NAME_MISMATCH',
            'LEGAL_NAME_MISMATCH',
            'NAMES_NOT_CHECKED',
          ].includes(f.code) &&
          f.params?.key !== 'letter.check.ocrUnavailable'
        ) {
          expect(f.region, `${r.truth.file} ${f.code}`).toBeDefined();
        }
      }
    }
  });
});
