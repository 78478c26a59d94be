import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import subsetFont from 'subset-font';
import { resourcePath } from '../paths';

/**
 * The report's font: the shipped Droid Sans Fallback, cut down to the characters printed
 * (subset-font/HarfBuzz; pdf-lib's own CJK subsetting prints blank glyphs). Unlike the
 * letter, the report prints users' file names, which may hold characters the font lacks
 * (emoji): those become "?" rather than failing the export.
 */
type FontkitFont = { hasGlyphForCodePoint(cp: number): boolean };
let full: { bytes: Uint8Array; font: FontkitFont } | null = null;

function fullFont(): { bytes: Uint8Array; font: FontkitFont } {
  if (!full) {
    const bytes = new Uint8Array(readFileSync(resourcePath('fonts', 'DroidSansFallbackFull.ttf')));
    full = { bytes, font: fontkit.create(bytes) as unknown as FontkitFont };
  }
  return full;
}

/** Replaces characters the font cannot draw (keeps whitespace and newlines). */
export function printable(text: string): string {
  const { font } = fullFont();
  return Array.from(text, (ch) => (/\s/.test(ch) || font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0) ? ch : '?')).join('');
}

export async function reportFontFor(text: string): Promise<Uint8Array> {
  const chars = Array.from(new Set(Array.from(printable(text) + '?'))).join('');
  return new Uint8Array(await subsetFont(fullFont().bytes, chars, { targetFormat: 'sfnt' }));
}
