import { EventEmitter } from 'node:events';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, hardenWebContents, makeAppUrlCheck, windowOptions } from '../../electron/main/window';
import { ROOT } from '../helpers/cli';

const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (e: unknown, p: unknown) => Promise<unknown>) => handlers.set(channel, fn) },
}));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('Electron security baseline', () => {
  it('isolates, sandboxes and never integrates Node in the renderer', () => {
    const prefs = windowOptions('/app/preload.cjs').webPreferences ?? {};
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('has a strict CSP without remote origins, inline scripts or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('blocks navigation away from the app, new windows, webviews and permissions', () => {
    const contents = Object.assign(new EventEmitter(), {
      openHandler: null as null | (() => { action: string }),
      setWindowOpenHandler(h: () => { action: string }) {
        this.openHandler = h;
      },
      session: { setPermissionRequestHandler: vi.fn() },
    });
    const isApp = makeAppUrlCheck(undefined, 'file:///opt/app/out/renderer/index.html');
    hardenWebContents(contents as never, isApp);
    const nav = (url: string) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(nav('https://example.com/')).toBe(true);
    expect(nav('file:///etc/passwd')).toBe(true);
    expect(nav('file:///opt/app/out/renderer/index.html#/cases')).toBe(false);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const [[permissionHandler]] = contents.session.setPermissionRequestHandler.mock.calls as [
      [(a: unknown, b: string, cb: (ok: boolean) => void) => void],
    ];
    const cb = vi.fn();
    permissionHandler(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
  });

  it('validates every IPC payload and rejects untrusted senders', async () => {
    const { makeHandle } = await import('../../electron/main/ipc');
    const trusted = { sender: 'main-window' };
    const handle = makeHandle((event) => (event as unknown as typeof trusted).sender === 'main-window');
    handle('case:get', (args) => ({ id: args.id }) as never);
    const call = handlers.get('case:get');
    expect(await call?.(trusted, { id: 'abcdefgh' })).toEqual({ ok: true, value: { id: 'abcdefgh' } });
    expect(await call?.(trusted, { id: '../etc' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    expect(await call?.({ sender: 'other' }, { id: 'abcdefgh' })).toMatchObject({
      ok: false,
      error: { code: 'IPC_SENDER' },
    });
  });

  it('never uses remote, raw shell.openExternal or nodeIntegration anywhere in app code', () => {
    const files = [
      ...sourceFiles(join(ROOT, 'electron')),
      ...sourceFiles(join(ROOT, 'renderer', 'src')),
      ...sourceFiles(join(ROOT, 'shared')),
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/@electron\/remote|require\(['"]electron['"]\)\.remote|enableRemoteModule/);
      expect(text, file).not.toMatch(
        /nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/,
      );
      expect(text, file).not.toMatch(/shell\.openExternal\(/);
    }
  });

  it('wires the main window through the hardened options', () => {
    const main = readFileSync(join(ROOT, 'electron', 'main', 'index.ts'), 'utf8');
    expect(main).toMatch(/new BrowserWindow\(windowOptions\(/);
    expect(main).toMatch(/hardenWebContents\(/);
    expect(main).toMatch(/Content-Security-Policy/);
    expect(main).toMatch(/app\.enableSandbox\(\)/);
  });
});

describe('app:// protocol confinement', () => {
  it.each([
    ['app://bundle/index.html', '/opt/r/index.html'],
    ['app://bundle/', '/opt/r/index.html'],
    ['app://bundle/assets/index-abc.js', '/opt/r/assets/index-abc.js'],
    ['app://bundle/../../etc/passwd', '/opt/r/etc/passwd'],
    ['app://bundle/%2e%2e/%2e%2e/etc/passwd', '/opt/r/etc/passwd'], // the URL parser resolves dots: still inside the root
    ['app://bundle/..%2F..%2Fetc%2Fpasswd', null],
    ['app://bundle/a%5C..%5C..%5Cb', null],
    ['app://bundle/x%00.js', null],
    ['app://other/index.html', null],
    ['file:///etc/passwd', null],
    ['not a url', null],
  ])('%s → %s', async (url, expected) => {
    const { resolveAppUrl } = await import('../../electron/main/app-protocol');
    expect(resolveAppUrl(url, '/opt/r')).toBe(expected);
  });

  it('packages with hardened Electron fuses', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    for (const line of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'onlyLoadAppFromAsar: true',
      'enableEmbeddedAsarIntegrityValidation: true',
    ]) {
      expect(yml).toContain(line);
    }
  });
});
