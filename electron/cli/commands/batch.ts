import { basename } from 'node:path';
import type { Command } from 'commander';
import { t } from '../../../shared/i18n';
import { runBatch, type SellerResult } from '../../services/bundle/batch';
import { loadRulebook } from '../../services/rulebook';
import { shutdownOcr } from '../../services/ocr';
import { globalOptions, makeOutput, parseToday } from '../context';
import type { CliCommand } from './types';

type BatchOpts = { today?: string; out?: string; force?: boolean; allowErrors?: boolean; concurrency?: string };

function sellerStatus(s: SellerResult): string {
  return s.error ? `${t('status.fail')} (${s.error.message})` : t(`status.${s.status}`);
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

function summaryTable(sellers: SellerResult[]): string {
  const rows = sellers.map((s) => [
    basename(s.dir),
    s.error ? t('status.fail') : t(`status.${s.status}`),
    String(s.files.length),
    s.out ?? '-',
  ]);
  const header = t('batch.summary.header').split('\t');
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(c))))
      .join('  ')
      .trimEnd();
  const problems = sellers.filter((s) => s.error).map((s) => `${basename(s.dir)}: ${s.error?.message}`);
  return [line(header), ...rows.map(line), ...(problems.length ? ['', ...problems] : [])].join('\n');
}

async function runBatchCommand(dir: string, opts: BatchOpts, cmd: Command): Promise<number> {
  const g = globalOptions(cmd);
  const out = makeOutput(Boolean(g.json));
  try {
    const today = parseToday(opts.today);
    const concurrency = opts.concurrency ? Math.max(1, Number(opts.concurrency) || 1) : undefined;
    const result = await runBatch({
      dir,
      outDir: opts.out,
      today,
      rulebook: loadRulebook(),
      force: opts.force,
      allowErrors: opts.allowErrors,
      concurrency,
      onSeller: (s, done, total) =>
        out.progress(
          t('bundle.progress.seller', {
            done,
            total,
            dir: s.dir,
            status: sellerStatus(s),
            out: s.out ? ` → ${s.out}` : '',
          }),
        ),
    });
    const sellers = result.sellers.map(({ dir: d, status, out: o, files, findings, error }) => ({
      dir: d,
      status,
      out: o,
      files,
      findings,
      ...(error ? { error } : {}),
    }));
    out.result({ sellers }, () => summaryTable(result.sellers));
    return result.sellers.some((s) => s.status === 'fail' || s.out === null) ? 1 : 0;
  } finally {
    await shutdownOcr();
  }
}

export const batchCommand: CliCommand = (program, run) => {
  program
    .command('batch')
    .description('check and bundle every seller folder in a folder / 批量检查并打包')
    .argument('<dir>', 'a folder with one sub-folder per seller (case.json or a licence in each)')
    .option('--out <dir>', 'where the zips go (default: <dir>_bundles)')
    .option('--today <date>', 'YYYY-MM-DD (default: today in China time)')
    .option('--force', 'overwrite existing outputs')
    .option('--allow-errors', 'export sellers even though errors remain (their reports say so)')
    .option('--concurrency <n>', 'sellers in flight at once (default 2)')
    .action(run(runBatchCommand));
};
