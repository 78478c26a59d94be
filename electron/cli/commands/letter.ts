import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { parseLocale, t } from '../../../shared/i18n';
import { generateLetterWithId } from '../../services/letter';
import { loadRulebook } from '../../services/rulebook';
import { writeFileAtomic } from '../../services/util/fs-atomic';
import { globalOptions, makeOutput, parseToday, resolveCase } from '../context';
import type { CliCommand } from './types';

type LetterOpts = { case: string; out: string; force?: boolean; letterLang?: string; signDate?: string };

/** Refuses before any work: an existing file without --force, or a folder that is not there. */
function checkTarget(out: string, force: boolean): void {
  if (existsSync(out) && !force && !statSync(out).isDirectory())
    throw new AppError('OUTPUT_EXISTS', 'error.outputExists', { file: out });
  if (existsSync(out) && statSync(out).isDirectory())
    throw new AppError('USAGE', 'letter.error.outputIsFolder', { file: out });
  if (!existsSync(dirname(out))) throw new AppError('USAGE', 'letter.error.outputFolderMissing', { dir: dirname(out) });
}

async function letter(opts: LetterOpts, cmd: Command): Promise<number> {
  const g = globalOptions(cmd);
  const out = resolve(opts.out);
  const force = Boolean(opts.force);
  checkTarget(out, force);
  const caseInfo = resolveCase(opts.case, g);
  const locale = opts.letterLang === undefined ? 'zh-CN' : parseLocale(opts.letterLang);
  if (!locale)
    throw new AppError('USAGE', 'error.invalidInput', { detail: `--letter-lang ${opts.letterLang} (zh-CN | en)` });
  const signDate = opts.signDate === undefined ? undefined : parseToday(opts.signDate);
  const letterDoc = await generateLetterWithId(caseInfo, { rulebook: loadRulebook(), locale, signDate });
  try {
    // Written whole or not at all: a temp file in the same folder, renamed into place.
    writeFileAtomic(out, letterDoc.pdf, { overwrite: force });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new AppError('OUTPUT_EXISTS', 'error.outputExists', { file: out });
    throw new AppError('OUTPUT_UNWRITABLE', 'letter.error.outputUnwritable', {
      file: out,
      detail: (e as Error).message,
    });
  }
  const result = { out, documentId: letterDoc.documentId, date: letterDoc.date, bytes: letterDoc.pdf.length };
  makeOutput(Boolean(g.json)).result(result, () => t('letter.saved', { file: out, id: letterDoc.documentId }));
  return 0;
}

export const letterCommand: CliCommand = (program, run) => {
  program
    .command('letter')
    .description('generate the commitment letter (JIT退出承诺书) as an A4 PDF to print, sign and seal / 生成承诺书')
    .requiredOption('--case <F>', 'case file (case.json) or stored case id')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--force', 'overwrite an existing output file')
    .option('--sign-date <date>', "date printed on the letter, YYYY-MM-DD (default: the case's signDate, else today)")
    .option('--letter-lang <locale>', 'language of the letter text: zh-CN (default, what the platform reviews) or en')
    .action(run(letter));
};
