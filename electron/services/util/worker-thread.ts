import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Starts one worker thread. */
export type WorkerFactory = () => Worker;

/**
 * A factory for the worker whose thread entry is `sourceEntry` (relative to `moduleUrl`) in
 * source and `<builtName>.js` when built. From source (vitest, tsx) the caller's URL ends in
 * .ts: start the entry through tsx's loader API (Node 20 ignores `--import tsx` in a worker's
 * execArgv for .ts entries, so a tiny bootstrap registers tsx first). Built, electron-vite emits
 * out/main/<builtName>.js while the caller may sit in a chunk one folder down, so look beside
 * and above. The file name is assembled at run time so the bundler leaves the URL alone.
 */
export function workerFactory(moduleUrl: string, sourceEntry: string, builtName: string): WorkerFactory {
  if (/\.[cm]?ts$/.test(moduleUrl)) {
    const entry = new URL(sourceEntry, moduleUrl).href;
    // require.resolve finds the CommonJS build; the ESM one sits beside it.
    const tsxApi = pathToFileURL(
      createRequire(moduleUrl)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href;
    const bootstrap =
      'const { workerData: d } = require("node:worker_threads"); import(d.tsxApi).then((m) => { m.register(); return import(d.entry); });';
    return () => new Worker(bootstrap, { eval: true, workerData: { tsxApi, entry } });
  }
  const url = builtWorkerUrl(moduleUrl, builtName);
  return () => new Worker(url);
}

function builtWorkerUrl(moduleUrl: string, builtName: string): URL {
  const name = [builtName, 'js'].join('.');
  const candidates = [`./${name}`, `../${name}`, `./main/${name}`].map((p) => new URL(p, moduleUrl));
  const found = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (!found) throw new Error(`${builtName} not found next to ${moduleUrl}`);
  return found;
}
