import { app, BrowserWindow, dialog, net, protocol, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CaseStore } from '../services/store';
import { loadRulebook } from '../services/rulebook';
import { registerAllIpc } from '../services/register';
import { parseLocale, setLocale } from '../../shared/i18n';
import { makeHandle } from './ipc';
import { APP_ORIGIN, APP_SCHEME, resolveAppUrl } from './app-protocol';
import { CONTENT_SECURITY_POLICY, hardenWebContents, makeAppUrlCheck, windowOptions } from './window';

/** Thin entry: wire the services to IPC and open the window; logic lives in services. */
const rendererRoot = join(import.meta.dirname, '../renderer');
const devServer = process.env.ELECTRON_RENDERER_URL;
const isAppUrl = makeAppUrlCheck(devServer, `${APP_ORIGIN}/index.html`);
let mainWindow: BrowserWindow | null = null;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppUrl(request.url, rendererRoot);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).href);
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  hardenWebContents(win.webContents, isAppUrl);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServer ?? `${APP_ORIGIN}/index.html`);
  return win;
}

app.enableSandbox();
app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, isAppUrl));

void app.whenReady().then(() => {
  setLocale(parseLocale(app.getLocale()) ?? 'zh-CN');
  serveAppProtocol();
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  const dataDir = process.env.JITKIT_DATA_DIR ?? app.getPath('userData');
  const store = new CaseStore(dataDir);
  const handle = makeHandle(
    (event) => mainWindow !== null && event.sender === mainWindow.webContents && isAppUrl(event.senderFrame?.url ?? ''),
  );
  registerAllIpc(handle, {
    store,
    rulebook: loadRulebook(),
    workDir: join(dataDir, 'work'),
    emitProgress: (event) => mainWindow?.webContents.send('jitkit:progress', event),
    chooseSavePath: async (defaultPath) => {
      if (!mainWindow) return null;
      const r = await dialog.showSaveDialog(mainWindow, {
        defaultPath,
        filters: [{ name: 'ZIP', extensions: ['zip'] }],
      });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  });
  mainWindow = createWindow();
  app.on('before-quit', () => store.close());
});

app.on('window-all-closed', () => app.quit());
