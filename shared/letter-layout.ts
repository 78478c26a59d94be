/**
 * The fixed layout of the commitment letter (JIT退出承诺书) on an A4 page. The generator
 * prints every part at these positions and the signed-letter checker maps the same boxes
 * onto a scanned or photographed page, so both sides must read them from here.
 *
 * Units: millimetres, origin at the top-left corner of the page, y growing downwards (the
 * way a reviewer measures on paper and the way image pixels run). `baseline` is the text
 * baseline; `box` is the area a part occupies, ink included.
 */
export const A4_MM = { width: 210, height: 297 } as const;
export const MM_PER_INCH = 25.4;
export const POINTS_PER_MM = 72 / MM_PER_INCH;

export type MmBox = { x: number; y: number; width: number; height: number };

/** Text sizes in points (the PDF's unit); 11 pt body text stays legible in a phone photo. */
export const LETTER_FONT_PT = { title: 20, body: 11, small: 8 } as const;

const MARGIN = 25;
const CONTENT_WIDTH = A4_MM.width - 2 * MARGIN;

/** Body line pitch: 11 pt text with comfortable leading. */
export const LINE_PITCH_MM = 6.2;

export const LETTER_LAYOUT = {
  margin: MARGIN,
  contentWidth: CONTENT_WIDTH,
  title: { baseline: 34, box: { x: MARGIN, y: 25, width: CONTENT_WIDTH, height: 12 } },
  /** Identity lines: company, USCC, store name, store ID (one line each, fixed rows). */
  identity: {
    baselines: [52, 60, 68, 76] as const,
    box: { x: MARGIN, y: 46, width: CONTENT_WIDTH, height: 33 },
  },
  /** The chosen exit ground: a heading line, up to two wrapped lines, then the rules it cites. */
  exitGround: {
    headingBaseline: 90,
    firstBaseline: 97,
    maxLines: 2,
    box: { x: MARGIN, y: 84, width: CONTENT_WIDTH, height: 28 },
  },
  /** Numbered commitments: heading, then fixed slots of up to three lines each. */
  commitments: {
    headingBaseline: 120,
    firstBaseline: 128,
    slotHeight: 14.5,
    maxLinesPerItem: 2,
    maxItems: 5,
    indent: 7,
    box: { x: MARGIN, y: 114, width: CONTENT_WIDTH, height: 88 },
  },
  /** Closing statement above the signature block. */
  closing: { baseline: 204 },
  /** `法定代表人：<name>` (printed; read by OCR and compared with the licence). */
  legalRepLine: { baseline: 220, box: { x: MARGIN, y: 213, width: 80, height: 10 } },
  /** `法定代表人（签字）：` label; the hand signature goes in `signatureZone` to its right. */
  signatureLabel: { baseline: 238, box: { x: MARGIN, y: 231, width: 42, height: 10 } },
  signatureZone: { x: 68, y: 224, width: 42, height: 18 },
  /** `日期：YYYY年M月D日`. */
  dateLine: { baseline: 256, box: { x: MARGIN, y: 249, width: 80, height: 10 } },
  /** `公司盖章：` label and the marked circle where the seal goes (40–42 mm company seals). */
  sealLabel: { baseline: 220, box: { x: 118, y: 213, width: 30, height: 10 } },
  sealArea: { cx: 150, cy: 245, r: 22 },
  /**
   * Registration marks: four filled squares near the page corners. They let the scan
   * checker find the page (and undo perspective) in a phone photo; 10 mm from the edge
   * stays inside every printer's printable area. The top-left one is larger, so a photo
   * taken sideways or upside down (no EXIF orientation) is still read the right way up.
   */
  registrationMarks: { size: 4, firstSize: 6, inset: 10 },
  /** Short document ID, small and centred at the bottom. */
  footer: { baseline: 284, box: { x: MARGIN, y: 279, width: CONTENT_WIDTH, height: 7 } },
} as const;

/** The seal circle's bounding box. */
export function sealAreaBox(): MmBox {
  const { cx, cy, r } = LETTER_LAYOUT.sealArea;
  return { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
}

/** Centres of the four registration marks: top-left, top-right, bottom-right, bottom-left. */
export function registrationMarkCentres(): { x: number; y: number }[] {
  const { size, inset } = LETTER_LAYOUT.registrationMarks;
  const near = inset + size / 2;
  return [
    { x: near, y: near },
    { x: A4_MM.width - near, y: near },
    { x: A4_MM.width - near, y: A4_MM.height - near },
    { x: near, y: A4_MM.height - near },
  ];
}

/** Side length (mm) of each registration mark, in the order of registrationMarkCentres(). */
export function registrationMarkSizes(): number[] {
  const { size, firstSize } = LETTER_LAYOUT.registrationMarks;
  return [firstSize, size, size, size];
}

/** Baseline of line `line` (0-based) of commitment `item` (0-based). */
export function commitmentBaseline(item: number, line: number): number {
  const c = LETTER_LAYOUT.commitments;
  return c.firstBaseline + item * c.slotHeight + line * LINE_PITCH_MM;
}

/** Baseline of wrapped exit-ground line `line` (0-based). */
export function exitGroundBaseline(line: number): number {
  return LETTER_LAYOUT.exitGround.firstBaseline + line * LINE_PITCH_MM;
}

/** Millimetres → PDF points, PDF y measured from the bottom of the page. */
export function mmToPdf(xMm: number, yMm: number): { x: number; y: number } {
  return { x: xMm * POINTS_PER_MM, y: (A4_MM.height - yMm) * POINTS_PER_MM };
}

/** Scales a millimetre box onto an upright page image of `width`×`height` pixels. */
export function mmBoxToPixels(box: MmBox, page: { width: number; height: number }): MmBox {
  const sx = page.width / A4_MM.width;
  const sy = page.height / A4_MM.height;
  return {
    x: Math.round(box.x * sx),
    y: Math.round(box.y * sy),
    width: Math.round(box.width * sx),
    height: Math.round(box.height * sy),
  };
}

/** The box a line of text of `sizePt` points occupies given its baseline (ascent ≈ 0.9 em). */
export function textLineBox(xMm: number, baselineMm: number, widthMm: number, sizePt: number): MmBox {
  const em = sizePt / POINTS_PER_MM;
  return { x: xMm, y: baselineMm - 0.9 * em, width: widthMm, height: 1.15 * em };
}
