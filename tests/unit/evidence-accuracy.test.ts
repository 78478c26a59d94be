/**
 * Timestamp-evidence checks on the held-out half of the seeded fixtures (heuristics were
 * tuned on the other half): accuracy per finding code ≥95%, plus the facts behind each
 * code (the watermark time read, the non-zero SKUs and their quantities).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileCheck, FindingCode } from '../../shared/findings';
import { checkInventory } from '../../electron/services/checks/inventory';
import { checkLogistics } from '../../electron/services/checks/logistics';
import { loadRulebook } from '../../electron/services/rulebook';
import { shutdownOcr } from '../../electron/services/ocr';
import { FIXTURES_DIR } from '../fixtures';
import { readInventoryManifest, type InventoryTruth } from '../fixtures/inventory';
import { readLogisticsManifest, type LogisticsTruth } from '../fixtures/logistics';

const LOG_DIR = join(FIXTURES_DIR, 'logistics');
const INV_DIR = join(FIXTURES_DIR, 'inventory');
const rulebook = loadRulebook();
const LOGISTICS_CODES: FindingCode[] = [
  'TIMESTAMP_MISSING',
  'TIMESTAMP_OUT_OF_RANGE',
  'TIMESTAMP_METADATA_ONLY',
  'TIMESTAMP_EXIF_MISMATCH',
];
const INVENTORY_CODES: FindingCode[] = [
  'TIMESTAMP_MISSING',
  'TIMESTAMP_OUT_OF_RANGE',
  'TIMESTAMP_METADATA_ONLY',
  'INVENTORY_NOT_ZERO',
  'INVENTORY_TABLE_NOT_FOUND',
];

const logResults = new Map<string, FileCheck>();
const invResults = new Map<string, FileCheck>();
let logItems: LogisticsTruth[] = [];
let invItems: InventoryTruth[] = [];
let today = '';

beforeAll(async () => {
  const logManifest = readLogisticsManifest(LOG_DIR);
  const invManifest = readInventoryManifest(INV_DIR);
  today = logManifest.today;
  logItems = logManifest.items.filter((i) => i.split === 'holdout');
  invItems = invManifest.items.filter((i) => i.split === 'holdout');
  // Sequential on purpose: the OCR pool is shared and the machine is small.
  for (const item of logItems)
    logResults.set(item.file, await checkLogistics(join(LOG_DIR, item.file), { rulebook, today }));
  for (const item of invItems)
    invResults.set(item.file, await checkInventory(join(INV_DIR, item.file), { rulebook, today: invManifest.today }));
}, 900_000);

afterAll(async () => {
  await shutdownOcr();
});

function accuracyTable(
  name: string,
  codes: FindingCode[],
  items: { file: string; codes: string[] }[],
  results: Map<string, FileCheck>,
): { code: string; accuracy: number }[] {
  const got = (file: string): string[] => results.get(file)?.findings.map((f) => f.code) ?? [];
  const table = codes.map((code) => {
    const right = items.filter((i) => got(i.file).includes(code) === i.codes.includes(code)).length;
    return { code, right, accuracy: right / items.length };
  });
  const misses = items
    .filter((i) => codes.some((c) => got(i.file).includes(c) !== i.codes.includes(c)))
    .map((i) => `${i.file}: truth [${i.codes.join(',')}] got [${got(i.file).join(',')}]`);
  console.log(
    `${name} accuracy (held-out, n=${items.length}):\n${table.map((r) => `  ${r.code.padEnd(26)} ${r.right}/${items.length}`).join('\n')}${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`,
  );
  return table;
}

describe('logistics screenshots (held-out half)', () => {
  it('gets every finding code right on ≥95% of screenshots', () => {
    expect(logItems.length).toBeGreaterThanOrEqual(20);
    for (const row of accuracyTable('logistics', LOGISTICS_CODES, logItems, logResults))
      expect(row.accuracy, row.code).toBeGreaterThanOrEqual(0.95);
    // Each code is judged on positives too, not only on files without it.
    for (const code of LOGISTICS_CODES)
      expect(
        logItems.some((i) => i.codes.includes(code)),
        code,
      ).toBe(true);
  });

  it('reads the visible watermark time (to the minute) and returns its region', () => {
    const stamped = logItems.filter((i) => i.stamp !== null);
    const right = stamped.filter((i) => {
      const check = logResults.get(i.file);
      const region = check?.regions?.find((r) => r.label?.startsWith('watermark'));
      const minute = (i.stamp ?? '').slice(0, 16).replace('T', ' ');
      return (
        region !== undefined &&
        (region.label ?? '').includes(minute.slice(0, 10)) &&
        region.width > 0 &&
        region.height > 0
      );
    });
    expect(right.length / stamped.length).toBeGreaterThanOrEqual(0.95);
  });

  it('never takes a tracking-event date for a watermark', () => {
    for (const item of logItems.filter((i) => i.stamp === null)) {
      expect(logResults.get(item.file)?.regions ?? [], item.file).toEqual([]);
    }
  });
});

describe('inventory-zero PDFs (held-out half)', () => {
  it('gets every finding code right on ≥95% of reports', () => {
    expect(invItems.length).toBeGreaterThanOrEqual(15);
    for (const row of accuracyTable('inventory', INVENTORY_CODES, invItems, invResults))
      expect(row.accuracy, row.code).toBeGreaterThanOrEqual(0.95);
    for (const code of INVENTORY_CODES)
      expect(
        invItems.some((i) => i.codes.includes(code)),
        code,
      ).toBe(true);
  });

  it('names each non-zero SKU with its quantity, never the totals row', () => {
    for (const item of invItems.filter((i) => i.nonZero.length > 0)) {
      const finding = invResults.get(item.file)?.findings.find((f) => f.code === 'INVENTORY_NOT_ZERO');
      expect(finding, item.file).toBeDefined();
      for (const { sku, qty } of item.nonZero) {
        expect(finding?.message, item.file).toContain(sku);
        expect(finding?.message, item.file).toContain(qty.toLocaleString('en-US'));
      }
      expect(finding?.message).not.toMatch(/合计|总计|Total/);
      expect(finding?.params?.count).toBe(item.nonZero.length);
    }
  });
});
