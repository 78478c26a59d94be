/**
 * Every service's IPC handlers called in this process the way electron/main/ipc.ts calls them
 * (the channel's schema validates the arguments first; a handler's error is thrown), over a
 * given store: for the bench and the tests that drive the app's own calls without Electron.
 */
import { channels, type ChannelName, type Handle, type ProgressEvent } from '../../shared/ipc';
import { registerAllIpc } from './register';
import { loadRulebook } from './rulebook';
import type { CaseStore } from './store';

export type DirectInvoke = <T = Record<string, unknown>>(channel: ChannelName, args: unknown) => Promise<T>;

/** The handlers over `store`; progress events go to `onProgress` (the app sends them to the window). */
export function directIpc(store: CaseStore, onProgress: (e: ProgressEvent) => void = () => undefined): DirectInvoke {
  const impls = new Map<string, (a: never) => unknown>();
  const handle: Handle = (channel, impl) => void impls.set(channel, impl);
  registerAllIpc(handle, { store, rulebook: loadRulebook(), emitProgress: onProgress, workDir: store.dataDir });
  return async <T>(channel: ChannelName, args: unknown): Promise<T> => {
    const parsed = channels[channel].args.safeParse(args);
    if (!parsed.success) throw new Error(`invalid args for ${channel}: ${parsed.error.message}`);
    return (await impls.get(channel)?.(parsed.data as never)) as T;
  };
}
