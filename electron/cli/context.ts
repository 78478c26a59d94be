import { todayIn } from '../../shared/rulebook';
import { loadRulebook } from '../services/rulebook';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { CaseInput, CaseRecord } from '../../shared/case';
import { readCaseFile } from '../services/store/case-file';

export { readCaseFile };
import { AppError } from '../../shared/errors';
import { CaseStore } from '../services/store';
import { defaultDataDir } from '../services/paths';

/** Options every command accepts (declared on the root program). */
export type GlobalOptions = { json?: boolean; dataDir?: string; lang?: string };

export type Output = {
  json: boolean;
  /** The one JSON document (or human text) for stdout. */
  result: (value: unknown, human?: () => string) => void;
  /** Progress and notes: always stderr, so stdout stays one JSON document. */
  progress: (line: string) => void;
};

export function makeOutput(json: boolean): Output {
  return {
    json,
    result: (value, human) => {
      process.stdout.write(json || !human ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
    },
    progress: (line) => {
      process.stderr.write(`${line}\n`);
    },
  };
}

export function globalOptions(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals<GlobalOptions>();
}

let openStores: CaseStore[] = [];

/** Opens the case store of --data-dir, JITKIT_DATA_DIR or the app's user-data folder. */
export function openStore(opts: GlobalOptions): CaseStore {
  const store = new CaseStore(opts.dataDir ?? defaultDataDir());
  openStores.push(store);
  return store;
}

export function closeStores(): void {
  for (const s of openStores) s.close();
  openStores = [];
}

/** `--case F`: a case file, or the id of a stored case. */
export function resolveCase(ref: string, opts: GlobalOptions): CaseInput & Partial<CaseRecord> {
  if (existsSync(ref)) return readCaseFile(ref);
  if (/^[a-z0-9]{6,40}$/.test(ref)) {
    const found = openStore(opts).findCase(ref);
    if (found) return found;
  }
  throw new AppError('CASE_NOT_FOUND', 'error.caseNotFound', { id: ref });
}

/** `--today YYYY-MM-DD` (a real calendar date), else today in China time. */
export function parseToday(value: string | undefined): string {
  if (value === undefined) return todayIn(loadRulebook());
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value) throw new AppError('USAGE', 'error.invalidDate', { value });
  return value;
}
