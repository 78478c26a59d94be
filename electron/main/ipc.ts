import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels, type Handle } from '../../shared/ipc';
import { AppError, toErrorShape } from '../../shared/errors';
import { describeIssues } from '../../shared/case';
import { fail, ok } from '../../shared/result';

/**
 * The only place that touches ipcMain. Every payload is validated against the channel's
 * zod schema, every sender must be the app's own frame, every call returns a Result.
 */
export function makeHandle(isTrustedSender: (event: IpcMainInvokeEvent) => boolean): Handle {
  return (channel, impl) => {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event)) return fail(new AppError('IPC_SENDER', 'error.ipcSender').toShape());
      const parsed = channels[channel].args.safeParse(payload ?? {});
      if (!parsed.success) return fail({ code: 'INVALID_ARGS', message: describeIssues(parsed.error) });
      try {
        return ok(await impl(parsed.data as never));
      } catch (e) {
        return fail(toErrorShape(e));
      }
    });
  };
}
