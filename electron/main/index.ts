import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CaseStore } from '../services/store';
import { loadRulebook } from '../services/rulebook';
import { registerAllIpc } from '../services/register';
import { parseLocale, setLocale } from '../../shared/i18n';
import { makeHandle } from './ipc';
import { CONTENT_SECURITY_POLICY, hardenWebContents, makeAppUrlCheck, windowOptions } from './window';

/** Thin entry: wire the services to IPC and open the window; logic lives in services. */
const rendererIndex = join(import.meta.dirname, '../renderer/index.html');
const isAppUrl = makeAppUrlCheck(process.env.ELECTRON_RENDERER_URL, pathToFileURL(rendererIndex).href);
let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  hardenWebContents(win.webContents, isAppUrl);
  win.once('ready-to-show', () => win.show());
  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void win.loadFile(rendererIndex);
  return win;
}

app.enableSandbox();
app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, isAppUrl));

void app.whenReady().then(() => {
  setLocale(parseLocale(app.getLocale()) ?? 'zh-CN');
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  const dataDir = process.env.JITKIT_DATA_DIR ?? app.getPath('userData');
  const store = new CaseStore(dataDir);
  const handle = makeHandle((event) => mainWindow !== null && event.sender === mainWindow.webContents && isAppUrl(event.senderFrame?.url ?? ''));
  registerAllIpc(handle, {
    store,
    rulebook: loadRulebook(),
    workDir: join(dataDir, 'work'),
    emitProgress: (event) => mainWindow?.webContents.send('jitkit:progress', event),
  });
  mainWindow = createWindow();
  app.on('before-quit', () => store.close());
});

app.on('window-all-closed', () => app.quit());
