import { caseCommand } from './case';
import { pendingCommand } from './pending';
import { checkCommand } from './check';
import { letterCommand } from './letter';
import type { CliCommand } from './types';

/** Each feature replaces its pending entry with its own command module. */
export const COMMANDS: CliCommand[] = [
  caseCommand,
  pendingCommand('licence', '<file> [--json]', 'read a business licence by OCR / 识别营业执照'),
  checkCommand,
  letterCommand,
  pendingCommand('bundle', '<file|dir...> --case F --out bundle.zip [--json]', 'check and zip the materials / 打包'),
  pendingCommand('batch', '<dir> [--out DIR] [--json]', 'check and bundle many sellers / 批量处理'),
  pendingCommand('eligibility', '--case F [--orders FILE] [--today D] [--json]', 'pre-check exit eligibility / 前置校验'),
];
