import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { setLocale } from '../../shared/i18n';
import { checkFiles } from '../../electron/services/checks';
import { ChecksWorker, sharedChecksWorker } from '../../electron/services/checks/worker-client';
import { readCaseJson } from '../../electron/services/bundle/seller';
import { ocrWorkersSpawned, shutdownOcr } from '../../electron/services/ocr';
import { resourcePath } from '../../electron/services/paths';
import { loadRulebook } from '../../electron/services/rulebook';

const SAMPLES = resourcePath('samples', 'seller');
const FILES = ['承诺书扫描.jpg', '库存报表.pdf', '物流截图1.png', '物流截图2.png'].map((n) => join(SAMPLES, n));
const options = () => ({
  caseInfo: readCaseJson(join(SAMPLES, 'case.json')),
  today: '2026-11-25',
  rulebook: loadRulebook(),
});

async function inProcess<T>(run: () => Promise<T>): Promise<T> {
  process.env.JITKIT_CHECKS_WORKER = '0';
  try {
    return await run();
  } finally {
    delete process.env.JITKIT_CHECKS_WORKER;
  }
}

describe('checks worker', () => {
  afterAll(async () => {
    setLocale('zh-CN');
    await shutdownOcr();
  });

  it('gives the same results as checking on the main thread, on one reused worker', async () => {
    const onWorker = await checkFiles(FILES, options());
    const again = await checkFiles(FILES.slice(1, 2), options());
    // The worker's OCR (letter names, screenshot watermarks) ran on this thread's one pool.
    expect(ocrWorkersSpawned()).toBe(1);
    const here = await inProcess(() => checkFiles(FILES, options()));
    expect(onWorker.files.map((f) => f.kind)).toEqual(['letter', 'inventory', 'logistics', 'logistics']);
    expect(onWorker).toEqual(here);
    expect(again.files[0]).toEqual(here.files[1]);
    expect(sharedChecksWorker().spawned).toBe(1);
  }, 300_000);

  it("writes messages in the caller's language", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jitkit-checks-worker-'));
    const empty = join(dir, 'empty.png');
    writeFileSync(empty, '');
    setLocale('en');
    const [check] = (await checkFiles([empty], options())).files;
    setLocale('zh-CN');
    expect(check?.findings[0]?.code).toBe('FILE_UNREADABLE');
    expect(check?.findings[0]?.message).toMatch(/cannot be read/);
  });

  it('stops a cancelled check with CANCELLED', async () => {
    const controller = new AbortController();
    const run = checkFiles(FILES.slice(0, 1), { ...options(), signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('turns a worker that dies into an unreadable-file finding, then starts a new one', async () => {
    const dying = new ChecksWorker(() => new Worker('process.exit(3)', { eval: true }));
    const check = await dying.check({ file: FILES[0] as string, today: '2026-11-25', rulebook: loadRulebook() });
    expect(check.status).toBe('fail');
    expect(check.findings[0]).toMatchObject({ code: 'FILE_UNREADABLE', params: { key: 'checks.failed' } });
    expect(check.findings[0]?.params?.detail).toMatch(/exit code 3/);
    await dying.check({ file: FILES[0] as string, today: '2026-11-25', rulebook: loadRulebook() });
    expect(dying.spawned).toBe(2);
  });
});
