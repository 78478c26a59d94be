import { caseCommand } from './case';
import { checkCommand } from './check';
import { bundleCommand } from './bundle';
import { batchCommand } from './batch';
import { letterCommand } from './letter';
import { eligibilityCommand } from './eligibility';
import type { CliCommand } from './types';
import { licenceCommand } from './licence';

/** Each feature replaces its pending entry with its own command module. */
export const COMMANDS: CliCommand[] = [
  caseCommand,
  licenceCommand,
  checkCommand,
  letterCommand,
  bundleCommand,
  batchCommand,
  eligibilityCommand,
];
