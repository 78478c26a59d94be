/**
 * The set-up every browser e2e shares: the real services behind the loopback bridge, Debian's
 * chromium on the built renderer, a private temp folder, and the page's errors collected (a
 * test at the end asserts there were none).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startBridge, type Bridge } from './bridge-server';
import { openBrowser, type Session } from './browser';
import { BUNDLE_TODAY } from './paths';

/** Screenshots of each state, kept with the docs (README links them). */
export const DOCS = join(import.meta.dirname, '..', '..', 'docs');

export type Harness = { bridge: Bridge; session: Session; page: Page; dir: string; pageErrors: string[] };

type Options = {
  /** Prefix of the temp folder (inputs written by the test, zips). */
  prefix: string;
  viewport?: { width: number; height: number };
  /** Also count console.error lines as page errors (default true). */
  consoleErrors?: boolean;
};

export async function openHarness(options: Options): Promise<Harness> {
  mkdirSync(DOCS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), options.prefix));
  // JITKIT_E2E_RENDERER_DIR: a private copy of out/renderer, safe from concurrent rebuilds.
  const bridge = await startBridge({ today: BUNDLE_TODAY, rendererDir: process.env.JITKIT_E2E_RENDERER_DIR });
  const session = await openBrowser(bridge.url);
  const { page } = session;
  if (options.viewport) await page.setViewportSize(options.viewport);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  if (options.consoleErrors ?? true) {
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  }
  return { bridge, session, page, dir, pageErrors };
}

export async function closeHarness(h: Harness | undefined): Promise<void> {
  await h?.session.close();
  await h?.bridge.close();
  if (h?.dir) rmSync(h.dir, { recursive: true, force: true });
}

/** A screenshot of the current state into docs/ (`<name>.png`). */
export async function docShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(DOCS, `${name}.png`) });
}
