import type { z } from 'zod';

/** Declares a channel: its zod argument schema and (type-only) its result type. */
export function channel<S extends z.ZodType, R>(args: S, _result: R): { args: S; result: R } {
  return { args, result: undefined as unknown as R };
}
