import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ProgressEvent } from '../../shared/ipc';
import type { BundleExportResult } from '../../shared/channels/bundle';
import type { ChecksRunResult, MaterialInfo } from '../../shared/channels/checks';
import { readCaseJson } from '../services/bundle/seller';
import { directIpc, type DirectInvoke } from '../services/direct-ipc';
import { shutdownOcr } from '../services/ocr';
import { resourcePath } from '../services/paths';
import { CaseStore } from '../services/store';
import { screenshot } from '../../tests/fixtures/bundle';
import { fifteenFiles } from './bundle';
import { median } from './measure';

/**
 * Review bench (issue 16): a 15-file case checked once, then one screenshot replaced the way
 * the materials screen does it (add the new file, remove the old, check only the new one),
 * three times: seconds until the check run returns (`seconds`), until the new file's own
 * result is stored and announced (`resultSeconds`, when its card fills in), and how many files
 * each replacement checked. The baseline measured in the same run on the same load: checking the
 * whole case. Then an export, which reuses every stored result. Everything through the real
 * IPC handlers (schemas validated), the checks worker and OCR.
 */
const TODAY = '2026-11-25';
const REPLACEMENT_DATES = ['2026-10-05', '2026-10-22', '2026-11-09'];

type TimedEvent = ProgressEvent & { at?: number };

const secondsSince = (t0: number) => Math.round(performance.now() - t0) / 1000;
const load = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

async function replaceOne(
  invoke: DirectInvoke,
  events: TimedEvent[],
  caseId: string,
  old: MaterialInfo,
  file: string,
  jobId: string,
) {
  const t0 = performance.now();
  const added = await invoke<MaterialInfo>('materials:add', {
    caseId,
    name: basename(file),
    data: new Uint8Array(readFileSync(file)),
    kind: old.kind,
  });
  await invoke('materials:remove', { id: old.id });
  const run = await invoke<ChecksRunResult>('checks:run', { caseId, today: TODAY, materialIds: [added.id], jobId });
  const seconds = secondsSince(t0);
  const checked = new Set(events.filter((e) => e.jobId === jobId && e.materialId).map((e) => e.materialId));
  // When the card could show it: the file's own result stored (the set rules and the case verdict follow).
  const shown = events.find((e) => e.jobId === jobId && e.materialId === added.id);
  const resultSeconds = shown?.at !== undefined ? Math.round(shown.at - t0) / 1000 : null;
  return { seconds, resultSeconds, checkedFiles: checked.size, status: run.files[0]?.status ?? 'none', added };
}

export async function benchReview(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'jitkit-bench-review-'));
  const store = new CaseStore(join(dir, 'data'));
  const events: TimedEvent[] = [];
  const loadAtStart = load();
  try {
    const invoke = directIpc(store, (e) => events.push({ ...e, at: performance.now() }));
    const files = await fifteenFiles(join(dir, 'in'));
    const c = store.createCase(readCaseJson(join(resourcePath('samples', 'seller'), 'case.json')));
    for (const f of files)
      await invoke('materials:add', { caseId: c.id, name: basename(f), data: new Uint8Array(readFileSync(f)) });
    let t0 = performance.now();
    await invoke('checks:run', { caseId: c.id, today: TODAY, jobId: 'all' });
    const wholeCaseSeconds = secondsSince(t0);
    const replacements = [];
    for (const [i, date] of REPLACEMENT_DATES.entries()) {
      const materials = await invoke<MaterialInfo[]>('materials:list', { caseId: c.id });
      const old = materials.filter((m) => m.kind === 'logistics')[i]!;
      const file = join(dir, 'in', `replacement-${i + 1}.png`);
      await screenshot(file, date, 900 + i);
      const r = await replaceOne(invoke, events, c.id, old, file, `replace-${i}`);
      replacements.push({
        seconds: r.seconds,
        resultSeconds: r.resultSeconds,
        checkedFiles: r.checkedFiles,
        status: r.status,
      });
    }
    t0 = performance.now();
    const exported = await invoke<BundleExportResult>('bundle:export', {
      caseId: c.id,
      outPath: join(dir, 'out', 'bundle.zip'),
      today: TODAY,
      allowErrors: true,
    });
    const exportSeconds = secondsSince(t0);
    return {
      files: files.length,
      wholeCaseCheckSeconds: wholeCaseSeconds,
      replaceOneFile: {
        medianSeconds: median(replacements.map((r) => r.seconds)),
        targetSeconds: 2,
        runs: replacements,
        checkedFilesPerReplacement: replacements.map((r) => r.checkedFiles),
        shareOfWholeCase:
          Math.round((median(replacements.map((r) => r.seconds)) / Math.max(0.001, wholeCaseSeconds)) * 1000) / 1000,
      },
      exportAfterReplacing: {
        seconds: exportSeconds,
        rechecked: exported.rechecked.length,
        entries: exported.entries.length,
        written: exported.written,
      },
      loadAverage1m: { atStart: loadAtStart, atEnd: load() },
    };
  } finally {
    store.close();
    await shutdownOcr();
    rmSync(dir, { recursive: true, force: true });
  }
}
