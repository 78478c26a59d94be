import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import { resourcePath } from '../paths';
import { LETTER_FONTS, letterFontsFor } from '../letter/font';
import { Typeface } from '../letter/typeface';

/**
 * The report prints with the letter's two shipped fonts (Droid Sans Fallback for Chinese,
 * DejaVu Sans for Latin and digits), cut to the characters printed by the letter's helper.
 * Unlike the letter, the report prints users' file names, which may hold characters
 * neither font has (emoji): those become "?" rather than failing the export.
 */
type Coverage = { hasGlyphForCodePoint(cp: number): boolean };
let coverage: Coverage[] | null = null;

function fullFonts(): Coverage[] {
  coverage ??= Object.values(LETTER_FONTS).map(
    (file) => fontkit.create(readFileSync(resourcePath('fonts', file))) as unknown as Coverage,
  );
  return coverage;
}

/** Replaces characters no shipped font can draw (keeps spaces). */
export function printable(text: string): string {
  const fonts = fullFonts();
  return Array.from(text, (ch) =>
    ch === ' ' || fonts.some((f) => f.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)) ? ch : '?',
  ).join('');
}

/** Embeds both fonts cut to `text` (already passed through `printable`). */
export async function reportTypeface(doc: PDFDocument, text: string): Promise<Typeface> {
  // The space stays in the cut: without it a space falls back to the CJK font's .notdef (a 1 em gap).
  const chars = Array.from(new Set(Array.from(`${text} ?`))).join('');
  return Typeface.embed(doc, await letterFontsFor(chars));
}

export type { Typeface };
