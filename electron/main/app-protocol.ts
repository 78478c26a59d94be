import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/** The renderer is served from app://bundle/… instead of file:// (Electron checklist item 18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when it would leave that folder
 * (`..`, encoded separators, absolute paths, another host). Pure, so it is unit-tested.
 */
export function resolveAppUrl(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const rel = normalize(pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, ''));
  if (isAbsolute(rel) || rel.startsWith('..')) return null;
  const full = join(rootDir, rel);
  const back = relative(rootDir, full);
  if (back.startsWith('..') || isAbsolute(back) || back.split(sep).includes('..')) return null;
  return full;
}
