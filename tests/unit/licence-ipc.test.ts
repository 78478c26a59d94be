import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { channels, type ChannelName, type Handle, type ProgressEvent } from '../../shared/ipc';
import { registerLicenceIpc } from '../../electron/services/licence/ipc';
import { shutdownOcr } from '../../electron/services/ocr';
import { loadRulebook } from '../../electron/services/rulebook';
import { CaseStore } from '../../electron/services/store';
import { FIXTURES_DIR } from '../fixtures';
import type { LicenceManifest } from '../fixtures/licences';
import { tempDir } from '../helpers/tmp';

const DIR = join(FIXTURES_DIR, 'licences');

/** Drives the handlers as electron/main/ipc.ts does: validate with the channel's schema, then call. */
function bridge(store: CaseStore, events: ProgressEvent[]) {
  const impls = new Map<string, (a: never) => unknown>();
  const handle: Handle = (channel, impl) => void impls.set(channel, impl);
  registerLicenceIpc(handle, {
    store,
    rulebook: loadRulebook(),
    emitProgress: (e) => events.push(e),
    workDir: join(store.dataDir, 'work'),
  });
  return async (channel: ChannelName, args: unknown) => {
    const parsed = channels[channel].args.safeParse(args);
    if (!parsed.success) return { ok: false as const, issues: parsed.error.issues.length };
    return { ok: true as const, value: (await impls.get(channel)?.(parsed.data as never)) as Record<string, unknown> };
  };
}

afterAll(async () => {
  await shutdownOcr();
});

describe('licence IPC', () => {
  it('reads uploaded bytes and a stored material, reports progress, and applies confirmed fields', async () => {
    const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as LicenceManifest;
    const fixture = manifest.licences.find((l) => l.format === 'png');
    if (!fixture) throw new Error('no png fixture');
    const store = new CaseStore(join(tempDir(), 'data'));
    try {
      const events: ProgressEvent[] = [];
      const invoke = bridge(store, events);
      const data = new Uint8Array(readFileSync(join(DIR, fixture.file)));
      const fromBytes = await invoke('licence:read', { name: '../营业执照.png', data, jobId: 'job-1' });
      expect(fromBytes).toMatchObject({
        ok: true,
        value: { file: '../营业执照.png', fields: { uscc: fixture.truth.uscc } },
      });
      expect(events.some((e) => e.jobId === 'job-1' && e.done === e.total)).toBe(true);

      const c = store.createCase({ companyName: '待填写', uscc: '', legalRepresentative: '待填写' });
      const material = await store.addMaterial(c.id, join(DIR, fixture.file));
      const fromCase = await invoke('licence:read', { caseId: c.id, materialId: material.id });
      expect(fromCase.ok && (fromCase.value.fields as Record<string, string>).companyName).toBe(
        fixture.truth.companyName,
      );
      expect(store.getMaterial(material.id).kind).toBe('licence');

      const applied = await invoke('licence:apply', {
        caseId: c.id,
        fields: { companyName: fixture.truth.companyName, uscc: fixture.truth.uscc.toLowerCase() },
      });
      expect(applied).toMatchObject({
        ok: true,
        value: { companyName: fixture.truth.companyName, uscc: fixture.truth.uscc, legalRepresentative: '待填写' },
      });
      expect(await invoke('licence:read', { caseId: c.id })).toMatchObject({ ok: false });
    } finally {
      store.close();
    }
  });
});
