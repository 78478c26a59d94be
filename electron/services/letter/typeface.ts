import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import type { FontRole, SubsetFont } from './font';

type Run = { font: PDFFont; text: string };

/** CJK blocks, CJK punctuation and full-width forms: always from the Chinese font. */
const isCjkRange = (cp: number) => cp >= 0x2e80 && cp <= 0xffef;

/**
 * Prints mixed Chinese/Latin text with two fonts: each character goes to the font that
 * has it (Latin letters and digits to DejaVu, the rest to Droid Sans Fallback), split
 * into runs so measuring and drawing agree.
 */
export class Typeface {
  private constructor(
    private readonly fonts: Record<FontRole, PDFFont>,
    private readonly latinCovers: (cp: number) => boolean,
  ) {}

  static async embed(doc: PDFDocument, subsets: Record<FontRole, SubsetFont>): Promise<Typeface> {
    // The fonts are already cut to the letter's characters; pdf-lib's own subsetting blanks CJK glyphs.
    const cjk = await doc.embedFont(subsets.cjk.bytes, { subset: false });
    const latin = await doc.embedFont(subsets.latin.bytes, { subset: false });
    return new Typeface({ cjk, latin }, subsets.latin.covers);
  }

  private roleOf(ch: string): FontRole {
    const cp = ch.codePointAt(0) ?? 0;
    return !isCjkRange(cp) && this.latinCovers(cp) ? 'latin' : 'cjk';
  }

  runs(text: string): Run[] {
    const runs: { role: FontRole; text: string }[] = [];
    for (const ch of text) {
      const role = this.roleOf(ch);
      const last = runs.at(-1);
      if (last && last.role === role) last.text += ch;
      else runs.push({ role, text: ch });
    }
    return runs.map((r) => ({ font: this.fonts[r.role], text: r.text }));
  }

  widthOf(text: string, size: number): number {
    return this.runs(text).reduce((sum, r) => sum + r.font.widthOfTextAtSize(r.text, size), 0);
  }

  draw(page: PDFPage, text: string, at: { x: number; y: number }, size: number, color: RGB): void {
    let x = at.x;
    for (const run of this.runs(text)) {
      page.drawText(run.text, { x, y: at.y, size, font: run.font, color });
      x += run.font.widthOfTextAtSize(run.text, size);
    }
  }
}
