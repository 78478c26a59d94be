/**
 * The real desktop app under Playwright's Electron driver: the built main process, the
 * sandboxed preload and the renderer together. Electron's binary cannot be downloaded in
 * the CI sandbox, so this runs only where one is installed (any developer machine).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { _electron as electron } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');

/** node_modules/electron's own lookup (path.txt + dist/), without throwing when absent. */
function electronBinary(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const rel = readFileSync(pathFile, 'utf8').trim();
  const bin = override ? join(override, rel) : join(dir, 'dist', rel);
  return existsSync(bin) ? bin : null;
}

const binary = electronBinary();
const built = existsSync(join(ROOT, 'out', 'main', 'index.js'));
const reason = !binary
  ? 'no Electron binary installed (node_modules/electron/dist is missing: installs here skip the download)'
  : 'the app is not built (run npx electron-vite build)';

describe.skipIf(!binary || !built)(`the Electron app (${binary && built ? 'runs' : `skipped: ${reason}`})`, () => {
  it('opens the window with the preload API and creates a case through the real IPC', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jitkit-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [join(ROOT, 'out', 'main', 'index.js'), '--no-sandbox'],
      env: { ...process.env, JITKIT_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
    });
    try {
      const page = await app.firstWindow();
      await page.getByTestId('new-case').click();
      await page.getByTestId('f-company').fill('电子应用测试有限公司');
      await page.getByTestId('f-legal').fill('李四');
      await page.getByTestId('create-case').click();
      await page.getByTestId('step-eligibility').waitFor();
      const listed = await page.evaluate(() =>
        (
          globalThis as unknown as {
            jitkit: { case: { list: (a: object) => Promise<{ ok: boolean; value: { companyName: string }[] }> } };
          }
        ).jitkit.case.list({}),
      );
      expect(listed.ok && listed.value.map((c) => c.companyName)).toEqual(['电子应用测试有限公司']);
      // The renderer cannot reach Node: the sandbox and context isolation hold.
      expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe(
        'undefined',
      );
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
