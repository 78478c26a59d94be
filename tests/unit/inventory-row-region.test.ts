/**
 * The inventory finding marks the row of the SKU it names (page and box), so the viewer can
 * open that page and draw it. Where the SKU really is comes from tools independent of our
 * reader: poppler's `pdftotext -bbox` for text PDFs, native tesseract on a poppler render for
 * an image-only PDF. Boxes are compared as fractions of the page (each side has its own scale).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Region } from '../../shared/findings';
import { checkInventory } from '../../electron/services/checks/inventory';
import { loadRulebook } from '../../electron/services/rulebook';
import { shutdownOcr } from '../../electron/services/ocr';
import { FIXTURES_DIR } from '../fixtures';
import { readInventoryManifest } from '../fixtures/inventory';

const DIR = join(FIXTURES_DIR, 'inventory');
const rulebook = loadRulebook();
const manifest = readInventoryManifest(DIR);
const today = manifest.today;

type Box = { page: number; x0: number; y0: number; x1: number; y1: number };

afterAll(async () => {
  await shutdownOcr();
});

/** The word's box on its page as fractions, from poppler's own text layer. */
function popplerWordBox(file: string, word: string): Box | null {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const pages = html.split('<page ').slice(1);
  for (const [i, page] of pages.entries()) {
    const w = Number(/width="([\d.]+)"/.exec(page)?.[1]);
    const h = Number(/height="([\d.]+)"/.exec(page)?.[1]);
    const m = new RegExp(
      `<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${word}</word>`,
    ).exec(page);
    if (m)
      return { page: i + 1, x0: Number(m[1]) / w, y0: Number(m[2]) / h, x1: Number(m[3]) / w, y1: Number(m[4]) / h };
  }
  return null;
}

/** The word's box on page 1 of an image-only PDF: poppler renders it, tesseract finds the word. */
function tesseractWordBox(file: string, word: string): Box | null {
  const dir = mkdtempSync(join(tmpdir(), 'jitkit-rowbox-'));
  try {
    execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-png', file, join(dir, 'p')]);
    const png = join(dir, 'p-1.png');
    const size = execFileSync('identify', ['-format', '%w %h', png], { encoding: 'utf8' }).split(' ').map(Number);
    const tsv = execFileSync('tesseract', [png, '-', '--psm', '6', 'tsv'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [w = 1, h = 1] = size;
    for (const line of tsv.split('\n')) {
      const cols = line.split('\t');
      if (cols.length < 12 || !cols[11]?.includes(word)) continue;
      const [left, top, width, height] = cols.slice(6, 10).map(Number) as [number, number, number, number];
      return { page: 1, x0: left / w, y0: top / h, x1: (left + width) / w, y1: (top + height) / h };
    }
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function asFractions(r: Region): Box {
  const size = r.pageSize!;
  return {
    page: r.page!,
    x0: r.x / size.width,
    y0: r.y / size.height,
    x1: (r.x + r.width) / size.width,
    y1: (r.y + r.height) / size.height,
  };
}

/** The marked row holds the word vertically (its centre inside) and horizontally (it overlaps). */
function expectHolds(region: Box, word: Box): void {
  expect(region.page).toBe(word.page);
  const centre = (word.y0 + word.y1) / 2;
  expect(centre).toBeGreaterThan(region.y0);
  expect(centre).toBeLessThan(region.y1);
  // One table row, not a band covering half the page.
  expect(region.y1 - region.y0).toBeLessThan(0.06);
  expect(region.x0).toBeLessThanOrEqual(word.x0 + 0.005);
  expect(region.x1).toBeGreaterThan(word.x1);
}

async function notZeroRegion(file: string): Promise<Region> {
  const check = await checkInventory(join(DIR, file), { rulebook, today });
  const finding = check.findings.find((f) => f.code === 'INVENTORY_NOT_ZERO');
  expect(finding?.region, file).toBeDefined();
  return finding!.region!;
}

describe('inventory finding: the SKU row, page and box', () => {
  it('marks the row on page 2 of a text PDF where poppler finds the SKU', async () => {
    const item = manifest.items.find((i) => i.file === 'inv-03-nonzero-page2-thousands.pdf')!;
    const sku = item.nonZero[0]!.sku;
    const region = await notZeroRegion(item.file);
    expect(region.label).toBe(`row ${sku}`);
    expect(region.page).toBe(2);
    const word = popplerWordBox(join(DIR, item.file), sku);
    expect(word).not.toBeNull();
    expectHolds(asFractions(region), word!);
  });

  it('marks every non-zero SKU of each text report with a row on its page', async () => {
    const items = manifest.items.filter((i) => i.nonZero.length > 0 && !i.variant.startsWith('image'));
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) {
      const check = await checkInventory(join(DIR, item.file), { rulebook, today });
      const finding = check.findings.find((f) => f.code === 'INVENTORY_NOT_ZERO');
      const regions = [finding?.region, ...(check.regions ?? [])].filter((r): r is Region => Boolean(r));
      for (const { sku } of item.nonZero.slice(0, 10)) {
        const region = regions.find((r) => r.label === `row ${sku}`);
        expect(region, `${item.file} ${sku}`).toBeDefined();
        const word = popplerWordBox(join(DIR, item.file), sku);
        if (word) expectHolds(asFractions(region!), word);
      }
    }
  });

  it('marks the row of a scanned (image-only) report read by OCR where tesseract finds the SKU', async () => {
    const item = manifest.items.find((i) => i.variant === 'image-nonzero')!;
    const sku = item.nonZero[0]!.sku;
    const region = await notZeroRegion(item.file);
    expect(region.page).toBe(1);
    const word = tesseractWordBox(join(DIR, item.file), sku.split('-')[1]!);
    expect(word).not.toBeNull();
    expectHolds(asFractions(region), word!);
  }, 120_000);

  it('a report with every SKU at 0 marks nothing', async () => {
    const item = manifest.items.find((i) => i.nonZero.length === 0 && i.codes.length === 0)!;
    const check = await checkInventory(join(DIR, item.file), { rulebook, today });
    expect(check.findings.map((f) => f.code)).toEqual([]);
    expect(check.regions ?? []).toEqual([]);
    expect(readFileSync(join(DIR, item.file)).subarray(0, 4).toString()).toBe('%PDF');
  });
});
