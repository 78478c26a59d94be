/**
 * Issue 16 in a real browser against the real services (loopback bridge, no mocks): a
 * flagged letter confirmed in two clicks and exported; junk on the licence zone and in the
 * pile never reaching the zip; one file replaced and only it re-checked; 15 files at once
 * (N/M progress surviving navigation, compact table, "only problems"); the full-size viewer.
 * Screenshots of each state go to docs/review-*.png.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CaseRecord } from '../../shared/case';
import type { CheckRunInfo, MaterialInfo } from '../../shared/channels/checks';
import { usccCheckChar } from '../../shared/uscc';
import { FIXTURES_DIR } from '../fixtures';
import { startBridge, type Bridge } from './bridge-server';
import { api, dropFiles, openBrowser, type Session } from './browser';
import { BUNDLE_TODAY, SELLER } from './paths';
import { zipEntries } from './zip';

const LONG = 200_000;
const DOCS = join(import.meta.dirname, '..', '..', 'docs');
const LETTERS = join(FIXTURES_DIR, 'signed-letters');
const LOGISTICS = join(FIXTURES_DIR, 'logistics');
/** A real scan with a faded seal: flagged SEAL_BLURRY; the user looks at the original and confirms it. */
const FLAGGED_LETTER = join(LETTERS, 'seal-faded-1.png');

let bridge: Bridge;
let session: Session;
let page: Page;
let outDir: string;
let caseId = '';
const pageErrors: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(DOCS, `review-${name}.png`) });
}

async function latest(): Promise<CheckRunInfo[]> {
  return (await api(page, 'checks:latest', { caseId })).value as CheckRunInfo[];
}

async function materials(): Promise<MaterialInfo[]> {
  return (await api(page, 'materials:list', { caseId })).value as MaterialInfo[];
}

const card = (name: string) => page.locator(`[data-testid="file-card"][data-name="${name}"]`);
const settled = async () => page.locator('[data-testid="file-card"][data-status="running"], [data-testid="material-row"][data-status="running"]').count();

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'jitkit-e2e-review-'));
  bridge = await startBridge({ today: BUNDLE_TODAY, rendererDir: process.env.JITKIT_E2E_RENDERER_DIR });
  session = await openBrowser(bridge.url);
  page = session.page;
  await page.setViewportSize({ width: 1400, height: 1000 });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  // The letter fixture's company, with a USCC whose check character is right.
  const manifest = JSON.parse(readFileSync(join(LETTERS, 'manifest.json'), 'utf8')) as { fixtures: { file: string; caseInfo: Record<string, string> }[] };
  const info = manifest.fixtures.find((f) => f.file === 'seal-faded-1.png')!.caseInfo;
  const uscc = `${info.uscc!.slice(0, 17)}${usccCheckChar(info.uscc!.slice(0, 17))}`;
  const created = await api(page, 'case:create', { ...info, uscc });
  caseId = (created.value as CaseRecord).id;
  await page.reload();
  await page.getByTestId('case-table').getByRole('button', { name: info.companyName }).click();
});

afterAll(async () => {
  await session?.close();
  await bridge?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('review you can trust (issue 16)', () => {
  it('junk dropped on the licence zone is refused and never stored', async () => {
    await page.getByTestId('step-licence').click();
    const junk = join(outDir, '营业执照.pdf');
    writeFileSync(junk, 'not a licence at all, just text\n'.repeat(20));
    await dropFiles(page, '[data-testid="licence-drop"]', [{ path: junk }]);
    await expect.poll(() => page.locator('.notice-error').innerText(), { timeout: LONG }).toContain('不是营业执照');
    expect((await materials()).length).toBe(0);
    await shot('licence-junk');
  });

  it('checks each dropped file as it arrives; a flagged letter is confirmed in two clicks', async () => {
    await page.getByTestId('step-materials').click();
    const junk = join(outDir, 'notes.txt');
    writeFileSync(junk, 'hello\n');
    await dropFiles(page, '[data-testid="materials-drop"]', [FLAGGED_LETTER, ...SELLER.screenshots, SELLER.inventoryZero, junk].map((path) => ({ path })));
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
    expect(labels).toContain('公章');
    expect(labels.join(' ')).not.toMatch(/seal|watermark|signature/);
    const natural = await viewer.locator('img').evaluate((img: unknown) => (img as { naturalWidth: number }).naturalWidth);
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
    await expect.poll(() => page.getByTestId('check-letter').getAttribute('data-status'), { timeout: LONG }).toBe('pass');
    const zip = join(outDir, 'upload.zip');
    await page.getByTestId('export-path').fill(zip);
    await expect.poll(() => page.getByTestId('export').isDisabled(), { timeout: LONG }).toBe(false);
    await page.getByTestId('export').click();
    await page.getByTestId('export-done').waitFor({ timeout: LONG });
    await shot('exported');
    const entries = await zipEntries(zip);
    expect(entries.filter((e) => e.startsWith('01_'))).toHaveLength(1);
    expect(entries.filter((e) => e.startsWith('02_'))).toHaveLength(3);
    expect(entries.filter((e) => e.startsWith('03_'))).toHaveLength(1);
    expect(entries.some((e) => e.endsWith('.bin') || e.includes('notes') || e.startsWith('04_'))).toBe(false);
    const report = JSON.parse(readFileSync(`${zip}.report.json`, 'utf8')) as { reviewedFindings: { code: string; note?: string; file: string }[]; allowErrors: boolean };
    expect(report.allowErrors).toBe(false);
    expect(report.reviewedFindings).toEqual([expect.objectContaining({ code: 'SEAL_BLURRY', file: 'seal-faded-1.png', note: '已对照原件，公章清晰' })]);
  });

  it('replacing one file re-checks only that file', async () => {
    await page.getByTestId('step-materials').click();
    await page.getByTestId('materials-summary').waitFor({ timeout: LONG });
    const before = new Map((await latest()).filter((r) => r.materialId).map((r) => [r.materialId, r.id]));
    const old = (await materials()).find((m) => m.originalName === 'Screenshot_3.png')!;
    const started = Date.now();
    await card('Screenshot_3.png').locator('input[type="file"]').setInputFiles(join(LOGISTICS, 'log-03-corner-desktop.png'));
    const fresh = card('log-03-corner-desktop.png');
    await fresh.waitFor({ timeout: LONG });
    await expect.poll(() => fresh.getAttribute('data-status'), { timeout: LONG }).toMatch(/^(pass|warn|fail)$/);
    console.info(`[e2e] replaced one screenshot: result after ${Date.now() - started} ms`);
    const after = (await latest()).filter((r) => r.materialId);
    const rechecked = after.filter((r) => before.get(r.materialId) !== r.id).map((r) => r.materialId);
    const replacement = (await materials()).find((m) => m.originalName === 'log-03-corner-desktop.png')!;
    expect(rechecked).toEqual([replacement.id]);
    expect(after.some((r) => r.materialId === old.id)).toBe(false);
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

  it('15 files at once: N/M progress that survives navigation, a compact table, only problems', async () => {
    const more = ['log-00-corner-phone.png', 'log-01-app-band-phone.png', 'log-02-overlay-top-phone.png', 'log-04-overlay-bottom-desktop.png',
      'log-05-none-phone.png', 'log-08-old-corner.png', 'log-14-app-band-desktop.png', 'log-15-corner-cjk.png', 'log-16-overlay-fullwidth.png', 'log-20-corner-phone.png'];
    await dropFiles(page, '[data-testid="materials-drop"]', more.map((f) => ({ path: join(LOGISTICS, f) })));
    await page.getByTestId('checks-running').waitFor({ timeout: LONG });
    await expect.poll(() => page.getByTestId('checks-count').innerText(), { timeout: LONG }).toMatch(/\/10$/);
    // Leave and come back while it runs: the same job, still counting.
    await page.getByTestId('step-letter').click();
    await page.getByTestId('step-materials').click();
    const counted = await page.getByTestId('checks-count').innerText({ timeout: 5000 }).catch(() => 'finished');
    expect(counted).toMatch(/\/10$|finished/);
    await shot('many-running');
    await page.getByTestId('materials-table').waitFor({ timeout: LONG });
    await expect.poll(settled, { timeout: LONG }).toBe(0);
    await page.getByTestId('materials-summary').waitFor({ timeout: LONG });
    const rows = page.getByTestId('material-row');
    expect(await rows.count()).toBe(16);
    await shot('many-table');
    const open = await page.locator('[data-testid="material-row"]:not([data-status="pass"])').count();
    await page.getByTestId('only-failing').check();
    await expect.poll(() => rows.count()).toBe(open);
    expect(open).toBeGreaterThan(0);
    await shot('many-only-failing');
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
