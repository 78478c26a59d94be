import type { Handle } from '../../../shared/ipc';
import type { ServiceContext } from '../context';

export function registerRulebookIpc(handle: Handle, ctx: ServiceContext): void {
  handle('rulebook:get', () => ctx.rulebook);
}
