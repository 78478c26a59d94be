import { Command, CommanderError, Option } from 'commander';
import { parseLocale, setLocale, t } from '../../shared/i18n';
import { toErrorShape, isAppError } from '../../shared/errors';
import { closeStores } from './context';
import { COMMANDS } from './commands';
import type { Runner } from './commands/types';
import { APP_VERSION } from '../services/version';

/** Exit codes of docs/cli.md. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function chooseLocale(argv: string[]): void {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const fromFlag = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  setLocale(
    parseLocale(fromFlag) ??
      parseLocale(process.env.JITKIT_LANG) ??
      parseLocale(process.env.LC_ALL) ??
      parseLocale(process.env.LANG) ??
      'zh-CN',
  );
}

function reportError(e: unknown, json: boolean): number {
  const shape = toErrorShape(e);
  if (json) process.stdout.write(`${JSON.stringify({ error: shape }, null, 2)}\n`);
  process.stderr.write(`jitkit: ${shape.message}\n`);
  if (!isAppError(e) && process.env.JITKIT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  // Expected failures (bad input) exit 2; an unexpected one too, as it is not a rule failure.
  return EXIT.usage;
}

export function buildProgram(setExit: (code: number) => void, json: boolean): Command {
  const program = new Command('jitkit');
  program
    .description(t('cli.description'))
    .version(APP_VERSION, '-V, --version')
    .addOption(new Option('--json', 'print one JSON document on stdout'))
    .addOption(
      new Option('--data-dir <dir>', 'case store folder (else JITKIT_DATA_DIR, else the app user-data folder)'),
    )
    .addOption(new Option('--lang <locale>', 'message language: zh-CN (default) or en'))
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`jitkit: ${s.replace(/^error: /, '')}`),
    });
  const run: Runner =
    (action) =>
    async (...args) => {
      try {
        setExit(await action(...args));
      } catch (e) {
        setExit(reportError(e, json));
      }
    };
  for (const register of COMMANDS) register(program, run);
  for (const sub of program.commands) {
    sub.exitOverride();
    sub.configureOutput({ outputError: (s, write) => write(`jitkit: ${s.replace(/^error: /, '')}`) });
    for (const nested of sub.commands) nested.exitOverride();
  }
  return program;
}

/** Runs the command line; resolves to the exit code (never throws). */
export async function main(argv: string[]): Promise<number> {
  chooseLocale(argv);
  const json = argv.includes('--json');
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c), json);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return EXIT.ok;
      if (json)
        process.stdout.write(
          `${JSON.stringify({ error: { code: 'USAGE', message: t('error.usage', { detail: e.message.replace(/^error: /, '') }) } }, null, 2)}\n`,
        );
      return EXIT.usage;
    }
    code = reportError(e, json);
  } finally {
    closeStores();
  }
  return code;
}

const invokedDirectly = process.argv[1] !== undefined && /cli\.(js|ts|mjs)$/.test(process.argv[1]);
if (invokedDirectly) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
