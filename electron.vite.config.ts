import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * Main-process bundle entries. The CLI, the bench and the worker entries are built beside
 * the app's main entry so the desktop app and `jitkit` run the very same service code.
 */
const mainEntries = {
  index: resolve('electron/main/index.ts'),
  cli: resolve('electron/cli/index.ts'),
  bench: resolve('electron/bench/index.ts'),
  'ocr-worker': resolve('electron/services/ocr/worker-entry.ts'),
  'checks-worker': resolve('electron/services/checks/worker-entry.ts'),
};

export default defineConfig({
  main: {
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: mainEntries, output: { format: 'es' } },
    },
  },
  preload: {
    build: {
      // The sandboxed preload can require nothing but electron: bundle zod and shared code.
      externalizeDeps: false,
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module.
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
