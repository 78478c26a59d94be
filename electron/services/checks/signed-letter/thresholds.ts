/**
 * Signed-letter thresholds, calibrated on the calibration half of the seeded fixtures
 * (tests/fixtures/signed-letters.ts; see tests/unit/letter-check-accuracy.test.ts for the
 * held-out accuracy). Units: normalised grey/redness 0–255, millimetres, page at 6 px/mm.
 */
export const LETTER_THRESHOLDS = {
  /** Red ink: R − max(G, B), relative to the paper around it. */
  sealRedness: 10,
  /** Less red than this (mm²) is no seal at all; a 40 mm seal's ring alone is ~150 mm². */
  sealMinRedAreaMm2: 40,
  sealMinDiameterMm: 22,
  /**
   * Stamp ink that is no whole seal (split by a fold, cut by the edge): a red patch at least
   * this wide and tall (red titles and rules are thinner), with this much red (mm²).
   */
  stampInkMinSideMm: 12,
  stampInkMinAreaMm2: 20,
  sealMaxDiameterMm: 62,
  /** p98 redness of a legible seal; faded stamps fall below. */
  sealMinStrength: 60,
  /** Weakest directional edge gradient ÷ strength; blurred or smeared stamps fall below. */
  sealMinSteepness: 0.2,
  /** Laplacian variance of the text block; below it the page is out of focus. */
  pageMinSharpness: 300,
  /** Normalised grey below this is pen or printer ink. */
  inkGrey: 110,
  /** On a blurred page pen strokes come out lighter. */
  inkGreyBlurred: 170,
  /** Other templates: pen ink as the generator's 150 dpi scans show it (thin strokes antialias lighter). */
  penGrey: 140,
  penGreyBlurred: 175,
  /**
   * Pale ballpoint and small handwriting (thin strokes antialias lighter still): a second look
   * at this grey before a letter is called unsigned. Calibration (v7): no unsigned letter's
   * zone shows strokes at it; 3 of the 6 signatures the first look missed do.
   */
  penGreyPale: 175,
  /** Lighter than pale: strokes seen only here are too faint to call either way (a warning). */
  penGreyTrace: 190,
  /** Other templates, once read print is cleared: a pen stroke longer than this (and than a glyph). */
  handStrokeMinMm: 5,
  /**
   * Inside the seal's box (pen ink counted where it crosses seal ink, print cleared, 0.5 mm gaps
   * joined): a stroke must span this. Calibration v7: a pale signature over a seal 9 mm; the
   * seal's own dense ring text (JPEG colour bleed) up to 6 mm on an unsigned letter.
   */
  sealStrokeMinMm: 7.5,
  /**
   * Other templates, before SIGNATURE_MISSING: with the print cleared, strokes of small
   * handwriting (a 3 mm character's pieces) longer than this make it a warning instead.
   */
  smallHandStrokeMinMm: 2.5,
  /**
   * Blue pen ink (blueness against the local paper, not red): print is black and seals red, so
   * blue strokes in the signing zone are handwriting however small or pale. Calibration (v7
   * standard and x1 sets): unsigned zones show blue pieces of 0.5 mm at most (JPEG and a cool
   * cast), a pale small blue signature 1.8 mm pieces of 37 px.
   */
  penBlueness: 15,
  blueStrokeMinMm: 1.2,
  blueInkMinMm2: 0.8,
  /** A line read at least this confidently (and no taller than print) is print, cleared as such. */
  printLineConfidence: 0.8,
  /** A handwritten stroke spans at least this; printed 11 pt characters are ~3.9 mm. */
  signatureMinStrokeMm: 6.5,
  /**
   * Other templates, page found inside a photo or screenshot: no scanner dpi exists, so
   * the resolution asked of a scan is relaxed by this factor (at 75 dpi 11 pt text is still
   * ~12 px high and legible) and focus is judged on the upsampling-corrected Laplacian.
   */
  photoDpiFactor: 0.5,
  anyTemplateMinSharpness: 90,
  /**
   * Other templates: weakest directional edge steepness of a legible seal. Calibration v7 (pages
   * from photos and scans up to 6.5 px/mm): good ≥ 0.329, smeared ≤ 0.301 (v6: smeared ≤ 0.19).
   */
  anyTemplateSealSteepness: 0.3,
  /**
   * A finer source (a scan of 180 dpi and more) is downsampled to the page's 6 px/mm, which
   * steepens every edge: a smear must be judged stricter. Calibration v7 at ≥ 7.9 px/mm: good
   * ≥ 0.361, smeared 0.301 and 0.309 (a double stamp at 0.395 is left to the doubling measure).
   */
  fineSourceSealSteepness: 0.34,
  fineSourcePxPerMm: 7,
  /**
   * Other templates: a seal stamped twice a little apart. Its detail's autocorrelation
   * rebound at the slip (seal-double.ts) ÷ its edge steepness (the doubled edges are also
   * shallower). Calibration: single impressions ≤ 0.28, double-stamped ≥ 0.44.
   */
  sealDoubleRatio: 0.36,
  /** Scanners round: a 150 dpi scan of A4 measures a little under 150 here. */
  dpiTolerance: 0.95,
} as const;
