import type { Handle } from '../../shared/ipc';
import type { ServiceContext } from './context';
import { registerStoreIpc } from './store/ipc';
import { registerLetterIpc } from './letter/ipc';

/** Every service's IPC registration; used by the Electron main process and the e2e bridge. */
const REGISTRATIONS: ((handle: Handle, ctx: ServiceContext) => void)[] = [registerStoreIpc, registerLetterIpc];

export function registerAllIpc(handle: Handle, ctx: ServiceContext): void {
  for (const register of REGISTRATIONS) register(handle, ctx);
}
