import type { CaseInput } from '../../../shared/case';
import { buildLetterContent, contentCharacters, letterDate, type LetterOptions } from './content';
import { letterDocumentId } from './document-id';
import { letterFontsFor } from './font';
import { renderLetterPdf } from './render';

export type { LetterOptions } from './content';
export { letterDocumentId } from './document-id';

export type GeneratedLetter = { pdf: Uint8Array; documentId: string; date: string };

/**
 * The commitment letter (JIT退出承诺书) for a case as an A4 PDF: fixed layout
 * (shared/letter-layout.ts), CJK font cut to the letter's characters and embedded as
 * TrueType so the text both renders and extracts as Unicode.
 */
export async function generateLetterWithId(caseInfo: CaseInput, options: LetterOptions): Promise<GeneratedLetter> {
  const date = letterDate(caseInfo, options);
  const documentId = letterDocumentId(caseInfo, date);
  const content = buildLetterContent(caseInfo, options, documentId);
  const fonts = await letterFontsFor(contentCharacters(content));
  const pdf = await renderLetterPdf(content, fonts, {
    documentId,
    date,
    utcOffsetHours: options.rulebook.utcOffsetHours,
  });
  return { pdf, documentId, date };
}

export async function generateLetter(caseInfo: CaseInput, options: LetterOptions): Promise<Uint8Array> {
  return (await generateLetterWithId(caseInfo, options)).pdf;
}
