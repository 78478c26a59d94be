import type { Command } from 'commander';

/** Wraps an action so errors and exit codes are handled in one place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Runner = <A extends any[]>(
  action: (...args: A) => number | Promise<number>,
) => (...args: A) => Promise<void>;
export type CliCommand = (program: Command, run: Runner) => void;
