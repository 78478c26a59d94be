/// <reference types="vite/client" />
import type { MaterialKind } from '../../../shared/findings';
import type { Checker } from './types';

/**
 * The per-kind checkers are written in parallel by other features. Until each file lands,
 * `import.meta.glob` (resolved at build time by electron-vite and vitest alike) finds only
 * the files that exist, so a missing checker is "not available yet" instead of a compile
 * error. Once all of them exist these become plain imports.
 */
const LOADERS = import.meta.glob<Record<string, unknown>>([
  '../licence/check.ts',
  './letter.ts',
  './logistics.ts',
  './inventory.ts',
]);

const SOURCES: Record<Exclude<MaterialKind, 'unknown'>, { path: string; exportName: string }> = {
  licence: { path: '../licence/check.ts', exportName: 'checkLicence' },
  letter: { path: './letter.ts', exportName: 'checkSignedLetter' },
  logistics: { path: './logistics.ts', exportName: 'checkLogistics' },
  inventory: { path: './inventory.ts', exportName: 'checkInventory' },
};


async function loadModule(path: string): Promise<Record<string, unknown> | null> {
  const loader = LOADERS[path];
  return loader ? loader() : null;
}

export async function checkerFor(kind: MaterialKind): Promise<Checker | null> {
  if (kind === 'unknown') return null;
  const source = SOURCES[kind];
  const mod = await loadModule(source.path);
  const fn = mod?.[source.exportName];
  return typeof fn === 'function' ? (fn as Checker) : null;
}
