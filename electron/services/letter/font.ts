import { existsSync, readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import fontkit from '@pdf-lib/fontkit';
import { AppError } from '../../../shared/errors';
import { resourcePath } from '../paths';

/**
 * The letter's two shipped fonts (licences beside them in resources/fonts): Droid Sans
 * Fallback for Chinese (it has no Latin letters or ASCII digits) and DejaVu Sans for
 * those. Both TrueType, so pdf-lib embeds their outlines as they are.
 */
export const LETTER_FONTS = { cjk: 'DroidSansFallbackFull.ttf', latin: 'DejaVuSans.ttf' } as const;
export type FontRole = keyof typeof LETTER_FONTS;

/** A font cut to the letter's characters, with the code points it actually covers. */
export type SubsetFont = { bytes: Uint8Array; covers: (codePoint: number) => boolean };

// Buffers, not plain Uint8Arrays: subset-font sniffs the format with Buffer#toString.
const fullFonts = new Map<FontRole, Buffer>();

function loadFullFont(role: FontRole): Buffer {
  const cached = fullFonts.get(role);
  if (cached) return cached;
  const file = resourcePath('fonts', LETTER_FONTS[role]);
  if (!existsSync(file)) throw new AppError('LETTER_FONT_MISSING', 'letter.error.fontMissing', { file });
  const bytes = readFileSync(file);
  fullFonts.set(role, bytes);
  return bytes;
}

/**
 * Cuts a font down to `characters` with HarfBuzz (subset-font). pdf-lib's own
 * `subset: true` renders CJK as blank glyphs, so the letter embeds this small font whole.
 * Layout features are dropped: pdf-lib would otherwise set ligatures (ﬁ) with a gap.
 */
async function subsetOf(role: FontRole, characters: string): Promise<SubsetFont> {
  const bytes = new Uint8Array(
    await subsetFont(loadFullFont(role), characters, { targetFormat: 'sfnt', keepFeatures: [] }),
  );
  const parsed = fontkit.create(bytes);
  return { bytes, covers: (cp) => parsed.hasGlyphForCodePoint(cp) };
}

/** Both fonts cut to the letter's characters; refuses characters neither font can print. */
export async function letterFontsFor(characters: string): Promise<Record<FontRole, SubsetFont>> {
  const [cjk, latin] = await Promise.all([subsetOf('cjk', characters), subsetOf('latin', characters)]);
  const missing = Array.from(characters).filter((c) => {
    const cp = c.codePointAt(0) ?? 0;
    return c.trim() !== '' && !cjk.covers(cp) && !latin.covers(cp);
  });
  if (missing.length > 0)
    throw new AppError('LETTER_MISSING_GLYPHS', 'letter.error.missingGlyphs', { chars: missing.join(' ') });
  return { cjk, latin };
}
