import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { ProgressEvent } from '../../shared/ipc';
import { directIpc } from '../../electron/services/direct-ipc';
import { shutdownOcr } from '../../electron/services/ocr';
import { CaseStore } from '../../electron/services/store';
import { FIXTURES_DIR } from '../fixtures';
import { BUNDLE_CASE, BUNDLE_TODAY } from '../fixtures/bundle';
import { tempDir } from '../helpers/tmp';

const SELLER = join(FIXTURES_DIR, 'bundle', 'seller');

afterAll(async () => {
  await shutdownOcr();
});

describe('materials, checks and bundle IPC', () => {
  it('adds, detects, checks, records runs, previews, exports and records the export', async () => {
    const dir = tempDir();
    const store = new CaseStore(join(dir, 'data'));
    const events: ProgressEvent[] = [];
    try {
      const invoke = directIpc(store, (e) => events.push(e));
      const c = store.createCase(BUNDLE_CASE);
      const data = new Uint8Array(readFileSync(join(SELLER, 'stock-export.pdf')));
      const added = await invoke<{ id: string; kind: string; originalName: string }>('materials:add', {
        caseId: c.id,
        name: '../库存 报表.pdf',
        data,
      });
      expect(added).toMatchObject({ kind: 'unknown', originalName: '库存 报表.pdf' });
      const run = await invoke<{
        jobId: string;
        files: { materialId: string; kind: string; file: string }[];
        findings: { code: string }[];
      }>('checks:run', { caseId: c.id, today: BUNDLE_TODAY, jobId: 'job-1' });
      expect(run.jobId).toBe('job-1');
      expect(run.files).toEqual([
        expect.objectContaining({ materialId: added.id, kind: 'inventory', file: '库存 报表.pdf' }),
      ]);
      expect(run.findings.map((f) => f.code)).toEqual(['MATERIAL_MISSING', 'MATERIAL_MISSING']);
      expect(events.some((e) => e.jobId === 'job-1' && e.done === 1 && e.total === 1)).toBe(true);
      // Detection is remembered, and the latest runs name the material and the case.
      expect((await invoke<{ kind: string }[]>('materials:list', { caseId: c.id }))[0]?.kind).toBe('inventory');
      const latest = await invoke<{ materialId: string | null }[]>('checks:latest', { caseId: c.id });
      expect(latest.map((r) => r.materialId).sort()).toEqual([added.id, null].sort());

      const preview = await invoke<{ data: Uint8Array; width: number; height: number }>('materials:preview', {
        id: added.id,
        maxSize: 200,
      });
      const meta = await sharp(preview.data).metadata();
      expect(meta.format).toBe('jpeg');
      expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(200);

      const name = await invoke<{ name: string }>('bundle:defaultName', { caseId: c.id, today: BUNDLE_TODAY });
      expect(name.name).toBe(`JIT退出材料_${BUNDLE_CASE.companyName}_20261125.zip`);
      const out = join(dir, name.name);
      const refused = await invoke<{ out: string; written: boolean }>('bundle:export', {
        caseId: c.id,
        outPath: out,
        today: BUNDLE_TODAY,
      });
      expect(refused).toMatchObject({ out, written: false });
      expect(existsSync(out)).toBe(false);
      const exported = await invoke<{ out: string; entries: string[]; files: { file: string }[] }>('bundle:export', {
        caseId: c.id,
        outPath: out,
        today: BUNDLE_TODAY,
        allowErrors: true,
      });
      expect(exported.out).toBe(out);
      expect(exported.entries).toEqual(['03_库存清零凭证_20261120.pdf']);
      expect(exported.files[0]?.file).toBe('库存 报表.pdf');
      const report = JSON.parse(readFileSync(`${out}.report.json`, 'utf8')) as { files: { originalName: string }[] };
      expect(report.files[0]?.originalName).toBe('库存 报表.pdf');
      expect(store.listExports(c.id)).toEqual([
        expect.objectContaining({ path: out, allowErrors: true, status: 'fail' }),
      ]);
      expect(store.getCase(c.id).status).toBe('exported');

      expect(await invoke('materials:setKind', { id: added.id, kind: 'letter' })).toMatchObject({ kind: 'letter' });
      expect(await invoke('checks:cancel', { jobId: 'nothing-running' })).toEqual({ cancelled: false });
      await invoke('materials:remove', { id: added.id });
      expect(await invoke('materials:list', { caseId: c.id })).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('cancels a running check', async () => {
    const store = new CaseStore(join(tempDir(), 'data'));
    try {
      const invoke = directIpc(store);
      const c = store.createCase(BUNDLE_CASE);
      for (const n of ['Screenshot_1.png', 'Screenshot_2.png', 'Screenshot_3.png']) {
        await invoke('materials:add', { caseId: c.id, name: n, data: new Uint8Array(readFileSync(join(SELLER, n))) });
      }
      const running = invoke('checks:run', { caseId: c.id, today: BUNDLE_TODAY, jobId: 'cancel-me' });
      const cancelled = await invoke<{ cancelled: boolean }>('checks:cancel', { jobId: 'cancel-me' });
      expect(cancelled.cancelled).toBe(true);
      await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    } finally {
      store.close();
    }
  });
});
