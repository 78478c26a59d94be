import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import type { FileCheck, MaterialKind } from '../../../shared/findings';
import { attachSetFindings, checkFiles, type CheckFilesResult } from '../../services/checks';
import { loadRulebook } from '../../services/rulebook';
import { shutdownOcr } from '../../services/ocr';
import { importOrderExport, loadCaseOrders } from '../../services/eligibility';
import { globalOptions, makeOutput, openStore, parseToday, resolveCase, type Output } from '../context';
import type { CliCommand } from './types';

export type CheckOpts = { as?: string; case?: string; today?: string; orders?: string; set?: boolean };
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
    if (!existsSync(file) || !statSync(file).isFile())
      throw new AppError('FILE_NOT_FOUND', 'error.fileNotFound', { file });
  }
}

export function progressLine(out: Output, file: string, done: number, total: number, check?: FileCheck): void {
  const kind = check ? t(`kind.${check.kind}`) : '';
  const status = check ? t(`status.${check.status}`) : '';
  out.progress(t('checks.progress', { done, total, file, kind, status }));
}

function humanReport(files: FileCheck[]): string {
  return files
    .map((f) =>
      [
        `${t(`status.${f.status}`)}\t${t(`kind.${f.kind}`)}\t${f.file}`,
        ...f.findings.map((x) => `    [${x.severity}] ${x.code}: ${x.message}`),
      ].join('\n'),
    )
    .join('\n');
}

/**
 * The order export for the logistics order look-up: `--orders FILE`, else the export stored
 * on the case given by id (none: the look-up is skipped). Only id and JIT flag are kept.
 */
export async function readOrders(
  opts: CheckOpts,
  caseId: string | undefined,
  g: ReturnType<typeof globalOptions>,
): Promise<{ id: string; jit: boolean }[] | undefined> {
  const rulebook = loadRulebook();
  let imp = null;
  if (opts.orders) {
    requireFiles([opts.orders]);
    imp = await importOrderExport(readFileSync(opts.orders), opts.orders, { offsetHours: rulebook.utcOffsetHours });
  } else if (caseId) imp = await loadCaseOrders(openStore(g), rulebook, caseId);
  if (!imp) return undefined;
  if (imp.needsMapping)
    throw new AppError('USAGE', 'error.usage', {
      detail: `--orders ${opts.orders ?? ''}: map the columns first (jitkit eligibility --map)`,
    });
  return imp.orders.map((o) => ({ id: o.id, jit: o.jit }));
}

/** Without --set, a month without a screenshot is not news about the file(s) checked. */
export function keepSetFindings(result: CheckFilesResult, wholeSet: boolean): CheckFilesResult {
  return wholeSet
    ? result
    : { ...result, setFindings: result.setFindings.filter((f) => f.code !== 'LOGISTICS_MONTH_UNCOVERED') };
}

async function runCheck(files: string[], opts: CheckOpts, cmd: Command): Promise<number> {
  const g = globalOptions(cmd);
  const out = makeOutput(Boolean(g.json));
  try {
    const as = parseKind(opts.as);
    const today = parseToday(opts.today);
    requireFiles(files);
    const caseInfo = opts.case ? resolveCase(opts.case, g) : undefined;
    const orders = await readOrders(opts, caseInfo?.id, g);
    const result = await checkFiles(files, {
      as,
      caseInfo,
      orders,
      today,
      rulebook: loadRulebook(),
      onProgress: (p) => progressLine(out, p.file, p.done, p.total, p.check),
    });
    const checked = attachSetFindings(keepSetFindings(result, Boolean(opts.set)));
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
    .option(
      '--orders <F>',
      "order export (CSV/XLSX) to look the screenshots' orders up in / 用于核对截图订单的订单导出",
    )
    .option(
      '--set',
      'the files are the whole set of logistics screenshots: also report months without one / 检查整套截图（报告缺少截图的月份）',
    )
    .action(run(runCheck));
};
