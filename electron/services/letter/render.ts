import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { AppError } from '../../../shared/errors';
import { utcOffsetText } from '../../../shared/timestamps';
import {
  A4_MM,
  LETTER_FONT_PT,
  LETTER_LAYOUT as L,
  LINE_PITCH_MM,
  POINTS_PER_MM,
  commitmentBaseline,
  exitGroundBaseline,
  mmToPdf,
  registrationMarkCentres,
  registrationMarkSizes,
} from '../../../shared/letter-layout';
import type { LetterContent } from './content';
import type { FontRole, SubsetFont } from './font';
import { Typeface } from './typeface';
import { fitText } from './wrap';

const INK = rgb(0, 0, 0);
/** Guides (signature line, seal circle) print light so they never pass for ink or a seal. */
const GUIDE = rgb(0.62, 0.62, 0.62);
const BODY_SIZES = [LETTER_FONT_PT.body, 10, 9] as const;
const FOOTER_SIZES = [LETTER_FONT_PT.small, 7] as const;

type Pen = { page: PDFPage; font: Typeface };

function text(pen: Pen, value: string, xMm: number, baselineMm: number, size: number, color = INK): void {
  pen.font.draw(pen.page, value, mmToPdf(xMm, baselineMm), size, color);
}

function centred(pen: Pen, value: string, baselineMm: number, size: number, color = INK): void {
  const widthMm = pen.font.widthOf(value, size) / POINTS_PER_MM;
  text(pen, value, (A4_MM.width - widthMm) / 2, baselineMm, size, color);
}

/** Fits `value` into `maxLines` lines of `widthMm`, shrinking the type if needed, else refuses. */
function fitted(
  pen: Pen,
  value: string,
  field: string,
  widthMm: number,
  maxLines: number,
  sizes: readonly number[] = BODY_SIZES,
) {
  const fit = fitText(value, pen.font, sizes, widthMm * POINTS_PER_MM, maxLines);
  if (!fit)
    throw new AppError('LETTER_TEXT_TOO_LONG', 'letter.error.textTooLong', {
      field,
      max: Math.floor((widthMm * maxLines) / 4),
    });
  return fit;
}

/** Line pitch: body text keeps its leading; shrunk text (three lines in a slot) sets tighter. */
const pitchFor = (size: number) => (size >= LETTER_FONT_PT.body ? LINE_PITCH_MM : (1.4 * size) / POINTS_PER_MM);

function drawIdentityAndGround(pen: Pen, c: LetterContent): void {
  centred(pen, c.title, L.title.baseline, LETTER_FONT_PT.title);
  c.identity.forEach((line, i) => {
    const fit = fitted(pen, line, line.split(/[:：]/)[0] ?? line, L.contentWidth, 1);
    text(pen, fit.lines[0] ?? '', L.margin, L.identity.baselines[i] ?? 0, fit.size);
  });
  text(pen, c.exitGroundHeading, L.margin, L.exitGround.headingBaseline, LETTER_FONT_PT.body);
  const ground = fitted(
    pen,
    c.exitGround,
    c.exitGroundHeading,
    L.contentWidth - L.commitments.indent,
    L.exitGround.maxLines,
  );
  ground.lines.forEach((line, i) =>
    text(pen, line, L.margin + L.commitments.indent, exitGroundBaseline(i), ground.size),
  );
  const rules = fitted(pen, c.rulesCited, c.rulesCited, L.contentWidth - L.commitments.indent, 1);
  text(pen, rules.lines[0] ?? '', L.margin + L.commitments.indent, exitGroundBaseline(ground.lines.length), rules.size);
}

function drawCommitments(pen: Pen, c: LetterContent): void {
  const k = L.commitments;
  text(pen, c.commitmentsHeading, L.margin, k.headingBaseline, LETTER_FONT_PT.body);
  c.commitments.slice(0, k.maxItems).forEach((item, i) => {
    // Three lines at a smaller size fit the same slot as two at body size.
    const fit =
      fitText(item, pen.font, [LETTER_FONT_PT.body], (L.contentWidth - k.indent) * POINTS_PER_MM, k.maxLinesPerItem) ??
      fitted(pen, item, `${i + 1}`, L.contentWidth - k.indent, k.maxLinesPerItem + 1, BODY_SIZES.slice(1));
    text(pen, `${i + 1}.`, L.margin, commitmentBaseline(i, 0), fit.size);
    fit.lines.forEach((line, j) => {
      const baseline = commitmentBaseline(i, 0) + j * pitchFor(fit.size);
      text(pen, line, L.margin + k.indent, baseline, fit.size);
    });
  });
  const closing = fitted(pen, c.closing, c.closing, L.contentWidth, 2);
  closing.lines.forEach((line, j) =>
    text(pen, line, L.margin, L.closing.baseline + j * pitchFor(closing.size), closing.size),
  );
}

function drawSignatureBlock(pen: Pen, c: LetterContent): void {
  const legal = fitted(pen, c.legalRep, c.legalRep, L.legalRepLine.box.width, 1);
  text(pen, legal.lines[0] ?? '', L.margin, L.legalRepLine.baseline, legal.size);
  text(pen, c.signatureLabel, L.margin, L.signatureLabel.baseline, LETTER_FONT_PT.body);
  const zone = L.signatureZone;
  const from = mmToPdf(zone.x, L.signatureLabel.baseline + 1);
  const to = mmToPdf(zone.x + zone.width, L.signatureLabel.baseline + 1);
  pen.page.drawLine({ start: from, end: to, thickness: 0.5, color: GUIDE });
  text(pen, c.date, L.margin, L.dateLine.baseline, LETTER_FONT_PT.body);
  text(pen, c.sealLabel, L.sealLabel.box.x, L.sealLabel.baseline, LETTER_FONT_PT.body);
  const centre = mmToPdf(L.sealArea.cx, L.sealArea.cy);
  const r = L.sealArea.r * POINTS_PER_MM;
  pen.page.drawEllipse({
    ...centre,
    xScale: r,
    yScale: r,
    borderColor: GUIDE,
    borderWidth: 0.6,
    borderDashArray: [3, 3],
  });
  const hintWidthMm = pen.font.widthOf(c.sealHint, LETTER_FONT_PT.small) / POINTS_PER_MM;
  text(pen, c.sealHint, L.sealArea.cx - hintWidthMm / 2, L.sealArea.cy + 1, LETTER_FONT_PT.small, GUIDE);
}

function drawRegistrationMarks(pen: Pen): void {
  const sizes = registrationMarkSizes();
  for (const [i, c] of registrationMarkCentres().entries()) {
    const size = sizes[i] ?? L.registrationMarks.size;
    const at = mmToPdf(c.x - size / 2, c.y + size / 2);
    pen.page.drawRectangle({ ...at, width: size * POINTS_PER_MM, height: size * POINTS_PER_MM, color: INK });
  }
}

/** Lays the content out on one A4 page at the fixed positions of shared/letter-layout.ts. */
export async function renderLetterPdf(
  content: LetterContent,
  fonts: Record<FontRole, SubsetFont>,
  meta: { documentId: string; date: string; utcOffsetHours: number },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  doc.registerFontkit(fontkit);
  const font = await Typeface.embed(doc, fonts);
  const page = doc.addPage([A4_MM.width * POINTS_PER_MM, A4_MM.height * POINTS_PER_MM]);
  const pen: Pen = { page, font };
  drawIdentityAndGround(pen, content);
  drawCommitments(pen, content);
  drawSignatureBlock(pen, content);
  drawRegistrationMarks(pen);
  const footer = fitted(pen, content.footer, 'footer', L.contentWidth, 1, FOOTER_SIZES);
  centred(pen, footer.lines[0] ?? '', L.footer.baseline, footer.size, rgb(0.3, 0.3, 0.3));
  doc.setTitle(`${content.title} ${meta.documentId}`);
  doc.setSubject(meta.documentId);
  doc.setCreator('JIT Exit Kit');
  doc.setProducer('JIT Exit Kit (pdf-lib)');
  // Midnight of the letter's date on the platform's clock (the rulebook's zone), whatever the machine's zone.
  const dated = new Date(`${meta.date}T00:00:00${utcOffsetText(meta.utcOffsetHours)}`);
  doc.setCreationDate(dated);
  doc.setModificationDate(dated);
  return doc.save({ useObjectStreams: true });
}
