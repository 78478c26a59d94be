/**
 * Evidence checks on bad and unusual input (corrupt, encrypted, 300-page, empty, huge,
 * misnamed files, spreadsheets), the set-level logistics rules (month coverage, duplicates)
 * and the inventory table reader on hand-made text layouts.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileCheck } from '../../shared/findings';
import { checkInventory, judgeInventory, type InventoryDocument } from '../../electron/services/checks/inventory';
import { parseQuantity } from '../../electron/services/checks/inventory-table';
import { checkLogistics, checkLogisticsSet } from '../../electron/services/checks/logistics';
import { NEAR_DUPLICATE_FRACTION, perceptualPrint, printDistance } from '../../electron/services/checks/logistics-set';
import { loadRulebook } from '../../electron/services/rulebook';
import { shutdownOcr } from '../../electron/services/ocr';
import { FIXTURES_DIR } from '../fixtures';
import { readInventoryManifest } from '../fixtures/inventory';
import { readLogisticsManifest } from '../fixtures/logistics';
import { tempDir } from '../helpers/tmp';

const LOG_DIR = join(FIXTURES_DIR, 'logistics');
const INV_DIR = join(FIXTURES_DIR, 'inventory');
const rulebook = loadRulebook();
const today = '2026-11-25';
const codes = (c: FileCheck): string[] => c.findings.map((f) => f.code);

afterAll(async () => {
  await shutdownOcr();
});

describe('inventory: bad input gives one specific finding, never a throw', () => {
  const { bad } = readInventoryManifest(INV_DIR);
  it.each(bad.map((b) => [b.file, b.code]))('%s → %s', async (file, code) => {
    const check = await checkInventory(join(INV_DIR, file), { rulebook, today });
    expect(codes(check)).toContain(code);
    expect(check.status).toBe('fail');
    expect(check.findings.every((f) => f.message.length > 10)).toBe(true);
  });

  it('refuses a 300-page PDF by its page count, naming the count and the limit', async () => {
    const check = await checkInventory(join(INV_DIR, 'bad-300-pages.pdf'), { rulebook, today });
    const f = check.findings.find((x) => x.code === 'PDF_TOO_MANY_PAGES');
    expect(f?.params).toMatchObject({ pages: 300, limit: rulebook.upload.maxPdfPages });
  });

  it('explains how to export a PDF when given a spreadsheet', async () => {
    const check = await checkInventory(join(INV_DIR, 'stock-export.xlsx'), { rulebook, today });
    expect(check.findings[0]?.message).toMatch(/PDF/);
    expect(check.findings[0]?.params?.format).toBe('XLSX');
  });
});

describe('inventory: phone photos of a printed report', () => {
  const { photos } = readInventoryManifest(INV_DIR);
  it.each(photos.map((p) => [p.file, p]))('%s is read by OCR with the same rules', async (file, truth) => {
    const check = await checkInventory(join(INV_DIR, file), { rulebook, today });
    expect([...new Set(codes(check))].sort()).toEqual(truth.codes);
    for (const { sku } of truth.nonZero) expect(check.findings[0]?.message).toContain(sku);
  });
});

describe('logistics: bad input', () => {
  it.each([
    ['bad-huge.png', 'IMAGE_TOO_LARGE'],
    ['bad-empty.png', 'FILE_UNREADABLE'],
    ['bad-pdf-named.png', 'FILE_TYPE_MISMATCH'],
    ['bad-text-named.jpg', 'FILE_UNSUPPORTED_FORMAT'],
  ])('%s → %s', async (file, code) => {
    const check = await checkLogistics(join(LOG_DIR, file), { rulebook, today });
    expect(codes(check)).toContain(code);
    expect(check.status).toBe('fail');
  });
});

describe('logistics set rules', () => {
  const manifest = readLogisticsManifest(LOG_DIR);
  const fake = (file: string, stamp: string | null): FileCheck => ({
    file: join(LOG_DIR, file),
    kind: 'logistics',
    status: 'pass',
    findings: [],
    regions: stamp ? [{ x: 0, y: 0, width: 10, height: 10, label: `watermark ${stamp}` }] : [],
  });

  it('names each month of the window without a watermarked screenshot', async () => {
    const files = manifest.items.slice(0, 3).map((i) => i.file);
    const checks = [
      fake(files[0] as string, '2026-09-11 16:10:00'),
      fake(files[1] as string, '2026-09-20 08:00:00'),
      fake(files[2] as string, null),
    ];
    const findings = await checkLogisticsSet(checks, { today, rulebook });
    const months = findings.filter((f) => f.code === 'LOGISTICS_MONTH_UNCOVERED').map((f) => f.params?.month);
    expect(months).toEqual(['2026-10', '2026-11']);
    expect(findings.some((f) => f.code === 'DUPLICATE_IMAGE')).toBe(false);
  });

  it('flags the same bytes and a resized re-encoded copy, not other screenshots', async () => {
    const distinct = manifest.items.filter((i) => i.split === 'tune').map((i) => fake(i.file, i.stamp));
    const dups = manifest.duplicates.map((d) => fake(d.file, null));
    const findings = await checkLogisticsSet([...distinct, ...dups], { today, rulebook });
    const flagged = findings
      .filter((f) => f.code === 'DUPLICATE_IMAGE')
      .map((f) => String(f.params?.file).split('/').pop());
    expect(flagged.sort()).toEqual(manifest.duplicates.map((d) => d.file).sort());
    for (const f of findings.filter((x) => x.code === 'DUPLICATE_IMAGE'))
      expect(f.params?.other).toBe(manifest.duplicates[0]?.of);
  });

  it('remembers fingerprints across runs, yet sees a file that was rewritten since', async () => {
    const [a, b] = manifest.items.filter((i) => i.split === 'tune').map((i) => join(LOG_DIR, i.file));
    const copy = join(tempDir(), 'copy.png');
    copyFileSync(a!, copy);
    const set = (files: string[]) =>
      checkLogisticsSet(
        files.map((file) => ({ ...fake('', null), file })),
        { today, rulebook },
      );
    const dupes = async (files: string[]) => (await set(files)).filter((f) => f.code === 'DUPLICATE_IMAGE');
    expect(await dupes([b!, copy])).toEqual([]);
    expect(await dupes([b!, copy])).toEqual([]); // the same answer from the kept fingerprints
    copyFileSync(b!, copy); // other bytes, other size: fingerprinted again
    expect((await dupes([b!, copy])).map((f) => f.params?.file)).toEqual([copy]);
  });

  it('keeps different screenshots of the same app page apart in fingerprint distance', async () => {
    const prints = await Promise.all(manifest.items.map((i) => perceptualPrint(join(LOG_DIR, i.file))));
    let closest = Infinity;
    for (let i = 0; i < prints.length; i++)
      for (let j = i + 1; j < prints.length; j++) closest = Math.min(closest, printDistance(prints[i]!, prints[j]!));
    // At least twice the threshold: a margin, not a coin toss.
    expect(closest).toBeGreaterThan(NEAR_DUPLICATE_FRACTION * 2);
  });
});

describe('inventory table reader', () => {
  const item = (
    str: string,
    x: number,
    y: number,
  ): { str: string; x: number; y: number; width: number; height: number } => ({
    str,
    x,
    y,
    width: str.length * 6,
    height: 10,
  });
  const doc = (rows: [string, number][][], header = true): InventoryDocument => ({
    ocr: false,
    pages: [
      {
        items: [
          item('导出时间：2026-11-20 10:15:32', 40, 20),
          ...(header ? [item('SKU', 40, 50), item('品名', 150, 50), item('库存', 330, 50)] : []),
          ...rows.flatMap((r, i) => r.map(([s, x]) => item(s, x, 70 + i * 17))),
        ],
      },
    ],
  });

  it.each([
    ['1,250', 1250],
    ['-3', -3],
    ['(12)', -12],
    ['０', 0],
    ['O', 0],
    ['1 000', 1000],
    ['—', null],
    ['件', null],
  ])('parses quantity %s as %s', (text, value) => {
    expect(parseQuantity(text)).toBe(value);
  });

  it('reports a non-zero SKU and ignores a totals row', () => {
    const findings = judgeInventory(
      doc([
        [
          ['A-1', 40],
          ['衬衫', 150],
          ['0', 330],
        ],
        [
          ['B-2', 40],
          ['裤子', 150],
          ['1,200', 330],
        ],
        [
          ['合计', 40],
          ['1,200', 330],
        ],
      ]),
      { rulebook, today },
    );
    const f = findings.find((x) => x.code === 'INVENTORY_NOT_ZERO');
    expect(f?.message).toContain('B-2');
    expect(f?.message).not.toContain('合计');
    expect(findings.map((x) => x.code)).toEqual(['INVENTORY_NOT_ZERO']);
  });

  it('passes an all-zero table and fails one without a quantity header', () => {
    expect(
      judgeInventory(
        doc([
          [
            ['A-1', 40],
            ['衬衫', 150],
            ['0', 330],
          ],
        ]),
        { rulebook, today },
      ),
    ).toEqual([]);
    expect(
      judgeInventory(
        doc(
          [
            [
              ['A-1', 40],
              ['衬衫', 150],
              ['5', 330],
            ],
          ],
          false,
        ),
        { rulebook, today },
      ).map((x) => x.code),
    ).toEqual(['INVENTORY_TABLE_NOT_FOUND']);
  });
});
