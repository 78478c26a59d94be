import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../electron/services/store';
import { FIXTURES_DIR } from '../fixtures';
import { BUNDLE_TODAY } from '../fixtures/bundle';
import { runCliAsync, STACK_TRACE } from '../helpers/cli-async';
import { tempDir } from '../helpers/tmp';
import { zipEntryNames } from '../helpers/zip';

/**
 * Issue 9: a user's file name never becomes a path outside the store, and never reaches
 * the upload zip. Names with `..`, `/`, NUL and other control characters, emoji, 300
 * characters, Windows device names and a right-to-left override are used as-is.
 */
const HOSTILE_NAMES = [
  '../../../etc/passwd',
  '..\\..\\windows\\system32\\evil.png',
  '/abs/path/shot.png',
  'nul\u0000byte.png',
  'ctrl\u0001\u001f\u007f.png',
  '截图📦😀.png',
  `${'长'.repeat(300)}.png`,
  'x'.repeat(300),
  'CON',
  'PRN.png',
  'com1.jpg',
  '..',
  '.',
  '',
  'evil\u202egnp.exe',
];

const CONTROL = /[\u0000-\u001f\u007f]/; // eslint-disable-line no-control-regex
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

function assertInside(root: string, path: string): void {
  const rel = relative(root, path);
  expect(rel.startsWith('..') || rel.startsWith(sep), `${path} escapes ${root}`).toBe(false);
}

describe('hostile file names in the case store', () => {
  it('stores every material inside the store, under a safe bounded name', async () => {
    const root = tempDir();
    const dataDir = join(root, 'data', 'store');
    const store = new CaseStore(dataDir);
    try {
      const c = store.createCase({ companyName: '文件名测试有限公司', uscc: 'X', legalRepresentative: '李四' });
      for (const [i, name] of HOSTILE_NAMES.entries()) {
        const m = await store.addMaterialBytes(c.id, name, Buffer.from(`material ${i}`), 'logistics');
        assertInside(dataDir, m.storedPath);
        expect(readFileSync(m.storedPath, 'utf8')).toBe(`material ${i}`);
        expect(m.originalName, JSON.stringify(name)).not.toMatch(/[/\\]/);
        expect(m.originalName).not.toMatch(CONTROL);
        expect(['', '.', '..']).not.toContain(m.originalName);
        expect(m.originalName.startsWith('.')).toBe(false);
        expect(m.originalName).not.toMatch(WINDOWS_DEVICE);
        expect(Buffer.byteLength(m.originalName)).toBeLessThanOrEqual(120);
      }
      expect(store.listMaterials(c.id)).toHaveLength(HOSTILE_NAMES.length);
      // Nothing was written beside the store (a `../` name would land in data/ or above).
      expect(readdirSync(root)).toEqual(['data']);
      expect(readdirSync(join(root, 'data'))).toEqual(['store']);
      expect(readdirSync(join(dataDir, 'blobs', 'tmp'))).toEqual([]);
    } finally {
      store.close();
    }
  });
});

describe('hostile file names in the upload zip', () => {
  it('builds every entry from fixed words: no user name, folder or device name reaches the zip', async () => {
    const seller = join(FIXTURES_DIR, 'bundle', 'seller');
    const dir = tempDir();
    const inputs = join(dir, 'in', 'sub');
    mkdirSync(inputs, { recursive: true });
    // Linux file names cannot hold '/' or NUL; everything else a user could pick is here.
    const renamed: [string, string][] = [
      ['Screenshot_1.png', 'CON.png'],
      ['Screenshot_2.png', `截图📦😀${'x'.repeat(200)}.png`],
      ['Screenshot_3.png', 'ctrl\u0001\u001b[31m.png'],
      ['stock-export.pdf', 'evil\u202efdp.exe'],
      ['scan_0001.jpg', 'PRN'],
    ];
    for (const [from, to] of renamed) copyFileSync(join(seller, from), join(inputs, to));
    // Passed through a `..` path, as a user's shell might.
    const files = renamed.map(([, to]) => join(inputs, '..', 'sub', to));
    const out = join(dir, 'out', 'bundle.zip');
    const r = await runCliAsync(
      [
        'bundle',
        ...files,
        '--case',
        join(seller, 'case.json'),
        '--today',
        BUNDLE_TODAY,
        '--out',
        out,
        '--allow-errors',
        '--json',
      ],
      { JITKIT_DATA_DIR: join(dir, 'data') },
    );
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const json = JSON.parse(r.stdout) as { out: string | null; entries: string[] };
    expect(json.out, r.stderr.slice(-400)).toBe(out);
    const entries = await zipEntryNames(out);
    expect(entries.sort()).toEqual([...json.entries].sort());
    expect(entries.length).toBeGreaterThanOrEqual(4);
    for (const e of entries) {
      expect(e, e).toMatch(/^0[1-4]_[^/\\]+\.[a-z0-9]{1,5}$/);
      expect(e).not.toMatch(CONTROL);
      expect(e).not.toMatch(/\.\.|\u202e|📦|CON|PRN|xxxx/);
      expect(Buffer.byteLength(e)).toBeLessThanOrEqual(120);
    }
    // Only the zip and its two reports were written, beside each other.
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'bundle.zip',
      'bundle.zip.report.json',
      'bundle.zip.report.pdf',
    ]);
  }, 120_000);
});
