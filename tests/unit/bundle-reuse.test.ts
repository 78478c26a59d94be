/**
 * `bundle:export` checks only what has no fresh stored result (same bytes, same checker key):
 * after `checks:run` nothing is checked again; a new file is; changing what a checker reads
 * (the case's names, the day) makes the stored results stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../shared/ipc';
import type { BundleExportResult } from '../../shared/channels/bundle';
import type { CheckRunInfo, MaterialInfo } from '../../shared/channels/checks';
import { directIpc } from '../../electron/services/direct-ipc';
import { checkerKey, isFresh } from '../../electron/services/checks/freshness';
import { shutdownOcr } from '../../electron/services/ocr';
import { CaseStore } from '../../electron/services/store';
import { FIXTURES_DIR } from '../fixtures';
import { BUNDLE_CASE, BUNDLE_TODAY } from '../fixtures/bundle';
import { tempDir } from '../helpers/tmp';

const SELLER = join(FIXTURES_DIR, 'bundle', 'seller');

afterAll(async () => {
  await shutdownOcr();
});

/** Files the export checked, by the progress events it sent (one per checked file). */
const checkedDuring = (events: ProgressEvent[], jobId: string) =>
  events.filter((e) => e.jobId === jobId && e.stage === 'check' && e.file).map((e) => e.file);

/** A new case of the bundle seller in a temp store, driven through the app's handlers. */
function freshCase() {
  const dir = tempDir();
  const store = new CaseStore(join(dir, 'data'));
  const events: ProgressEvent[] = [];
  const invoke = directIpc(store, (e) => events.push(e));
  return { dir, events, invoke, c: store.createCase(BUNDLE_CASE) };
}

describe('export reuses fresh stored results', () => {
  it('checks only new files and files whose checker inputs changed', async () => {
    const { dir, events, invoke, c } = freshCase();
    const add = (file: string) =>
      invoke<MaterialInfo>('materials:add', {
        caseId: c.id,
        name: file,
        data: new Uint8Array(readFileSync(join(SELLER, file))),
      });
    const stock = await add('stock-export.pdf');
    const shot = await add('Screenshot_1.png');
    await invoke('checks:run', { caseId: c.id, today: BUNDLE_TODAY });
    const runsBefore = await invoke<CheckRunInfo[]>('checks:latest', { caseId: c.id });

    const first = await invoke<BundleExportResult>('bundle:export', {
      caseId: c.id,
      outPath: join(dir, 'a.zip'),
      today: BUNDLE_TODAY,
      allowErrors: true,
      jobId: 'export-1',
    });
    expect(first.written).toBe(true);
    expect(first.rechecked).toEqual([]);
    expect(checkedDuring(events, 'export-1')).toEqual([]);
    // The stored runs stand: no new run for either file.
    const runsAfter = await invoke<CheckRunInfo[]>('checks:latest', { caseId: c.id });
    for (const id of [stock.id, shot.id])
      expect(runsAfter.find((r) => r.materialId === id)?.id).toBe(runsBefore.find((r) => r.materialId === id)?.id);
    // Reused results are the same judgement: the stock PDF's entry is there, findings by file name.
    expect(first.entries.some((e) => e.startsWith('03_'))).toBe(true);
    expect(first.files.map((f) => f.file).sort()).toEqual(['Screenshot_1.png', 'stock-export.pdf']);

    // A file added without a check run: only it is checked, and its result is stored.
    const shot2 = await add('Screenshot_2.png');
    const second = await invoke<BundleExportResult>('bundle:export', {
      caseId: c.id,
      outPath: join(dir, 'b.zip'),
      today: BUNDLE_TODAY,
      allowErrors: true,
      jobId: 'export-2',
    });
    expect(second.rechecked).toEqual([shot2.id]);
    expect(checkedDuring(events, 'export-2')).toEqual(['Screenshot_2.png']);
    const stored = (await invoke<CheckRunInfo[]>('checks:latest', { caseId: c.id })).find(
      (r) => r.materialId === shot2.id,
    );
    expect(stored?.status).toBe(second.files.find((f) => f.materialId === shot2.id)?.status);
    const third = await invoke<BundleExportResult>('bundle:export', {
      caseId: c.id,
      outPath: join(dir, 'c.zip'),
      today: BUNDLE_TODAY,
      allowErrors: true,
      jobId: 'export-3',
    });
    expect(third.rechecked).toEqual([]);

    // Another day (the timestamp windows move): every result is stale.
    const later = await invoke<BundleExportResult>('bundle:export', {
      caseId: c.id,
      outPath: join(dir, 'd.zip'),
      today: '2026-11-26',
      allowErrors: true,
      jobId: 'export-4',
    });
    expect(later.rechecked.sort()).toEqual([stock.id, shot.id, shot2.id].sort());
  });

  it('checks:stale names exactly what the export would re-check; a run on those makes them fresh', async () => {
    const { dir, events, invoke, c } = freshCase();
    const ids: string[] = [];
    for (const file of ['stock-export.pdf', 'Screenshot_1.png']) {
      const data = new Uint8Array(readFileSync(join(SELLER, file)));
      ids.push((await invoke<MaterialInfo>('materials:add', { caseId: c.id, name: file, data })).id);
    }
    const stale = async (today: string) =>
      (await invoke<{ materialIds: string[] }>('checks:stale', { caseId: c.id, today })).materialIds.sort();
    // Never checked: stale.
    expect(await stale(BUNDLE_TODAY)).toEqual([...ids].sort());
    await invoke('checks:run', { caseId: c.id, today: BUNDLE_TODAY });
    expect(await stale(BUNDLE_TODAY)).toEqual([]);
    // Another day: both stale, and the export re-checks the same two.
    const nextDay = '2026-11-26';
    expect(await stale(nextDay)).toEqual([...ids].sort());
    const exported = await invoke<BundleExportResult>('bundle:export', {
      caseId: c.id,
      outPath: join(dir, 'a.zip'),
      today: nextDay,
      allowErrors: true,
    });
    expect(exported.rechecked.sort()).toEqual([...ids].sort());
    expect(await stale(nextDay)).toEqual([]);
    // Changed case names: stale again; re-checking them (what the Materials screen does) makes them fresh.
    await invoke('case:update', { id: c.id, patch: { legalRepresentative: '李四' } });
    const now = await stale(nextDay);
    expect(now).toEqual([...ids].sort());
    await invoke('checks:run', { caseId: c.id, today: nextDay, materialIds: now, jobId: 'stale-1' });
    expect(events.filter((e) => e.jobId === 'stale-1' && e.materialId).map((e) => `${e.done}/${e.total}`)).toEqual([
      '1/2',
      '2/2',
    ]);
    expect(await stale(nextDay)).toEqual([]);
  });

  it('a checker key names the checker inputs: names and day count, the exit ground does not', () => {
    const base = { kind: 'letter' as const, rulebookVersion: 'v', today: BUNDLE_TODAY, caseInfo: BUNDLE_CASE };
    const key = checkerKey(base);
    expect(checkerKey({ ...base })).toBe(key);
    expect(
      checkerKey({ ...base, caseInfo: { ...BUNDLE_CASE, exitReason: 'force-majeure', signDate: '2026-11-01' } }),
    ).toBe(key);
    expect(checkerKey({ ...base, caseInfo: { ...BUNDLE_CASE, legalRepresentative: '李四' } })).not.toBe(key);
    expect(checkerKey({ ...base, today: '2026-11-26' })).not.toBe(key);
    expect(checkerKey({ ...base, kind: 'licence' })).not.toBe(key);
    expect(checkerKey({ ...base, orders: [{ id: '1', jit: true }] })).not.toBe(
      checkerKey({ ...base, orders: [{ id: '1', jit: false }] }),
    );
    expect(isFresh({ contentSha256: 'a', checkerKey: key }, { sha256: 'a' }, key)).toBe(true);
    expect(isFresh({ contentSha256: 'b', checkerKey: key }, { sha256: 'a' }, key)).toBe(false);
    expect(isFresh({}, { sha256: 'a' }, key)).toBe(false);
  });
});
