/**
 * The whole desktop workflow in a real browser (Debian chromium) against the real services
 * behind the loopback bridge: create a case, then walk every step as a user would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBridge, type Bridge } from './bridge-server';
import { openBrowser, screenshot, type Session } from './browser';

let bridge: Bridge;
let session: Session;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  bridge = await startBridge();
  session = await openBrowser(bridge.url);
  page = session.page;
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
});

afterAll(async () => {
  await session?.close();
  await bridge?.close();
});

describe('desktop workflow over the loopback bridge', () => {
  it('rejects API calls without the per-run token', async () => {
    const base = new URL(bridge.url).origin;
    const res = await fetch(`${base}/__invoke`, { method: 'POST', body: JSON.stringify({ channel: 'case:list', args: {} }) });
    expect(res.status).toBe(403);
    const page403 = await fetch(`${base}/`);
    expect(page403.status).toBe(403);
  });

  it('creates a case from the Cases screen and lists it', async () => {
    await page.getByTestId('new-case').click();
    await page.getByTestId('f-company').fill('杭州示例贸易有限公司');
    await page.getByTestId('f-legal').fill('张三');
    await page.getByTestId('uscc-input').fill('91330106MA2KXXXX1');
    await expect.poll(() => page.getByTestId('uscc-state').getAttribute('data-state')).toBe('incomplete');
    await page.getByTestId('f-store').fill('示例旗舰店');
    await screenshot(page, '01-new-case');
    await page.getByTestId('create-case').click();
    await page.getByTestId('step-eligibility').waitFor();
    // The case is really in the store behind the bridge.
    const listed = await page.evaluate(() => window.jitkit.case.list({}));
    expect(listed.ok && listed.value.map((c) => c.companyName)).toEqual(['杭州示例贸易有限公司']);
  });

  it('shows the case list with status and search, and survives a reload', async () => {
    await page.reload();
    await page.getByTestId('case-table').waitFor();
    await expect.poll(() => page.getByTestId('case-table').locator('tbody tr').count()).toBe(1);
    await page.getByTestId('case-search').fill('不存在的公司');
    await expect.poll(() => page.getByTestId('case-table').count()).toBe(0);
    await page.getByTestId('case-search').fill('示例');
    await expect.poll(() => page.getByTestId('case-table').locator('tbody tr').count()).toBe(1);
    await screenshot(page, '02-cases');
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
