import { contextBridge, ipcRenderer } from 'electron';
import { buildDomainApi, type ExposedApi, type JitkitApi, type ProgressEvent } from '../../shared/ipc';

/** The renderer's only door to main: typed, domain-named, one channel per call. */
const invoke: JitkitApi['invoke'] = (channel, args) => ipcRenderer.invoke(channel, args);

const api: ExposedApi = {
  ...buildDomainApi(invoke),
  onProgress(listener) {
    const wrapped = (_e: unknown, event: ProgressEvent) => listener(event);
    ipcRenderer.on('jitkit:progress', wrapped);
    return () => ipcRenderer.removeListener('jitkit:progress', wrapped);
  },
};

contextBridge.exposeInMainWorld('jitkit', api);
