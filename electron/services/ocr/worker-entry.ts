import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Starts one OCR worker thread. */
export type WorkerFactory = () => Worker;

/**
 * From source (vitest, tsx) this module's URL ends in .ts: start worker.ts through tsx's
 * loader API (Node 20 ignores `--import tsx` in a worker's execArgv for .ts entries, so a
 * tiny bootstrap registers tsx first). Built, electron-vite emits out/main/ocr-worker.js
 * while this code may sit in a chunk one folder down, so look beside and above. The file
 * name is assembled at run time so the bundler leaves the URL alone.
 */
export function defaultWorkerFactory(moduleUrl: string = import.meta.url): WorkerFactory {
  if (/\.[cm]?ts$/.test(moduleUrl)) {
    const entry = new URL('./worker.ts', moduleUrl).href;
    // require.resolve finds the CommonJS build; the ESM one sits beside it.
    const tsxApi = pathToFileURL(createRequire(moduleUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const bootstrap = 'const { workerData: d } = require("node:worker_threads"); import(d.tsxApi).then((m) => { m.register(); return import(d.entry); });';
    return () => new Worker(bootstrap, { eval: true, workerData: { tsxApi, entry } });
  }
  const url = builtWorkerUrl(moduleUrl);
  return () => new Worker(url);
}

function builtWorkerUrl(moduleUrl: string): URL {
  const name = ['ocr-worker', 'js'].join('.');
  const candidates = [`./${name}`, `../${name}`, `./main/${name}`].map((p) => new URL(p, moduleUrl));
  const found = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (!found) throw new Error(`OCR worker not found next to ${moduleUrl}`);
  return found;
}
