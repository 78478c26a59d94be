import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import {
  exportBundle,
  expandInputs,
  OWN_OUTPUTS,
  type BundleResult,
  type BundleReviewInput,
} from '../../services/bundle';
import { FINDING_CODES, type FindingCode } from '../../../shared/findings';
import { isDismissable } from '../../../shared/reviews';
import { loadRulebook } from '../../services/rulebook';
import { shutdownOcr } from '../../services/ocr';
import { globalOptions, makeOutput, parseToday, resolveCase } from '../context';
import { progressLine, readOrders } from './check';
import type { CliCommand } from './types';

type BundleOpts = {
  case?: string;
  orders?: string;
  today?: string;
  out?: string;
  force?: boolean;
  allowErrors?: boolean;
  accept?: string[];
};

/**
 * `--accept CODE:FILE` (repeatable): the scripted "我已核对，无误". FILE is the file's name or
 * path as given; an empty FILE (`CODE:`) confirms a whole-set finding. Codes nobody may
 * dismiss (not the material, unreadable, missing) are refused as a usage error.
 */
function parseAccepts(values: readonly string[]): BundleReviewInput[] {
  const at = new Date().toISOString();
  return values.map((v) => {
    const sep = v.indexOf(':');
    const code = (sep < 0 ? v : v.slice(0, sep)).trim();
    const file = sep < 0 ? '' : v.slice(sep + 1).trim();
    if (!(FINDING_CODES as readonly string[]).includes(code))
      throw new AppError('USAGE', 'bundle.error.acceptCode', { value: v });
    if (!isDismissable({ code: code as FindingCode }))
      throw new AppError('USAGE', 'bundle.error.acceptNotDismissable', { code });
    return { code: code as FindingCode, file: file ? file : null, at, note: 'jitkit --accept' };
  });
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function human(result: BundleResult): string {
  const lines = result.files.map(
    (f) =>
      `${t(`status.${f.status}`)}\t${t(`kind.${f.kind}`)}\t${f.file}${f.findings.map((x) => `\n    [${x.severity}] ${x.code}: ${x.message}`).join('')}`,
  );
  for (const f of result.findings) lines.push(`[${f.severity}] ${f.code}: ${f.message}`);
  if (result.written && result.report)
    lines.push(t('bundle.written', { out: result.out, count: result.entries.length, report: result.report.pdf }));
  else lines.push(t('bundle.notWritten', { reason: result.refused ?? '' }));
  return lines.join('\n');
}

async function runBundle(paths: string[], opts: BundleOpts, cmd: Command): Promise<number> {
  const g = globalOptions(cmd);
  const out = makeOutput(Boolean(g.json));
  try {
    if (!opts.case) throw new AppError('USAGE', 'bundle.error.caseMissing');
    if (!opts.out) throw new AppError('USAGE', 'bundle.error.outMissing');
    const today = parseToday(opts.today);
    const reviews = parseAccepts(opts.accept ?? []);
    const caseInfo = resolveCase(opts.case, g);
    const files = await expandInputs(paths, OWN_OUTPUTS);
    // --orders FILE, else the export stored on the case given by id: the screenshots' orders are looked up in it.
    const orders = await readOrders({ orders: opts.orders }, caseInfo.id, g);
    const result = await exportBundle({
      files,
      caseInfo,
      orders,
      today,
      rulebook: loadRulebook(),
      out: opts.out,
      force: opts.force,
      allowErrors: opts.allowErrors,
      reviews,
      onCheckProgress: (p) => progressLine(out, p.file, p.done, p.total, p.check),
      onStage: (stage) => out.progress(t('bundle.progress.stage', { stage: t(`stage.${stage}`) })),
    });
    out.result(result, () => human(result));
    return !result.written || result.status === 'fail' ? 1 : 0;
  } finally {
    await shutdownOcr();
  }
}

export const bundleCommand: CliCommand = (program, run) => {
  program
    .command('bundle')
    .description('check the materials and write the upload zip with its report / 检查并打包')
    .argument('<paths...>', 'material files or folders')
    .option('--case <F>', 'case.json or a stored case id')
    .option('--out <zip>', 'the zip to write (reports go beside it)')
    .option('--today <date>', 'YYYY-MM-DD (default: today in China time)')
    .option(
      '--orders <F>',
      "order export (CSV/XLSX) to look the screenshots' orders up in (default: the export stored on the case) / 用于核对截图订单的订单导出",
    )
    .option('--force', 'overwrite existing outputs')
    .option('--allow-errors', 'export even though errors remain (the report says so)')
    .option(
      '--accept <CODE:FILE>',
      'confirm one finding of FILE as checked (repeatable; CODE: alone for a whole-set finding)',
      collect,
      [],
    )
    .action(run(runBundle));
};
