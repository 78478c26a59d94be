import { AppError } from '../../../shared/errors';
import type { CliCommand } from './types';

/** Declares a contract command whose feature has not landed: exit 2, a clear message. */
export function pendingCommand(name: string, usage: string, description: string): CliCommand {
  return (program, run) => {
    program
      .command(name)
      .description(`${description} (not yet available)`)
      .usage(usage)
      .allowUnknownOption(true)
      .allowExcessArguments(true)
      .action(
        run(() => {
          throw new AppError('NOT_YET_AVAILABLE', 'error.notYetAvailable', { command: name });
        }),
      );
  };
}
