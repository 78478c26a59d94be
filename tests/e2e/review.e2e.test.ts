/**
 * Issue 16 in a real browser against the real services (loopback bridge, no mocks): a
 * flagged letter confirmed in two clicks and exported without re-checking; junk on the
 * licence zone and in the pile never reaching the zip (its bytes looked for in every entry);
 * one file replaced and only it re-checked (the other cards keep their results and times);
 * a PDF finding opened on its page with the SKU's row marked and labelled beside the row
 * (both languages); 15+ files (N/M progress surviving navigation, compact table, "only
 * problems"); stored results gone stale re-checked on opening Materials. Screenshots go to
 * docs/review-*.png.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { CaseRecord } from '../../shared/case';
import type { CheckRunInfo, MaterialInfo } from '../../shared/channels/checks';
import { usccCheckChar } from '../../shared/uscc';
import { FIXTURES_DIR } from '../fixtures';
import { api, dropFiles } from './browser';
import { closeHarness, docShot, openHarness, type Harness } from './harness';
import { SELLER } from './paths';
import { zipEntryHashes } from './zip';

const LONG = 200_000;
/** Ten files checked at once (five by OCR): a few minutes at most when the machine is shared. */
const MANY = 300_000;
const LETTERS = join(FIXTURES_DIR, 'signed-letters');
const LOGISTICS = join(FIXTURES_DIR, 'logistics');
/** A real scan with a faded seal: flagged SEAL_BLURRY; the user looks at the original and confirms it. */
const FLAGGED_LETTER = join(LETTERS, 'seal-faded-1.png');
/** A stock report whose only non-zero SKU is on page 2 (the viewer must open there). */
const STOCK_PAGE2 = join(FIXTURES_DIR, 'inventory', 'inv-03-nonzero-page2-thousands.pdf');

let harness: Harness;
let page: Page;
let outDir: string;
let caseId = '';
/** The letter fixture's company (valid USCC): the cases of this file are made from it. */
let caseInput: Record<string, string> = {};
let pageErrors: string[] = [];
/** SHA-256 of every junk file dropped: none may be the bytes of a zip entry. */
const junkHashes: string[] = [];

async function shot(name: string): Promise<void> {
  await docShot(page, `review-${name}`);
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Each card's result and when it was checked, by file name. */
async function cardStates(): Promise<Map<string, string>> {
  const cards = page.getByTestId('file-card');
  const out = new Map<string, string>();
  for (let i = 0; i < (await cards.count()); i++) {
    const c = cards.nth(i);
    out.set(
      (await c.getAttribute('data-name')) ?? '',
      `${await c.getAttribute('data-status')}@${await c.getAttribute('data-checked-at')}`,
    );
  }
  return out;
}

async function latest(): Promise<CheckRunInfo[]> {
  return (await api(page, 'checks:latest', { caseId })).value as CheckRunInfo[];
}

async function materials(): Promise<MaterialInfo[]> {
  return (await api(page, 'materials:list', { caseId })).value as MaterialInfo[];
}

/**
 * The marked row's label sits beside the row (not above it, where it covered the row above):
 * no horizontal overlap with the row's box, and vertically centred on it.
 */
/** No two region labels cover each other (a finding's region and the seal on the same place share one). */
async function expectLabelsApart(labels: Locator) {
  const boxes = (await Promise.all((await labels.all()).map((l) => l.boundingBox()))).filter((b) => b !== null);
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `labels at ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`).toBe(true);
    }
  }
}

async function expectLabelBesideRow(sku: string): Promise<void> {
  const viewer = page.getByTestId('viewer');
  const label = viewer.locator('.region-label', { hasText: sku });
  await expect.poll(() => label.getAttribute('data-place')).toMatch(/^(right|left)$/);
  const region = viewer.locator('.region', { has: page.locator('.region-label', { hasText: sku }) });
  const [l, r] = await Promise.all([label.boundingBox(), region.boundingBox()]);
  const apart = l!.x >= r!.x + r!.width || l!.x + l!.width <= r!.x;
  expect(apart).toBe(true);
  expect(Math.abs(l!.y + l!.height / 2 - (r!.y + r!.height / 2))).toBeLessThan(2);
}

type SeenProgress = { jobId: string; done: number; total: number; materialId?: string };

/** Starts collecting the page's progress events (the same stream the screens listen to); returns its key. */
async function recordProgress(): Promise<string> {
  const key = `progress${Date.now()}`;
  await page.evaluate((k) => {
    const w = globalThis as unknown as Record<string, unknown> & {
      jitkit: { onProgress: (l: (e: SeenProgress) => void) => void };
    };
    const seen: SeenProgress[] = [];
    w[k] = seen;
    w.jitkit.onProgress((e) => void seen.push(e));
  }, key);
  return key;
}

const progressSeen = (key: string) =>
  page.evaluate((k) => (globalThis as unknown as Record<string, SeenProgress[]>)[k] ?? [], key);

const card = (name: string) => page.locator(`[data-testid="file-card"][data-name="${name}"]`);
const settled = async () =>
  page
    .locator('[data-testid="file-card"][data-status="running"], [data-testid="material-row"][data-status="running"]')
    .count();

beforeAll(async () => {
  harness = await openHarness({ prefix: 'jitkit-e2e-review-', viewport: { width: 1400, height: 1000 } });
  ({ page, pageErrors, dir: outDir } = harness);
  // The letter fixture's company, with a USCC whose check character is right.
  const manifest = JSON.parse(readFileSync(join(LETTERS, 'manifest.json'), 'utf8')) as {
    fixtures: { file: string; caseInfo: Record<string, string> }[];
  };
  const info = manifest.fixtures.find((f) => f.file === 'seal-faded-1.png')!.caseInfo;
  const uscc = `${info.uscc!.slice(0, 17)}${usccCheckChar(info.uscc!.slice(0, 17))}`;
  caseInput = { ...info, uscc };
  const created = await api(page, 'case:create', caseInput);
  caseId = (created.value as CaseRecord).id;
  await page.reload();
  await page.getByTestId('case-table').getByRole('button', { name: info.companyName }).click();
});

afterAll(async () => {
  await closeHarness(harness);
});

describe('review you can trust (issue 16)', () => {
  it('junk dropped on the licence zone is refused and never stored', async () => {
    await page.getByTestId('step-licence').click();
    // The two: a text file named like a licence PDF, and another material (the stock report).
    const junk = join(outDir, '营业执照.pdf');
    writeFileSync(junk, 'not a licence at all, just text\n'.repeat(20));
    const stock = join(outDir, '营业执照副本.pdf');
    copyFileSync(STOCK_PAGE2, stock);
    junkHashes.push(sha256(junk), sha256(stock));
    for (const file of [junk, stock]) {
      await dropFiles(page, '[data-testid="licence-drop"]', [{ path: file }]);
      await expect
        .poll(
          () =>
            page
              .locator('.notice-error')
              .innerText()
              .catch(() => ''),
          { timeout: LONG },
        )
        .toContain(`${file.split('/').pop()} 不是营业执照`);
      expect((await materials()).length).toBe(0);
    }
    await shot('licence-junk');
  });

  it('checks each dropped file as it arrives; a flagged letter is confirmed in two clicks', async () => {
    await page.getByTestId('step-materials').click();
    const junk = join(outDir, 'notes.txt');
    writeFileSync(junk, 'hello\n');
    junkHashes.push(sha256(junk));
    await dropFiles(
      page,
      '[data-testid="materials-drop"]',
      [FLAGGED_LETTER, ...SELLER.screenshots, SELLER.inventoryZero, junk].map((path) => ({ path })),
    );
    await expect.poll(() => page.getByTestId('file-card').count(), { timeout: LONG }).toBe(6);
    await expect.poll(settled, { timeout: LONG }).toBe(0);
    await page.getByTestId('materials-summary').waitFor({ timeout: LONG });
    const letter = card('seal-faded-1.png');
    expect(await letter.getAttribute('data-status')).toBe('fail');
    // People's words: file names, never stored paths; codes only behind 详情.
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/blobs|SEAL_BLURRY|FILE_UNSUPPORTED_FORMAT/);
    // Junk cannot be confirmed away.
    expect(await card('notes.txt').getByTestId('finding-dismiss').count()).toBe(0);
    await letter.scrollIntoViewIfNeeded();
    await shot('materials-flagged');
    await letter.getByTestId('finding-dismiss').click();
    await letter.getByTestId('finding-confirm').click();
    await expect.poll(() => letter.getAttribute('data-status')).toBe('pass');
    expect(await letter.getByTestId('finding-reviewed').innerText()).toContain('用户已核对');
    await shot('materials-confirmed');
    // Undo brings the block back; confirm again for the export.
    await letter.getByTestId('finding-undo').click();
    await expect.poll(() => letter.getAttribute('data-status')).toBe('fail');
    await letter.getByTestId('finding-dismiss').click();
    await letter.getByTestId('finding-note').fill('已对照原件，公章清晰');
    await letter.getByTestId('finding-confirm').click();
    await expect.poll(() => letter.getAttribute('data-status')).toBe('pass');
  });

  it('opens the finding in a full-size viewer with the region labelled in Chinese; zoom and fit', async () => {
    const letter = card('seal-faded-1.png');
    await letter.getByTestId('finding-view').click();
    const viewer = page.getByTestId('viewer');
    await viewer.locator('img').waitFor({ timeout: LONG });
    const labels = await viewer.locator('.region-label').allInnerTexts();
    expect(labels.some((l) => l.split(' · ').includes('公章'))).toBe(true);
    await expectLabelsApart(viewer.locator('.region-label'));
    expect(labels.join(' ')).not.toMatch(/seal|watermark|signature/);
    const natural = await viewer
      .locator('img')
      .evaluate((img: unknown) => (img as { naturalWidth: number }).naturalWidth);
    expect(natural).toBeGreaterThan(1000); // the full image, not the 480 px thumbnail
    await page.getByTestId('viewer-zoom-in').click();
    await page.getByTestId('viewer-zoom-in').click();
    expect(await viewer.getAttribute('data-zoom')).toBe('2');
    await shot('viewer');
    await page.getByTestId('viewer-fit').click();
    expect(await viewer.getAttribute('data-zoom')).toBe('1');
    await page.getByTestId('viewer-close').click();
    expect(await page.getByTestId('viewer').count()).toBe(0);
  });

  it('exports with the confirmed finding (no override switch); the junk never reaches the zip', async () => {
    await page.getByTestId('step-review').click();
    expect(await page.getByTestId('export-override').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('check-letter').getAttribute('data-status'), { timeout: LONG })
      .toBe('pass');
    const zip = join(outDir, 'upload.zip');
    await page.getByTestId('export-path').fill(zip);
    await expect.poll(() => page.getByTestId('export').isDisabled(), { timeout: LONG }).toBe(false);
    const runsBefore = (await latest())
      .filter((r) => r.materialId)
      .map((r) => r.id)
      .sort();
    await page.getByTestId('export').click();
    await page.getByTestId('export-done').waitFor({ timeout: LONG });
    await shot('exported');
    // Every file had a fresh stored result: the export checked none again (no new runs).
    expect(
      (await latest())
        .filter((r) => r.materialId)
        .map((r) => r.id)
        .sort(),
    ).toEqual(runsBefore);
    const hashed = await zipEntryHashes(zip);
    const entries = hashed.map((e) => e.name);
    // The junk's bytes are in no entry, whatever its name.
    expect(hashed.filter((e) => junkHashes.includes(e.sha256))).toEqual([]);
    expect(junkHashes).toHaveLength(3);
    expect(entries.filter((e) => e.startsWith('01_'))).toHaveLength(1);
    expect(entries.filter((e) => e.startsWith('02_'))).toHaveLength(3);
    expect(entries.filter((e) => e.startsWith('03_'))).toHaveLength(1);
    expect(entries.some((e) => e.endsWith('.bin') || e.includes('notes') || e.startsWith('04_'))).toBe(false);
    const report = JSON.parse(readFileSync(`${zip}.report.json`, 'utf8')) as {
      reviewedFindings: { code: string; note?: string; file: string }[];
      allowErrors: boolean;
    };
    expect(report.allowErrors).toBe(false);
    expect(report.reviewedFindings).toEqual([
      expect.objectContaining({ code: 'SEAL_BLURRY', file: 'seal-faded-1.png', note: '已对照原件，公章清晰' }),
    ]);
  });

  it('replacing one file re-checks only that file', async () => {
    await page.getByTestId('step-materials').click();
    await page.getByTestId('materials-summary').waitFor({ timeout: LONG });
    const before = new Map((await latest()).filter((r) => r.materialId).map((r) => [r.materialId, r.id]));
    const old = (await materials()).find((m) => m.originalName === 'Screenshot_3.png')!;
    const statesBefore = await cardStates();
    expect([...statesBefore.values()].every((v) => /^(pass|warn|fail)@\d{4}-/.test(v))).toBe(true);
    const started = Date.now();
    await card('Screenshot_3.png')
      .locator('input[type="file"]')
      .setInputFiles(join(LOGISTICS, 'log-03-corner-desktop.png'));
    const fresh = card('log-03-corner-desktop.png');
    await fresh.waitFor({ timeout: LONG });
    await expect.poll(() => fresh.getAttribute('data-status'), { timeout: LONG }).toMatch(/^(pass|warn|fail)$/);
    console.info(`[e2e] replaced one screenshot: result after ${Date.now() - started} ms`);
    const after = (await latest()).filter((r) => r.materialId);
    const rechecked = after.filter((r) => before.get(r.materialId) !== r.id).map((r) => r.materialId);
    const replacement = (await materials()).find((m) => m.originalName === 'log-03-corner-desktop.png')!;
    expect(rechecked).toEqual([replacement.id]);
    expect(after.some((r) => r.materialId === old.id)).toBe(false);
    // On screen: every other card keeps its result and the time it was checked.
    const statesAfter = await cardStates();
    statesBefore.delete('Screenshot_3.png');
    expect(Object.fromEntries([...statesAfter].filter(([name]) => name !== 'log-03-corner-desktop.png'))).toEqual(
      Object.fromEntries(statesBefore),
    );
    expect(await fresh.getByTestId('checked-at').innerText()).toMatch(/检查于 \d{2}:\d{2}:\d{2}/);
    // Stored results keep their regions: overlays after a reload without a re-check.
    expect(after.find((r) => r.materialId === replacement.id)?.regions?.length ?? 0).toBeGreaterThan(0);
    await shot('replaced');
    // Remove has an undo: the card goes at once, the file stays until the undo window ends.
    await card('Screenshot_1.png').getByRole('button', { name: '移除' }).click();
    await page.getByTestId('removed').waitFor();
    expect(await card('Screenshot_1.png').count()).toBe(0);
    await page.getByTestId('undo-remove').click();
    await card('Screenshot_1.png').waitFor();
    expect((await materials()).some((m) => m.originalName === 'Screenshot_1.png')).toBe(true);
  });

  it('a PDF finding opens on its page with the SKU row marked; pages can be turned', async () => {
    const inventory = (await materials()).find((m) => m.kind === 'inventory')!;
    await card(inventory.originalName).locator('input[type="file"]').setInputFiles(STOCK_PAGE2);
    const stock = card('inv-03-nonzero-page2-thousands.pdf');
    await stock.waitFor({ timeout: LONG });
    await expect.poll(() => stock.getAttribute('data-status'), { timeout: LONG }).toBe('fail');
    await stock.locator('[data-code="INVENTORY_NOT_ZERO"]').getByTestId('finding-view').click();
    const viewer = page.getByTestId('viewer');
    await viewer.locator('img').waitFor({ timeout: LONG });
    expect(await page.getByTestId('viewer-page').getAttribute('data-page')).toBe('2');
    expect(await page.getByTestId('viewer-page').getAttribute('data-pages')).toBe('2');
    const rowLabel = viewer.locator('.region-label', { hasText: 'JX-0283-BLK' });
    expect(await rowLabel.innerText()).toBe('库存不为 0 的行 JX-0283-BLK');
    // The mark sits on a row: a thin band in the upper part of page 2, where poppler puts the SKU.
    const [img, row] = await Promise.all([
      viewer.locator('img').boundingBox(),
      viewer.locator('.region', { has: page.locator('.region-label', { hasText: 'JX-0283-BLK' }) }).boundingBox(),
    ]);
    expect(row!.height / img!.height).toBeLessThan(0.05);
    expect((row!.y - img!.y) / img!.height).toBeGreaterThan(0.08);
    expect((row!.y - img!.y) / img!.height).toBeLessThan(0.14);
    await expectLabelBesideRow('JX-0283-BLK');
    await shot('viewer-pdf-row');
    await page.getByTestId('viewer-prev').click();
    await expect.poll(() => page.getByTestId('viewer-page').getAttribute('data-page')).toBe('1');
    await viewer.locator('img').waitFor({ timeout: LONG });
    expect(await viewer.locator('.region-label', { hasText: 'JX-0283-BLK' }).count()).toBe(0);
    await page.getByTestId('viewer-goto-finding').click();
    await expect
      .poll(() => viewer.locator('.region-label', { hasText: 'JX-0283-BLK' }).count(), { timeout: LONG })
      .toBe(1);
    await page.getByTestId('viewer-close').click();
    // In English (a longer label) it stays off the rows too.
    await page.getByTestId('locale').selectOption('en');
    await stock.locator('[data-code="INVENTORY_NOT_ZERO"]').getByTestId('finding-view').click();
    await viewer.locator('img').waitFor({ timeout: LONG });
    expect(await viewer.locator('.region-label', { hasText: 'JX-0283-BLK' }).innerText()).toBe(
      'Row with stock left JX-0283-BLK',
    );
    await expectLabelBesideRow('JX-0283-BLK');
    await shot('viewer-pdf-row-en');
    await page.getByTestId('viewer-close').click();
    await page.getByTestId('locale').selectOption('zh-CN');
  });

  it(
    '15 files at once: N/M progress that survives navigation, a compact table, only problems',
    async () => {
      // Five real screenshots and five files a seller drops by mistake (checked at once, each a
      // real row with its own finding): the table, the filter and N/M are the same, the OCR half.
      const note = join(outDir, '备注.txt');
      writeFileSync(note, '发货说明\n');
      const more = [
        ...['log-00-corner-phone.png', 'log-04-overlay-bottom-desktop.png', 'log-14-app-band-desktop.png'],
        ...['log-15-corner-cjk.png', 'log-20-corner-phone.png'],
        ...['bad-empty.png', 'bad-huge.png', 'bad-pdf-named.png', 'bad-text-named.jpg'],
      ].map((f) => join(LOGISTICS, f));
      const events = await recordProgress();
      await dropFiles(
        page,
        '[data-testid="materials-drop"]',
        [...more, note].map((path) => ({ path })),
      );
      await page.getByTestId('checks-running').waitFor({ timeout: MANY });
      await expect.poll(() => page.getByTestId('checks-count').innerText(), { timeout: MANY }).toMatch(/\/10$/);
      // Leave and come back while it runs: the same job, still counting.
      await page.getByTestId('step-letter').click();
      await page.getByTestId('step-materials').click();
      const counted = await page
        .getByTestId('checks-count')
        .innerText({ timeout: 5000 })
        .catch(() => 'finished');
      expect(counted).toMatch(/\/10$|finished/);
      await shot('many-running');
      await page.getByTestId('materials-table').waitFor({ timeout: MANY });
      await expect.poll(settled, { timeout: MANY }).toBe(0);
      await page.getByTestId('materials-summary').waitFor({ timeout: MANY });
      const rows = page.getByTestId('material-row');
      expect(await rows.count()).toBe(16);
      // The run's own progress events: one per file, counted up to 10 of 10.
      const counted10 = (await progressSeen(events)).filter((e) => e.total === 10 && e.materialId);
      expect(counted10.map((e) => e.done).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      await shot('many-table');
      const open = await page.locator('[data-testid="material-row"]:not([data-status="pass"])').count();
      await page.getByTestId('only-failing').check();
      await expect.poll(() => rows.count()).toBe(open);
      expect(open).toBeGreaterThan(0);
      expect(open).toBeLessThan(16);
      await shot('many-only-failing');
    },
    MANY + 60_000,
  );

  it('results gone stale (the case names changed) are re-checked on opening Materials, with N/M', async () => {
    const name = '过期结果测试有限公司';
    const created = await api(page, 'case:create', { ...caseInput, companyName: name });
    const staleCase = (created.value as CaseRecord).id;
    await page.locator('.brand').click();
    await page.getByTestId('case-table').getByRole('button', { name, exact: true }).click();
    await page.getByTestId('step-materials').click();
    await dropFiles(page, '[data-testid="materials-drop"]', [
      { path: SELLER.screenshots[0]! },
      { path: SELLER.inventoryZero },
    ]);
    await expect.poll(() => page.getByTestId('file-card').count(), { timeout: LONG }).toBe(2);
    await expect.poll(settled, { timeout: LONG }).toBe(0);
    const runIds = async () =>
      ((await api(page, 'checks:latest', { caseId: staleCase })).value as CheckRunInfo[])
        .filter((r) => r.materialId)
        .map((r) => r.id)
        .sort();
    const before = await runIds();
    expect(before).toHaveLength(2);
    // Coming back with nothing changed checks nothing.
    await page.getByTestId('step-letter').click();
    await page.getByTestId('step-materials').click();
    await page.getByTestId('materials-summary').waitFor({ timeout: LONG });
    expect(await runIds()).toEqual(before);
    // The legal representative is corrected: every stored result was judged against the old name.
    await api(page, 'case:update', {
      id: staleCase,
      patch: { legalRepresentative: `${caseInput.legalRepresentative}明` },
    });
    expect(
      ((await api(page, 'checks:stale', { caseId: staleCase })).value as { materialIds: string[] }).materialIds,
    ).toHaveLength(2);
    const events = await recordProgress();
    await page.getByTestId('step-letter').click();
    await page.getByTestId('step-materials').click();
    await expect.poll(() => page.getByTestId('checks-count').innerText(), { timeout: LONG }).toMatch(/\/2$/);
    await shot('stale-rechecking');
    await expect
      .poll(async () => (await progressSeen(events)).filter((e) => e.total === 2 && e.materialId).length, {
        timeout: LONG,
      })
      .toBe(2);
    await expect.poll(settled, { timeout: LONG }).toBe(0);
    const after = await runIds();
    expect(after.filter((id) => before.includes(id))).toEqual([]);
    expect(
      ((await api(page, 'checks:stale', { caseId: staleCase })).value as { materialIds: string[] }).materialIds,
    ).toEqual([]);
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
