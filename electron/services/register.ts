import type { Handle } from '../../shared/ipc';
import type { ServiceContext } from './context';
import { registerAppIpc } from './app-ipc';
import { registerRulebookIpc } from './rulebook/ipc';
import { registerStoreIpc } from './store/ipc';
import { registerChecksIpc } from './checks/ipc';
import { registerBundleIpc } from './bundle/ipc';
import { registerLetterIpc } from './letter/ipc';
import { registerEligibilityIpc } from './eligibility/ipc';
import { registerUiIpc } from './ui-ipc';
import { registerLicenceIpc } from './licence/ipc';

/** Every service's IPC registration; used by the Electron main process and the e2e bridge. */
const REGISTRATIONS: ((handle: Handle, ctx: ServiceContext) => void)[] = [
  registerAppIpc,
  registerRulebookIpc,
  registerStoreIpc,
  registerLicenceIpc,
  registerLetterIpc,
  registerChecksIpc,
  registerBundleIpc,
  registerEligibilityIpc,
  registerUiIpc,
];

export function registerAllIpc(handle: Handle, ctx: ServiceContext): void {
  for (const register of REGISTRATIONS) register(handle, ctx);
}
