/**
 * Playwright helpers for the e2e tests: Debian's chromium, real file-drop events built in the
 * page (DataTransfer + dragenter/dragover/drop), screenshots under tests/e2e/output/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumProfile } from '../helpers/chromium';

export const OUTPUT_DIR = join(import.meta.dirname, 'output');

export type Session = { context: BrowserContext; page: Page; close: () => Promise<void> };

export async function openBrowser(url: string): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'jitkit-chromium-'));
  // A fresh profile every run (Playwright passes it as --user-data-dir).
  const context = await launchChromiumProfile(userDataDir, { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await untilAppMounted(page);
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `goto` returns at the load event, before React has mounted. Once in a CI run (2026-12-02) the app
 * never mounted in a fresh profile and every step of a file timed out, while a re-run passed:
 * wait for the shell, and reload once (said on stderr) if it has not come.
 */
async function untilAppMounted(page: Page): Promise<void> {
  const shell = page.locator('.skip-link');
  const mounted = (timeout: number): Promise<boolean> =>
    shell.waitFor({ state: 'attached', timeout }).then(
      () => true,
      () => false,
    );
  if (await mounted(20_000)) return;
  process.stderr.write('[e2e] the app had not mounted 20 s after load: reloading once\n');
  await page.reload();
  await mounted(20_000);
}

const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv',
};

function mimeOf(path: string): string {
  const ext = path.slice(path.lastIndexOf('.')).toLowerCase();
  return MIME[ext] ?? 'application/octet-stream';
}

/**
 * Drops real files on the element: the page builds File objects from the bytes, puts them
 * in a DataTransfer and dispatches dragenter → dragover → drop, as a user's drag would.
 */
export async function dropFiles(page: Page, selector: string, paths: { path: string; name?: string }[]): Promise<void> {
  const files = paths.map((p) => ({
    name: p.name ?? basename(p.path),
    type: mimeOf(p.path),
    b64: readFileSync(p.path).toString('base64'),
  }));
  const target = page.locator(selector).first();
  await target.waitFor();
  await target.evaluate((el: { dispatchEvent: (e: unknown) => boolean }, list) => {
    // DOM types are not in the Node tsconfig of tests: name the two constructors used.
    const dom = globalThis as unknown as DomGlobals;
    const dt = new dom.DataTransfer();
    for (const f of list) {
      const bin = atob(f.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      el.dispatchEvent(new dom.DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, files);
}

type DomGlobals = {
  DataTransfer: new () => { items: { add: (f: File) => unknown } };
  DragEvent: new (type: string, init: { dataTransfer: unknown; bubbles: boolean; cancelable: boolean }) => unknown;
};

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Calls `window.jitkit.<domain>.<method>` inside the page (the same door the UI uses). */
export async function api(
  page: Page,
  channel: string,
  args: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  return page.evaluate(
    ([name, a]) => {
      const [domain, method] = name.split(':') as [string, string];
      const w = globalThis as unknown as { jitkit: Record<string, Record<string, (x: unknown) => Promise<unknown>>> };
      return w.jitkit[domain]![method]!(a) as Promise<{ ok: boolean }>;
    },
    [channel, args] as const,
  );
}
