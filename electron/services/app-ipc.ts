import type { Handle } from '../../shared/ipc';
import { getLocale } from '../../shared/i18n';
import { APP_VERSION } from './version';
import type { ServiceContext } from './context';

/** What the app is: its version, the rulebook it judges by and the message language. */
export function registerAppIpc(handle: Handle, ctx: ServiceContext): void {
  handle('app:info', () => ({ version: APP_VERSION, rulebookVersion: ctx.rulebook.version, locale: getLocale() }));
}
