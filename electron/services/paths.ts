import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';

/**
 * One helper resolves every bundled file (rulebook, fonts, models), whether the code runs
 * from source (vitest, tsx), from out/ (CLI) or from a packaged app (asar, unpacked dirs).
 */
let cachedResources: string | null = null;

export function resourcesDir(): string {
  if (cachedResources) return cachedResources;
  const fromEnv = process.env.JITKIT_RESOURCES;
  const candidates = [
    fromEnv,
    ...ancestors(dirname(fileURLToPath(import.meta.url))).map((d) => join(d, 'resources')),
    (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath,
  ].filter((d): d is string => typeof d === 'string');
  const found = candidates.find((d) => existsSync(join(d, 'rulebook.json')));
  if (!found) throw new Error(`resources folder not found (looked in ${candidates.join(', ')})`);
  cachedResources = found;
  return found;
}

export function resourcePath(...parts: string[]): string {
  return join(resourcesDir(), ...parts);
}

/** Project root (where node_modules lives) for locating packaged model/data packages. */
export function packageDir(name: string): string {
  for (const dir of ancestors(dirname(fileURLToPath(import.meta.url)))) {
    const candidate = join(dir, 'node_modules', name);
    // Packaged apps keep native and data packages outside the asar archive.
    const unpacked = candidate.replace(`app.asar${'/'}`, `app.asar.unpacked/`);
    if (existsSync(unpacked)) return unpacked;
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`package ${name} not found`);
}

function ancestors(start: string): string[] {
  const out: string[] = [];
  let dir = resolve(start);
  for (;;) {
    out.push(dir);
    const parent = dirname(dir);
    if (parent === dir) return out;
    dir = parent;
  }
}

/** The per-user data folder when neither --data-dir nor JITKIT_DATA_DIR is given. */
export function defaultDataDir(): string {
  if (process.env.JITKIT_DATA_DIR) return process.env.JITKIT_DATA_DIR;
  const home = homedir();
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'jit-exit-kit');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'jit-exit-kit');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'jit-exit-kit');
}
