/**
 * The case's stored order export reaches the logistics check in the app's case run AND in its
 * export (bundle), so LOGISTICS_ORDER_IS_JIT / _UNKNOWN work without `jitkit check --orders`.
 * Screenshots and export from the independent set (tests/independent/logistics, calibration
 * half): a JIT order of the export, a non-JIT one, and one not in the export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directIpc } from '../../electron/services/direct-ipc';
import { importOrdersForCase } from '../../electron/services/eligibility';
import { loadRulebook } from '../../electron/services/rulebook';
import { shutdownOcr } from '../../electron/services/ocr';
import { CaseStore } from '../../electron/services/store';
import { FIXTURES_DIR } from '../fixtures';
import { BUNDLE_CASE } from '../fixtures/bundle';
import { tempDir } from '../helpers/tmp';
import { readIndependentTruth, type IndependentTruth } from '../independent/logistics/generate';

const DIR = join(FIXTURES_DIR, 'independent-logistics');
const rulebook = loadRulebook();
let truth: IndependentTruth;

beforeAll(() => {
  truth = readIndependentTruth(DIR);
});

afterAll(async () => {
  await shutdownOcr();
});

type Checked = { files: { file: string; findings: { code: string }[] }[] };

describe("the case's order export in case checks and the export", () => {
  it('finds the JIT order and the unknown one in checks:run and bundle:export', async () => {
    const cal = truth.files.filter((f) => f.split === 'calibration' && f.kind === 'stamp' && !f.photo);
    const jit = cal.find((f) => f.orderInExport && f.jit);
    // A page whose order number no stamp covers (on 001 the stamp sits over it and the number misreads: a quiet UNKNOWN).
    const plain = cal.find((f) => f.orderInExport && !f.jit && f.template === 'yunexpress');
    const unknown = cal.find((f) => !f.orderInExport);
    if (!jit || !plain || !unknown) throw new Error('the independent set lacks a JIT, a non-JIT or an unknown order');
    const dir = tempDir();
    const store = new CaseStore(join(dir, 'data'));
    try {
      const invoke = directIpc(store);
      const c = store.createCase(BUNDLE_CASE);
      await importOrdersForCase({
        store,
        rulebook,
        caseId: c.id,
        name: truth.orders,
        data: new Uint8Array(readFileSync(join(DIR, truth.orders))),
      });
      for (const f of [jit, plain, unknown])
        await invoke('materials:add', {
          caseId: c.id,
          name: f.file,
          data: new Uint8Array(readFileSync(join(DIR, f.file))),
        });
      const codes = (r: Checked, file: string): string[] =>
        r.files.find((x) => x.file === file)?.findings.map((x) => x.code) ?? [];
      const run = await invoke<Checked>('checks:run', { caseId: c.id, today: truth.today });
      const exported = await invoke<Checked>('bundle:export', {
        caseId: c.id,
        outPath: join(dir, 'out.zip'),
        today: truth.today,
      });
      for (const r of [run, exported]) {
        expect(codes(r, jit.file)).toContain('LOGISTICS_ORDER_IS_JIT');
        expect(codes(r, plain.file)).not.toContain('LOGISTICS_ORDER_IS_JIT');
        expect(codes(r, plain.file)).not.toContain('LOGISTICS_ORDER_UNKNOWN');
        expect(codes(r, unknown.file)).toContain('LOGISTICS_ORDER_UNKNOWN');
      }
    } finally {
      store.close();
    }
  }, 600_000);
});
