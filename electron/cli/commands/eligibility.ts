import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { EXIT_REASONS } from '../../../shared/case';
import { AppError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import {
  ORDER_FIELDS,
  type ColumnMapping,
  type EligibilityInputs,
  type OrderField,
} from '../../../shared/eligibility/inputs';
import type { EligibilityResult } from '../../../shared/eligibility/evaluate';
import { isIsoDate } from '../../../shared/eligibility/time';
import { getInputs, getMapping } from '../../services/eligibility/case-data';
import {
  evaluateEligibility,
  importOrderExport,
  loadCaseOrders,
  mappingRequiredError,
  summarize,
} from '../../services/eligibility';
import type { OrderImport } from '../../services/eligibility/import';
import { loadRulebook } from '../../services/rulebook';
import { globalOptions, makeOutput, openStore, parseToday, resolveCase } from '../context';
import type { CliCommand } from './types';

/**
 * `jitkit eligibility --case F [--orders FILE] [--today D] --json`: the exit pre-check.
 * With a stored case id, the case's saved inputs, column mapping and order export are used
 * and flags override them. Exit 0 eligible, 1 not eligible, 2 usage error or unreadable export.
 */
type Opts = {
  case: string;
  orders?: string;
  sheet?: string;
  map: string[];
  today?: string;
  applyDate?: string;
  exitReason?: string;
  openTickets?: string;
  unreconciled?: string;
  stockCleared?: string;
  dailyOrders?: string;
  integratedWarehousing?: string;
  markets?: string;
  category?: string;
  failures?: string;
  categoryNotice?: string;
  fulfilmentRate?: string;
  lateOrders?: string;
  lastJitDate?: string;
};

function badFlag(flag: string, value: string, expected: string): AppError {
  return new AppError('USAGE', 'eligibility.error.badFlag', { flag, value, expected });
}

function int(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim())) throw badFlag(flag, v, 'a whole number ≥ 0');
  return Number(v);
}

function num(flag: string, v: string | undefined, max = Infinity): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/%$/, ''));
  if (!v.trim() || !Number.isFinite(n) || n < 0 || n > max) throw badFlag(flag, v, `a number from 0 to ${max}`);
  return n;
}

function yesNo(flag: string, v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  const s = v.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', '是'].includes(s)) return true;
  if (['no', 'n', 'false', '0', '否'].includes(s)) return false;
  throw badFlag(flag, v, 'yes or no');
}

function date(flag: string, v: string | undefined): string | undefined {
  if (v !== undefined && !isIsoDate(v)) throw badFlag(flag, v, 'YYYY-MM-DD');
  return v;
}

/** Flags override stored inputs field by field; an absent flag keeps the stored value. */
export function inputsFromFlags(o: Opts, stored: EligibilityInputs): EligibilityInputs {
  const flags: EligibilityInputs = {
    openExceptionTickets: int('--open-tickets', o.openTickets),
    unreconciledTransfers: int('--unreconciled', o.unreconciled),
    stockCleared: yesNo('--stock-cleared', o.stockCleared),
    dailyOrders: num('--daily-orders', o.dailyOrders),
    integratedWarehousing: yesNo('--integrated-warehousing', o.integratedWarehousing),
    targetMarkets: o.markets
      ?.split(/[,\s]+/)
      .filter(Boolean)
      .map((m) => m.toUpperCase()),
    mainCategory: o.category,
    consecutiveFailures: int('--failures', o.failures),
    categoryRemovalNotice: yesNo('--category-notice', o.categoryNotice),
    plannedApplicationDate: date('--apply-date', o.applyDate),
    manualFulfilmentRate: num('--fulfilment-rate', o.fulfilmentRate, 100),
    manualLateJitOrders30d: int('--late-orders', o.lateOrders),
    manualLastJitOrderDate: date('--last-jit-date', o.lastJitDate),
  };
  const defined = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  return { ...stored, ...defined };
}

/** `--map deadline=承诺揽收时间 --map pickup=交接时间` → a partial mapping. */
export function parseMapSpecs(specs: readonly string[]): Partial<ColumnMapping> {
  const mapping: Partial<ColumnMapping> = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const field = spec.slice(0, eq).trim() as OrderField;
    if (eq < 1 || !ORDER_FIELDS.includes(field))
      throw new AppError('USAGE', 'eligibility.import.badMapSpec', { spec, fields: ORDER_FIELDS.join(', ') });
    const column = spec.slice(eq + 1).trim();
    mapping[field] = column === '' ? null : column;
  }
  return mapping;
}

async function readOrders(
  o: Opts,
  caseId: string | undefined,
  g: ReturnType<typeof globalOptions>,
  offsetHours: number,
): Promise<OrderImport | null> {
  const explicit = parseMapSpecs(o.map);
  const store = caseId ? openStore(g) : null;
  const remembered = store && caseId ? getMapping(store, caseId) : null;
  if (o.orders) {
    if (!existsSync(o.orders) || !statSync(o.orders).isFile())
      throw new AppError('FILE_NOT_FOUND', 'error.fileNotFound', { file: o.orders });
    return importOrderExport(readFileSync(o.orders), o.orders, {
      mapping: explicit,
      remembered,
      sheet: o.sheet,
      offsetHours,
    });
  }
  return store && caseId ? loadCaseOrders(store, loadRulebook(), caseId) : null;
}

/** Issues listed in the human output; --json has the full list (up to the import's cap). */
const HUMAN_ISSUES = 10;

function human(r: EligibilityResult, imp: OrderImport | null): string {
  const key =
    r.verdict === 'eligible'
      ? 'eligibility.cli.eligible'
      : r.verdict === 'unknown'
        ? 'eligibility.cli.unknown'
        : 'eligibility.cli.notEligible';
  const head = t(key, { date: r.applicationDate });
  const lines = [head, ...r.reasons.map((x) => `  ${x.status === 'fail' ? '✗' : '?'} [${x.rule.id}] ${x.message}`)];
  for (const late of r.lateJitOrders)
    lines.push(`    ${late.id}  ${late.deadline} → ${late.actual}  +${late.hoursLate}h`);
  for (const w of r.warnings) lines.push(`  ! ${w.message}`);
  for (const issue of imp?.issues.slice(0, HUMAN_ISSUES) ?? []) lines.push(`  · ${issue.message}`);
  const more = (imp?.issueCount ?? 0) - Math.min(HUMAN_ISSUES, imp?.issues.length ?? 0);
  if (more > 0) lines.push(`  · ${t('eligibility.issue.more', { count: more })}`);
  return lines.join('\n');
}

async function runEligibility(o: Opts, cmd: Command): Promise<number> {
  const g = globalOptions(cmd);
  const today = parseToday(o.today);
  const c = resolveCase(o.case, g);
  const caseId = c.id;
  if (o.exitReason !== undefined && !(EXIT_REASONS as readonly string[]).includes(o.exitReason))
    throw badFlag('--exit-reason', o.exitReason, EXIT_REASONS.join(' | '));
  const rulebook = loadRulebook();
  const stored = caseId ? getInputs(openStore(g), caseId) : {};
  const inputs = inputsFromFlags(o, stored);
  const imp = await readOrders(o, caseId, g, rulebook.utcOffsetHours);
  if (imp?.needsMapping) throw mappingRequiredError(imp);
  const result = evaluateEligibility({
    rulebook,
    caseInfo: { exitReason: o.exitReason ?? c.exitReason },
    inputs,
    orders: imp?.orders ?? null,
    today,
    skippedRows: imp?.skippedRows ?? 0,
  });
  const value = { ...result, inputs, orders: imp ? summarize(imp, null) : null, issues: imp?.issues ?? [] };
  makeOutput(Boolean(g.json)).result(value, () => human(result, imp));
  return result.eligible ? 0 : 1;
}

const collect = (v: string, prev: string[]) => [...prev, v];

export const eligibilityCommand: CliCommand = (program, run) => {
  program
    .command('eligibility')
    .description('pre-check exit eligibility from the order export and indicators / 退出资格前置校验')
    .requiredOption('--case <F>', 'case file or stored case id')
    .option('--orders <file>', 'order export (CSV or XLSX)')
    .option('--sheet <name>', 'XLSX sheet to read (default: the first with a header row)')
    .option('--map <field=column>', `column mapping, repeatable; fields: ${ORDER_FIELDS.join(', ')}`, collect, [])
    .option('--today <date>', 'evaluate as of this China date (YYYY-MM-DD)')
    .option('--apply-date <date>', 'planned application date (default: today)')
    .option('--exit-reason <reason>', EXIT_REASONS.join(' | '))
    .option('--open-tickets <n>', 'unfinished JIT exception tickets')
    .option('--unreconciled <n>', 'un-reconciled JIT transfer orders')
    .option('--stock-cleared <yes|no>', 'stock sync status is "cleared"')
    .option('--daily-orders <n>', 'average orders a day')
    .option('--integrated-warehousing <yes|no>', 'on integrated Cainiao warehousing')
    .option('--markets <list>', 'target markets, e.g. ES,FR')
    .option('--category <name>', 'main category')
    .option('--failures <n>', 'consecutive fulfilment failures (force majeure)')
    .option('--category-notice <yes|no>', 'holds the category-removal notice')
    .option('--fulfilment-rate <percent>', '30-day JIT fulfilment rate, when there is no export')
    .option('--late-orders <n>', 'late JIT orders in the 30 days, when there is no export')
    .option('--last-jit-date <date>', 'date of the last JIT order, when there is no export')
    .action(run(runEligibility));
};
