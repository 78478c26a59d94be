/**
 * The whole desktop workflow in a real browser (Debian chromium) against the real services
 * behind the loopback bridge: create a case, walk every step as a user would, export, and
 * open the zip. Screenshots of each screen go to tests/e2e/output/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CaseRecord } from '../../shared/case';
import type { Bridge } from './bridge-server';
import { api, dropFiles, screenshot } from './browser';
import { closeHarness, openHarness, type Harness } from './harness';
import { BUNDLE_CASE, ORDERS, SELLER, missingFixtures, ordersTruth, sellerUscc, writeSellerLicence } from './paths';
import { zipEntries } from './zip';

let harness: Harness;
let bridge: Bridge;
let page: Page;
let outDir: string;
let pageErrors: string[] = [];
const LONG = 200_000;

/** Whether the preload-shaped API has the channel (a feature whose service has landed). */
async function hasChannel(name: string): Promise<boolean> {
  return page.evaluate((n) => {
    const [d, m] = n.split(':') as [string, string];
    const w = globalThis as unknown as { jitkit: Record<string, Record<string, unknown> | undefined> };
    return typeof w.jitkit[d]?.[m] === 'function';
  }, name);
}

async function currentCase(): Promise<CaseRecord> {
  const r = await api(page, 'case:list', {});
  return (r.value as CaseRecord[])[0]!;
}

beforeAll(async () => {
  expect(missingFixtures()).toEqual([]);
  harness = await openHarness({ prefix: 'jitkit-e2e-out-' });
  ({ bridge, page, pageErrors, dir: outDir } = harness);
});

afterAll(async () => {
  await closeHarness(harness);
});

describe('desktop workflow over the loopback bridge', () => {
  it('rejects API calls and the page without the per-run token', async () => {
    const base = new URL(bridge.url).origin;
    const res = await fetch(`${base}/__invoke`, {
      method: 'POST',
      body: JSON.stringify({ channel: 'case:list', args: {} }),
    });
    expect(res.status).toBe(403);
    expect((await fetch(`${base}/`)).status).toBe(403);
    expect((await fetch(`${base}/__bridge.js`)).status).toBe(403);
  });

  it('is usable from the keyboard: skip link first, then the new-case button opens the form', async () => {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { className: string } } }).document.activeElement
            .className,
      ),
    ).toBe('skip-link');
    await page.getByTestId('new-case').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('case-form').waitFor();
  });

  it('creates a case from the Cases screen and lists it', async () => {
    await page.getByTestId('f-company').fill(BUNDLE_CASE.companyName);
    await page.getByTestId('f-legal').fill(BUNDLE_CASE.legalRepresentative);
    await page.getByTestId('uscc-input').fill(BUNDLE_CASE.uscc.slice(0, 10));
    await expect.poll(() => page.getByTestId('uscc-state').getAttribute('data-state')).toBe('incomplete');
    await page.getByTestId('f-store').fill(BUNDLE_CASE.storeName ?? '');
    await page.locator('#exit-reason').selectOption(BUNDLE_CASE.exitReason ?? '');
    await screenshot(page, '01-new-case');
    await page.getByTestId('create-case').click();
    await page.getByTestId('step-eligibility').waitFor();
    const c = await currentCase();
    expect([c.companyName, c.legalRepresentative, c.uscc, c.exitReason]).toEqual([
      BUNDLE_CASE.companyName,
      BUNDLE_CASE.legalRepresentative,
      BUNDLE_CASE.uscc.slice(0, 10),
      BUNDLE_CASE.exitReason,
    ]);
  });

  it('eligibility: imports an order export and lists every late JIT order with a no-go', async () => {
    await page.getByTestId('verdict').waitFor();
    await dropFiles(page, '[data-testid="orders-drop"]', [{ path: ORDERS }]);
    await page.getByTestId('orders-summary').waitFor({ timeout: LONG });
    const late = ordersTruth().lateInWindowIds.length;
    await expect
      .poll(() => page.getByTestId('late-orders').getAttribute('data-count'), { timeout: LONG })
      .toBe(String(late));
    expect(await page.getByTestId('verdict').getAttribute('data-eligible')).toBe('false');
    expect(await page.getByTestId('reasons').locator('li[data-status="fail"]').count()).toBeGreaterThan(0);
    await screenshot(page, '03-eligibility');
  });

  it('licence: a real file drop, fields beside the image, USCC validated as typed, confirmed into the case', async () => {
    await page.getByTestId('step-licence').click();
    const licence = writeSellerLicence(outDir);
    await dropFiles(page, '[data-testid="licence-drop"]', [{ path: licence.path }]);
    await page.locator('.figure img').waitFor({ timeout: LONG });
    if (await hasChannel('licence:read')) {
      await page.getByTestId('licence-busy').waitFor({ state: 'detached', timeout: LONG });
      await screenshot(page, '04-licence');
      // OCR filled the fields from the image, with the regions drawn over it.
      await expect
        .poll(() => page.getByTestId('l-company').inputValue(), { timeout: LONG })
        .toBe(licence.truth.companyName);
      expect(await page.getByTestId('uscc-input').inputValue()).toBe(licence.truth.uscc);
      expect(await page.getByTestId('l-legal').inputValue()).toBe(licence.truth.legalRepresentative);
      expect(await page.getByTestId('region').count()).toBeGreaterThanOrEqual(3);
    } else {
      await page.getByTestId('not-available').waitFor();
      await screenshot(page, '04-licence');
    }
    // Correcting a field: a mistyped check character is flagged as you type, the right one accepted.
    await page.getByTestId('l-company').fill(BUNDLE_CASE.companyName);
    await page.getByTestId('l-legal').fill(BUNDLE_CASE.legalRepresentative);
    const valid = sellerUscc();
    const wrong = `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`;
    await page.getByTestId('uscc-input').fill(wrong);
    expect(await page.getByTestId('uscc-state').getAttribute('data-state')).toBe('invalid');
    await page.getByTestId('uscc-input').fill(valid);
    expect(await page.getByTestId('uscc-state').getAttribute('data-state')).toBe('valid');
    await page.getByTestId('licence-confirm').click();
    await page.getByTestId('licence-saved').waitFor();
    expect((await currentCase()).uscc).toBe(valid);
  });

  it('letter: renders the generated PDF in-page with the signing instructions, and saves it', async () => {
    await page.getByTestId('step-letter').click();
    await expect
      .poll(() => page.getByTestId('letter-preview').getAttribute('data-pages'), { timeout: LONG })
      .not.toBe('0');
    // The canvas holds ink, not a blank page.
    const inked = await page
      .locator('[data-testid="letter-preview"] canvas')
      .first()
      .evaluate((c: unknown) => {
        const canvas = c as {
          width: number;
          height: number;
          getContext: (k: '2d') => {
            getImageData: (x: number, y: number, w: number, h: number) => { data: Uint8ClampedArray };
          };
        };
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark += 1;
        return dark;
      });
    expect(inked).toBeGreaterThan(1000);
    expect(await page.getByTestId('letter-instructions').innerText()).toContain(BUNDLE_CASE.legalRepresentative);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('letter-save').click()]);
    const saved = join(outDir, 'letter.pdf');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, '05-letter');
  });

  it('materials: a dropped pile is sorted and checked; a failing file is fixed by replacing it', async () => {
    await page.getByTestId('step-materials').click();
    const pile = [SELLER.letter, ...SELLER.screenshots, SELLER.inventoryNonZero].map((path) => ({ path }));
    await dropFiles(page, '[data-testid="materials-drop"]', pile);
    // Five dropped files plus the licence stored in the licence step.
    await expect.poll(() => page.getByTestId('file-card').count(), { timeout: LONG }).toBe(6);
    await page.getByTestId('materials-summary').waitFor({ timeout: LONG });
    const bad = page.locator('[data-testid="file-card"][data-name="inventory-nonzero.pdf"]');
    expect(await bad.getAttribute('data-status')).toBe('fail');
    expect(await bad.locator('[data-code="INVENTORY_NOT_ZERO"]').count()).toBeGreaterThan(0);
    // Sorted by content: the letter scan sits under the letter group, screenshots under logistics.
    expect(
      await page.locator('section[aria-labelledby="group-letter"] [data-testid="file-card"]').getAttribute('data-name'),
    ).toBe('scan_0001.jpg');
    expect(await page.locator('section[aria-labelledby="group-logistics"] [data-testid="file-card"]').count()).toBe(3);
    await bad.scrollIntoViewIfNeeded();
    await screenshot(page, '06-materials-findings');
    await bad.locator('input[type="file"]').setInputFiles(SELLER.inventoryZero);
    const fixed = page.locator('[data-testid="file-card"][data-name="stock-export.pdf"]');
    await fixed.waitFor({ timeout: LONG });
    await page.getByTestId('materials-summary').waitFor({ timeout: LONG });
    expect(await page.locator('[data-testid="file-card"][data-name="inventory-nonzero.pdf"]').count()).toBe(0);
    expect(['pass', 'warn']).toContain(await fixed.getAttribute('data-status'));
    expect(await page.locator('[data-code="INVENTORY_NOT_ZERO"]').count()).toBe(0);
    await screenshot(page, '07-materials-fixed');
  });

  it('review & export: a failing pre-check is advice (no override switch), the zip holds every material', async () => {
    await page.getByTestId('step-review').click();
    await expect
      .poll(() => page.getByTestId('checklist').locator('li[data-status]').count(), { timeout: LONG })
      .toBe(5);
    for (const id of ['licence', 'letter', 'logistics', 'inventory']) {
      expect(['pass', 'warn']).toContain(await page.getByTestId(`check-${id}`).getAttribute('data-status'));
    }
    // The eligibility pre-check fails (late JIT orders): said plainly, but the materials can be exported.
    expect(await page.getByTestId('check-eligibility').getAttribute('data-status')).toBe('fail');
    await page.getByTestId('export-eligibility').waitFor();
    expect(await page.getByTestId('export-override').count()).toBe(0);
    const zip = join(outDir, 'upload.zip');
    await page.getByTestId('export-path').fill(zip);
    await screenshot(page, '08-review');
    await page.getByTestId('export').click();
    await page.getByTestId('export-done').waitFor({ timeout: LONG });
    const entries = await zipEntries(zip);
    const shown = await page.locator('[data-testid="export-done"] .entries li').allInnerTexts();
    expect(entries.sort()).toEqual([...shown].sort());
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(entries.some((e) => e.toLowerCase().endsWith('.pdf'))).toBe(true);
    expect((await currentCase()).status).toBe('exported');
    await screenshot(page, '09-exported');
  });

  it('after exit: the 48-hour tasks get due times and check-offs; the bonded bill runs', async () => {
    await page.getByTestId('step-afterExit').click();
    await page.getByTestId('after-tasks').waitFor();
    await page.locator('#approval').fill('2026-11-20 14:00');
    await page.locator('#effective').fill('2026-11-21');
    await page.locator('#boxes').fill('12');
    await page.locator('#boxes').blur();
    await expect.poll(() => page.getByTestId('after-tasks').innerText()).toContain('2026-11-22 14:00');
    await page.locator('[data-testid="after-tasks"] input[type="checkbox"]').first().check();
    await expect.poll(async () => await page.locator('[data-testid="after-tasks"] input:checked').count()).toBe(1);
    expect(await page.getByTestId('bonded-cost').innerText()).toMatch(/¥[1-9]/);
    await screenshot(page, '10-after-exit');
  });

  it('switches to English and keeps the state after a reload', async () => {
    await page.getByTestId('locale').selectOption('en');
    await expect.poll(() => page.getByTestId('step-materials').innerText()).toContain('Materials');
    await page.getByTestId('step-materials').click();
    await page.getByTestId('file-card').first().waitFor();
    await screenshot(page, '11-materials-en');
    await page.reload();
    await page.getByTestId('case-table').waitFor();
    expect(await page.getByTestId('case-table').innerText()).toContain('Exported');
    // The list shows the case's last check: nothing fails after the fix; the generated screenshots
    // do not mark their pickup time, so they warn (PICKUP_NOT_MARKED, issue 15).
    await expect.poll(() => page.getByTestId('last-check').innerText()).toMatch(/^Warning/);
    await screenshot(page, '02-cases-en');
  });

  it('duplicates a case (identity kept, new draft) and archives it out of the list', async () => {
    const row = (n: number) => page.getByTestId('case-table').locator('tbody tr').nth(n);
    await row(0).getByRole('button', { name: 'Duplicate' }).click();
    await expect.poll(() => page.getByTestId('case-table').locator('tbody tr').count()).toBe(2);
    const all = (await api(page, 'case:list', {})).value as CaseRecord[];
    expect(all.map((c) => c.status).sort()).toEqual(['draft', 'exported']);
    expect(new Set(all.map((c) => c.uscc)).size).toBe(1);
    const draftRow = page.getByTestId('case-table').locator('tbody tr', { hasText: 'Draft' });
    await draftRow.getByRole('button', { name: 'Archive' }).click();
    await expect.poll(() => page.getByTestId('case-table').locator('tbody tr').count()).toBe(1);
    await page.getByLabel('Show archived').check();
    await expect.poll(() => page.getByTestId('case-table').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('case-table').innerText()).toContain('Archived');
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
