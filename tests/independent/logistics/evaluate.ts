/**
 * Runs the logistics check on one split of the independent set and prints each file whose
 * timestamp codes differ from the truth (a calibration tool; the vitest test asserts held-out).
 *   npx tsx tests/independent/logistics/evaluate.ts calibration|heldout [filter]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importOrderExport } from '../../../electron/services/eligibility';
import { checkLogistics } from '../../../electron/services/checks/logistics';
import { shutdownOcr } from '../../../electron/services/ocr';
import { loadRulebook } from '../../../electron/services/rulebook';
import type { FindingCode } from '../../../shared/findings';
import { readIndependentTruth } from './generate';

// LOGISTICS_SET_DIR: another set, such as an extra calibration set (generate.ts OUT SEED).
const DIR =
  process.env.LOGISTICS_SET_DIR ??
  join(import.meta.dirname, '..', '..', 'fixtures', 'generated', 'independent-logistics');
const split = process.argv[2] ?? 'calibration';
const filter = process.argv[3] ?? '';
const truth = readIndependentTruth(DIR);
const rulebook = loadRulebook();
const imp = await importOrderExport(readFileSync(join(DIR, truth.orders)), truth.orders, {
  offsetHours: rulebook.utcOffsetHours,
});
const orders = imp.orders.map((o) => ({ id: o.id, jit: o.jit }));
const CODES: FindingCode[] = [
  'TIMESTAMP_MISSING',
  'TIMESTAMP_OUT_OF_RANGE',
  'LOGISTICS_PICKUP_NOT_SHOWN',
  'PICKUP_NOT_MARKED',
];
const wrong: Record<string, number> = {};
/** Per code: [expected and raised, expected but missed, raised but not expected, neither]. */
const confusion: Record<string, [number, number, number, number]> = {};
const tally = (code: string, expected: boolean, got: boolean): void => {
  const c = (confusion[code] ??= [0, 0, 0, 0]);
  c[expected ? (got ? 0 : 1) : got ? 2 : 3]++;
};
let n = 0;
for (const f of truth.files.filter((x) => x.split === split && x.file.includes(filter))) {
  const t0 = Date.now();
  const r = await checkLogistics(join(DIR, f.file), { rulebook, today: truth.today, orders });
  n++;
  const got = new Set(r.findings.map((x) => x.code));
  const bad: string[] = CODES.filter((c) => got.has(c) !== f.expected[c as keyof typeof f.expected]);
  for (const c of CODES) tally(c, f.expected[c as keyof typeof f.expected], got.has(c));
  tally('TIMESTAMP_UNCLEAR', false, got.has('TIMESTAMP_UNCLEAR'));
  // The order look-up: an error only on a JIT order of the export, the info only on an order not in it.
  if (got.has('LOGISTICS_ORDER_IS_JIT') !== (f.orderInExport && f.jit)) bad.push('LOGISTICS_ORDER_IS_JIT');
  if (got.has('LOGISTICS_ORDER_UNKNOWN') !== !f.orderInExport) bad.push('LOGISTICS_ORDER_UNKNOWN');
  for (const c of bad) wrong[c] = (wrong[c] ?? 0) + 1;
  const label = r.regions?.find((x) => x.label?.startsWith('watermark'))?.label ?? '-';
  if (bad.length || process.env.ALL)
    process.stdout.write(
      `${f.file}\t${f.style}/${f.corner}/${f.photo ? 'photo' : ''}\t${f.stampText}\tgot:${label}\tbad:${bad.join(',')}\t${Date.now() - t0}ms\tcodes:${[...got].join(',')}\n`,
    );
}
process.stdout.write(`${split}: ${n} files, wrong ${JSON.stringify(wrong)}\n`);
process.stdout.write(`confusion [raised right, missed, false alarm, quiet right]: ${JSON.stringify(confusion)}\n`);
await shutdownOcr();
