/**
 * The one way tests and the independent generators start Chromium: Debian's build, headless, with
 * everything that could reach the network turned off. Launching is not drawing code, so the
 * independent generators stay independent of the app while sharing this.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** JITKIT_CHROMIUM (or the older CHROMIUM_PATH) points at another build. */
export const CHROMIUM_PATH = process.env.JITKIT_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

/** A persistent context on its own profile folder (the e2e tests want a fresh profile per run). */
export function launchChromiumProfile(
  userDataDir: string,
  options: { viewport: { width: number; height: number }; locale: string },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    ...options,
  });
}
