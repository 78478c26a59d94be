import type { Handle } from '../../../shared/ipc';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { writeFileAtomic } from '../util/fs-atomic';
import { generateLetterWithId } from './index';

export function registerLetterIpc(handle: Handle, ctx: ServiceContext): void {
  handle('letter:generate', async (a) => {
    const caseInfo = ctx.store.getCase(a.caseId);
    const { pdf, documentId, date } = await generateLetterWithId(caseInfo, {
      rulebook: ctx.rulebook,
      signDate: a.signDate,
      locale: a.locale,
    });
    return { pdf, documentId, date };
  });
  handle('letter:save', async (a) => {
    const caseInfo = ctx.store.getCase(a.caseId);
    const letter = await generateLetterWithId(caseInfo, {
      rulebook: ctx.rulebook,
      signDate: a.signDate,
      locale: a.locale,
    });
    try {
      writeFileAtomic(a.path, letter.pdf, { overwrite: true });
    } catch (e) {
      throw new AppError('OUTPUT_UNWRITABLE', 'letter.error.outputUnwritable', {
        file: a.path,
        detail: (e as Error).message,
      });
    }
    return { path: a.path, documentId: letter.documentId, date: letter.date, bytes: letter.pdf.length };
  });
}
