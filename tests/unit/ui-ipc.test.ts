import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseStore } from '../../electron/services/store';
import { loadRulebook } from '../../electron/services/rulebook';
import { registerUiIpc } from '../../electron/services/ui-ipc';
import { defaultBundleName } from '../../electron/services/bundle';
import type { Handle } from '../../shared/ipc';

const dir = mkdtempSync(join(tmpdir(), 'jitkit-ui-ipc-'));
const store = new CaseStore(dir);
const impls = new Map<string, (a: never) => unknown>();
const handle: Handle = (channel, impl) => void impls.set(channel, impl);
registerUiIpc(handle, { store, rulebook: loadRulebook(), workDir: join(dir, 'work'), emitProgress: () => undefined });
const call = (channel: string, args: object) => impls.get(channel)!(args as never);

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ui IPC', () => {
  const c = store.createCase({ companyName: '杭州晨曦服饰有限公司', uscc: '', legalRepresentative: '王晓明' });

  it('suggests the contract file name for the export', () => {
    const target = call('ui:exportTarget', { caseId: c.id, today: '2026-11-25' }) as {
      path: string;
      name: string;
      dir: string;
    };
    expect(target.name).toBe(defaultBundleName(c.companyName, '2026-11-25'));
    expect(target.path).toBe(join(target.dir, target.name));
  });

  it('offers no save dialog where none exists (CLI, browser bridge) and says so', async () => {
    const target = call('ui:exportTarget', { caseId: c.id }) as { canChoose: boolean };
    expect(target.canChoose).toBe(false);
    await expect(call('ui:chooseSavePath', { defaultPath: '/tmp/x.zip' }) as Promise<unknown>).rejects.toThrow(
      /保存对话框|save dialog/,
    );
  });

  it('uses the native save dialog the desktop app supplies', async () => {
    const withDialog = new Map<string, (a: never) => unknown>();
    const asked: string[] = [];
    registerUiIpc((channel, impl) => void withDialog.set(channel, impl), {
      store,
      rulebook: loadRulebook(),
      workDir: join(dir, 'work'),
      emitProgress: () => undefined,
      chooseSavePath: (defaultPath) => (
        asked.push(defaultPath),
        Promise.resolve(defaultPath.endsWith('cancel.zip') ? null : '/chosen/b.zip')
      ),
    });
    expect((withDialog.get('ui:exportTarget')!({ caseId: c.id } as never) as { canChoose: boolean }).canChoose).toBe(
      true,
    );
    expect(await withDialog.get('ui:chooseSavePath')!({ defaultPath: '/d/a.zip' } as never)).toEqual({
      path: '/chosen/b.zip',
    });
    expect(await withDialog.get('ui:chooseSavePath')!({ defaultPath: '/d/cancel.zip' } as never)).toEqual({
      path: null,
    });
    expect(asked).toEqual(['/d/a.zip', '/d/cancel.zip']);
  });

  it('refuses to reveal a path that is not one of the case exports', () => {
    expect(() => call('ui:revealPath', { caseId: c.id, path: '/etc/passwd' })).toThrow(/etc\/passwd/);
  });
});
