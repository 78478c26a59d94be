import type { BrowserWindowConstructorOptions, WebContents } from 'electron';

/** No remote origins, no inline script, no eval; images may be data:/blob: for previews. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The security baseline of DEVELOPERS.md, asserted by tests/unit/security.test.ts. */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'JIT退出材料助手',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}

/** Blocks navigation away from the app, new windows, webviews and permission requests. */
export function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

/** True for the renderer's own pages: the dev server in development, else out/renderer files. */
export function makeAppUrlCheck(devServerUrl: string | undefined, rendererIndexUrl: string): (url: string) => boolean {
  return (url) => {
    if (devServerUrl && url.startsWith(devServerUrl)) return true;
    const base = rendererIndexUrl.replace(/[^/]*$/, '');
    return url.startsWith(base);
  };
}
