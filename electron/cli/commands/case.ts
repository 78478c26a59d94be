import type { Command } from 'commander';
import { caseInputSchema, describeIssues } from '../../../shared/case';
import { AppError } from '../../../shared/errors';
import { globalOptions, makeOutput, openStore, readCaseFile } from '../context';
import type { CliCommand } from './types';

type CreateOpts = {
  from?: string;
  company?: string;
  uscc?: string;
  legalRep?: string;
  storeName?: string;
  storeId?: string;
  exitReason?: string;
  signDate?: string;
};

function createCase(opts: CreateOpts, cmd: Command): number {
  const g = globalOptions(cmd);
  const fromFlags = {
    companyName: opts.company,
    uscc: opts.uscc,
    legalRepresentative: opts.legalRep,
    storeName: opts.storeName,
    storeId: opts.storeId,
    exitReason: opts.exitReason,
    signDate: opts.signDate,
  };
  const defined = Object.fromEntries(Object.entries(fromFlags).filter(([, v]) => v !== undefined));
  const input = opts.from ? { ...readCaseFile(opts.from), ...defined } : defined;
  const parsed = caseInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('USAGE', 'error.invalidInput', { detail: describeIssues(parsed.error) });
  const created = openStore(g).createCase(parsed.data);
  makeOutput(Boolean(g.json)).result(
    created,
    () => `${created.id}\t${created.companyName}\t${created.legalRepresentative}`,
  );
  return 0;
}

function showCase(id: string, _opts: unknown, cmd: Command): number {
  const g = globalOptions(cmd);
  const store = openStore(g);
  const c = store.getCase(id);
  const runs = store.latestCheckRuns(id);
  const value = {
    ...c,
    materials: store.listMaterials(id),
    lastCheckRun: runs.at(-1) ?? null,
    checkRuns: runs,
    exports: store.listExports(id),
  };
  makeOutput(Boolean(g.json)).result(value);
  return 0;
}

function listCases(opts: { all?: boolean; search?: string }, cmd: Command): number {
  const g = globalOptions(cmd);
  const cases = openStore(g).listCases({ includeArchived: Boolean(opts.all), search: opts.search });
  makeOutput(Boolean(g.json)).result({ cases }, () =>
    cases.length
      ? cases.map((c) => `${c.id}\t${c.status}\t${c.companyName}\t${c.legalRepresentative}`).join('\n')
      : '(no cases)',
  );
  return 0;
}

export const caseCommand: CliCommand = (program, run) => {
  const cmd = program.command('case').description('create, list and show cases in the store / 管理案件');
  cmd
    .command('create')
    .description('create a case from a case file or flags')
    .option('--from <file>', 'case.json (see docs/cli.md)')
    .option('--company <name>', 'company name (名称)')
    .option('--uscc <code>', 'unified social credit code')
    .option('--legal-rep <name>', 'legal representative (法定代表人)')
    .option('--store-name <name>', 'store name')
    .option('--store-id <id>', 'store id')
    .option('--exit-reason <reason>', 'no-jit-orders-90d | category-removed | force-majeure')
    .option('--sign-date <date>', 'YYYY-MM-DD')
    .action(run(createCase));
  cmd
    .command('list')
    .description('list cases')
    .option('--all', 'include archived cases')
    .option('--search <text>', 'filter')
    .action(run(listCases));
  cmd
    .command('show')
    .description('show a case with its materials and last check run')
    .argument('<id>')
    .action(run(showCase));
};
