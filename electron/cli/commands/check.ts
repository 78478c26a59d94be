import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import type { FileCheck, MaterialKind } from '../../../shared/findings';
import { attachSetFindings, checkFiles } from '../../services/checks';
import { loadRulebook } from '../../services/rulebook';
import { shutdownOcr } from '../../services/ocr';
import { globalOptions, makeOutput, parseToday, resolveCase, type Output } from '../context';
import type { CliCommand } from './types';

type CheckOpts = { as?: string; case?: string; today?: string };
const KINDS = ['licence', 'letter', 'logistics', 'inventory'] as const;

/** `--as`: one of the four kinds, else a usage error (exit 2). */
export function parseKind(value: string | undefined): Exclude<MaterialKind, 'unknown'> | undefined {
  if (value === undefined) return undefined;
  if ((KINDS as readonly string[]).includes(value)) return value as (typeof KINDS)[number];
  throw new AppError('USAGE', 'error.usage', { detail: `--as ${value} (licence|letter|logistics|inventory)` });
}

/** Every path must be a readable file before any work starts (exit 2 otherwise). */
export function requireFiles(files: readonly string[]): void {
  for (const file of files) {
    if (!existsSync(file) || !statSync(file).isFile()) throw new AppError('FILE_NOT_FOUND', 'error.fileNotFound', { file });
  }
}

export function progressLine(out: Output, file: string, done: number, total: number, check?: FileCheck): void {
  const kind = check ? t(`kind.${check.kind}`) : '';
  const status = check ? t(`status.${check.status}`) : '';
  out.progress(t('checks.progress', { done, total, file, kind, status }));
}

function humanReport(files: FileCheck[]): string {
  return files
    .map((f) => [`${t(`status.${f.status}`)}\t${t(`kind.${f.kind}`)}\t${f.file}`, ...f.findings.map((x) => `    [${x.severity}] ${x.code}: ${x.message}`)].join('\n'))
    .join('\n');
}

async function runCheck(files: string[], opts: CheckOpts, cmd: Command): Promise<number> {
  const g = globalOptions(cmd);
  const out = makeOutput(Boolean(g.json));
  try {
    const as = parseKind(opts.as);
    const today = parseToday(opts.today);
    requireFiles(files);
    const caseInfo = opts.case ? resolveCase(opts.case, g) : undefined;
    const result = await checkFiles(files, {
      as, caseInfo, today, rulebook: loadRulebook(),
      onProgress: (p) => progressLine(out, p.file, p.done, p.total, p.check),
    });
    const checked = attachSetFindings(result);
    out.result({ files: checked }, () => humanReport(checked));
    return checked.some((f) => f.status === 'fail') ? 1 : 0;
  } finally {
    await shutdownOcr();
  }
}

export const checkCommand: CliCommand = (program, run) => {
  program
    .command('check')
    .description('check materials; kinds are detected from content / 检查材料（按内容识别类型）')
    .argument('<file...>', 'files to check')
    .option('--as <kind>', 'licence | letter | logistics | inventory (skip detection)')
    .option('--case <F>', 'case.json or a stored case id (names to compare)')
    .option('--today <date>', 'YYYY-MM-DD (default: today in China time)')
    .action(run(runCheck));
};
