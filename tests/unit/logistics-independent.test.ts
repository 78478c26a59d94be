/**
 * Logistics-screenshot checks on the HELD-OUT half of the independent set
 * (tests/independent/logistics: HTML pages rendered in Chromium, stamps in many styles, some
 * photographed). Nothing was tuned on these files; the calibration half is for tuning.
 * Targets (issue 15): ≥97% right for TIMESTAMP_MISSING and TIMESTAMP_OUT_OF_RANGE, no
 * TIMESTAMP_MISSING on a file with a plain visible stamp, no LOGISTICS_ORDER_IS_JIT on a
 * non-JIT order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileCheck, FindingCode } from '../../shared/findings';
import { checkLogistics } from '../../electron/services/checks/logistics';
import { importOrderExport } from '../../electron/services/eligibility';
import { shutdownOcr } from '../../electron/services/ocr';
import { loadRulebook } from '../../electron/services/rulebook';
import { FIXTURES_DIR } from '../fixtures';
import { readIndependentTruth, type IndependentTruth } from '../independent/logistics/generate';

const DIR = join(FIXTURES_DIR, 'independent-logistics');
const rulebook = loadRulebook();
const results = new Map<string, FileCheck>();
let truth: IndependentTruth;
let heldOut: IndependentTruth['files'] = [];

beforeAll(async () => {
  truth = readIndependentTruth(DIR);
  heldOut = truth.files.filter((f) => f.split === 'heldout');
  const imp = await importOrderExport(readFileSync(join(DIR, truth.orders)), truth.orders, { offsetHours: rulebook.utcOffsetHours });
  const orders = imp.orders.map((o) => ({ id: o.id, jit: o.jit }));
  for (const f of heldOut) results.set(f.file, await checkLogistics(join(DIR, f.file), { rulebook, today: truth.today, orders }));
}, 900_000);

afterAll(async () => {
  await shutdownOcr();
});

const has = (file: string, code: FindingCode): boolean => results.get(file)?.findings.some((x) => x.code === code) ?? false;

function accuracy(code: keyof IndependentTruth['files'][number]['expected']): { right: number; total: number; wrong: string[] } {
  const wrong = heldOut.filter((f) => has(f.file, code) !== f.expected[code]).map((f) => f.file);
  return { right: heldOut.length - wrong.length, total: heldOut.length, wrong };
}

describe('independent logistics screenshots, held-out half', () => {
  it('has a held-out half of real size', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(40);
  });

  for (const code of ['TIMESTAMP_MISSING', 'TIMESTAMP_OUT_OF_RANGE'] as const) {
    it(`${code}: at least 97% of files right`, () => {
      const a = accuracy(code);
      expect(a.right / a.total, `${code} wrong on ${a.wrong.join(', ')}`).toBeGreaterThanOrEqual(0.97);
    });
  }

  it('never reports TIMESTAMP_MISSING on a file with a plain visible stamp', () => {
    const plain = heldOut.filter((f) => f.kind === 'stamp');
    expect(plain.length).toBeGreaterThan(20);
    expect(plain.filter((f) => has(f.file, 'TIMESTAMP_MISSING')).map((f) => f.file)).toEqual([]);
  });

  it('reads the stamp itself, not a page date, when it finds one', () => {
    const stamped = heldOut.filter((f) => f.stamp && !has(f.file, 'TIMESTAMP_MISSING'));
    const misread = stamped.filter((f) => {
      const label = results.get(f.file)?.regions?.find((r) => r.label?.startsWith('watermark'))?.label ?? '';
      const s = f.stamp;
      return !s || !label.includes(`${s.y}-${String(s.mo).padStart(2, '0')}-${String(s.d).padStart(2, '0')}`);
    });
    expect(misread.length / Math.max(1, stamped.length)).toBeLessThanOrEqual(0.03);
  });

  it('LOGISTICS_PICKUP_NOT_SHOWN and PICKUP_NOT_MARKED: at least 90% right', () => {
    for (const code of ['LOGISTICS_PICKUP_NOT_SHOWN', 'PICKUP_NOT_MARKED'] as const) {
      const a = accuracy(code);
      expect(a.right / a.total, `${code} wrong on ${a.wrong.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('raises LOGISTICS_ORDER_IS_JIT only on JIT orders of the export, _UNKNOWN only on orders not in it', () => {
    const falseJit = heldOut.filter((f) => has(f.file, 'LOGISTICS_ORDER_IS_JIT') && !(f.orderInExport && f.jit));
    expect(falseJit.map((f) => f.file)).toEqual([]);
    const jit = heldOut.filter((f) => f.orderInExport && f.jit);
    expect(jit.filter((f) => has(f.file, 'LOGISTICS_ORDER_IS_JIT')).length).toBeGreaterThanOrEqual(Math.ceil(jit.length * 0.9));
    const known = heldOut.filter((f) => f.orderInExport);
    expect(known.filter((f) => has(f.file, 'LOGISTICS_ORDER_UNKNOWN')).map((f) => f.file)).toEqual([]);
  });
});
