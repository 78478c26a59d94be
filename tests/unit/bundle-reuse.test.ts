/**
 * `bundle:export` checks only what has no fresh stored result (same bytes, same checker key):
 * after `checks:run` nothing is checked again; a new file is; changing what a checker reads
 * (the case's names, the day) makes the stored results stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { channels, type ChannelName, type Handle, type ProgressEvent } from '../../shared/ipc';
import type { BundleExportResult } from '../../shared/channels/bundle';
import type { CheckRunInfo, MaterialInfo } from '../../shared/channels/checks';
import { registerChecksIpc } from '../../electron/services/checks/ipc';
import { registerBundleIpc } from '../../electron/services/bundle/ipc';
import { checkerKey, isFresh } from '../../electron/services/checks/freshness';
import { loadRulebook } from '../../electron/services/rulebook';
import { shutdownOcr } from '../../electron/services/ocr';
import { CaseStore } from '../../electron/services/store';
import { FIXTURES_DIR } from '../fixtures';
import { BUNDLE_CASE, BUNDLE_TODAY } from '../fixtures/bundle';
import { tempDir } from '../helpers/tmp';

const SELLER = join(FIXTURES_DIR, 'bundle', 'seller');

function bridge(store: CaseStore, events: ProgressEvent[]) {
  const impls = new Map<string, (a: never) => unknown>();
  const handle: Handle = (channel, impl) => void impls.set(channel, impl);
  const ctx = {
    store,
    rulebook: loadRulebook(),
    emitProgress: (e: ProgressEvent) => void events.push(e),
    workDir: store.dataDir,
  };
  registerChecksIpc(handle, ctx);
  registerBundleIpc(handle, ctx);
  return async <T>(channel: ChannelName, args: unknown): Promise<T> => {
    const parsed = channels[channel].args.safeParse(args);
    if (!parsed.success) throw new Error(`invalid args for ${channel}`);
    return (await impls.get(channel)?.(parsed.data as never)) as T;
  };
}

afterAll(async () => {
  await shutdownOcr();
});

/** Files the export checked, by the progress events it sent (one per checked file). */
const checkedDuring = (events: ProgressEvent[], jobId: string) =>
  events.filter((e) => e.jobId === jobId && e.stage === 'check' && e.file).map((e) => e.file);

describe('export reuses fresh stored results', () => {
  it('checks only new files and files whose checker inputs changed', async () => {
    const dir = tempDir();
    const store = new CaseStore(join(dir, 'data'));
    const events: ProgressEvent[] = [];
    const invoke = bridge(store, events);
    const c = store.createCase(BUNDLE_CASE);
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
