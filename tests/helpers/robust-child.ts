/**
 * Child process for the issue-9 crash and concurrency tests. Usage (tsx):
 *   robust-child.ts check <dataDir> <file...>   real checks of a stored case, in a loop, until killed
 *   robust-child.ts check-once <dataDir>        one real check run of the (existing) case, then exit
 *   robust-child.ts export <outDir> <file...>   bundle exports (stub checkers) in a loop, until killed
 *   robust-child.ts export-once <outDir> <file...>   one export, then exit
 * Prints "ready" on stdout when the interesting work starts and "done <n>" after each round.
 */
import { basename, join } from 'node:path';
import type { MaterialKind } from '../../shared/findings';
import { exportBundle } from '../../electron/services/bundle';
import { directIpc } from '../../electron/services/direct-ipc';
import type { Checker } from '../../electron/services/checks/types';
import { shutdownOcr } from '../../electron/services/ocr';
import { loadRulebook } from '../../electron/services/rulebook';
import { CaseStore } from '../../electron/services/store';
import { BUNDLE_CASE, BUNDLE_TODAY } from '../fixtures/bundle';

const [mode, dir, ...files] = process.argv.slice(2) as [string, string, ...string[]];
const rulebook = loadRulebook();

/** The app's own checks:run, called directly (no Electron): the same code and validation the app runs. */
function checksService(store: CaseStore): (caseId: string) => Promise<unknown> {
  const invoke = directIpc(store);
  return (caseId) => invoke('checks:run', { caseId, today: BUNDLE_TODAY });
}

async function checkLoop(once: boolean): Promise<void> {
  const store = new CaseStore(dir);
  const c = store.listCases()[0] ?? store.createCase(BUNDLE_CASE);
  if (store.listMaterials(c.id).length === 0)
    for (const f of files) await store.addMaterial(c.id, f, 'unknown', basename(f));
  const check = checksService(store);
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    await check(c.id);
    process.stdout.write(`done ${i}\n`);
    if (once) break;
  }
  await shutdownOcr();
  store.close();
}

const pass: Checker = (file) => Promise.resolve({ file, kind: 'unknown', status: 'pass', findings: [] });

async function exportLoop(once: boolean): Promise<void> {
  const kindOf = (f: string): MaterialKind =>
    /\.pdf$/.test(f) ? 'inventory' : /scan|letter/i.test(f) ? 'letter' : 'logistics';
  const kinds = Object.fromEntries(files.map((f) => [f, kindOf(f)]));
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    await exportBundle({
      files,
      kinds,
      caseInfo: BUNDLE_CASE,
      today: BUNDLE_TODAY,
      rulebook,
      out: join(dir, `bundle-${process.pid}-${i}.zip`),
      checkers: { letter: pass, logistics: pass, inventory: pass, licence: pass },
      allowErrors: true,
    });
    process.stdout.write(`done ${i}\n`);
    if (once) break;
  }
}

if (mode === 'export' || mode === 'export-once') await exportLoop(mode === 'export-once');
else if (mode === 'check' || mode === 'check-once') await checkLoop(mode === 'check-once');
else process.exitCode = 2; // an unknown mode: exits at once (the tests use its pid as a dead one)
