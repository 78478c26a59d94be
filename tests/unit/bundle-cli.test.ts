import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures';
import { BUNDLE_TODAY } from '../fixtures/bundle';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

/**
 * `jitkit check | bundle | batch` as a user runs them (the built CLI, real detection, real
 * checkers, real OCR): exit codes and JSON shapes of the contract.
 */
const FIX = join(FIXTURES_DIR, 'bundle');
const SELLER = join(FIX, 'seller');
const TODAY = ['--today', BUNDLE_TODAY];

type FileCheckJson = {
  file: string;
  kind: string;
  status: string;
  findings: { code: string; severity: string; message: string }[];
};

function env(): Record<string, string> {
  return { JITKIT_DATA_DIR: join(tempDir(), 'data') };
}

describe('jitkit check', () => {
  it('exits 2 with a clear message for a missing file or a bad --as', () => {
    const e = env();
    const missing = runCli(['check', join(SELLER, 'nope.jpg'), '--json'], e);
    expect(missing.code).toBe(2);
    expect(missing.json()).toMatchObject({ error: { code: 'FILE_NOT_FOUND' } });
    expect(missing.stderr).toContain('nope.jpg');
    const badKind = runCli(['check', join(SELLER, 'stock-export.pdf'), '--as', 'passport', '--json'], e);
    expect(badKind.code).toBe(2);
  });

  it('detects each kind from content and prints the contract shape', () => {
    const files = ['scan_0001.jpg', 'Screenshot_1.png', 'stock-export.pdf'].map((n) => join(SELLER, n));
    const r = runCli(['check', ...files, ...TODAY, '--json'], env());
    const out = r.json() as { files: FileCheckJson[] };
    expect(out.files.map((f) => [f.file, f.kind])).toEqual([
      [files[0], 'letter'],
      [files[1], 'logistics'],
      [files[2], 'inventory'],
    ]);
    for (const f of out.files) {
      expect(['pass', 'warn', 'fail']).toContain(f.status);
      for (const x of f.findings)
        expect(Object.keys(x)).toEqual(expect.arrayContaining(['code', 'severity', 'message']));
    }
    expect(r.code).toBe(out.files.some((f) => f.status === 'fail') ? 1 : 0);
    expect(r.stderr).toMatch(/\[3\/3\]/); // progress on stderr, stdout stays one document
  });

  it('reports a non-zero stock as a failure (exit 1)', () => {
    const r = runCli(['check', join(FIX, 'inventory-nonzero.pdf'), '--as', 'inventory', ...TODAY, '--json'], env());
    const out = r.json() as { files: FileCheckJson[] };
    expect(out.files[0]?.findings.map((f) => f.code)).toContain('INVENTORY_NOT_ZERO');
    expect(r.code).toBe(1);
  });
});

describe('jitkit bundle', () => {
  it('needs --case and --out (exit 2)', () => {
    const e = env();
    expect(runCli(['bundle', SELLER, '--out', join(tempDir(), 'x.zip'), '--json'], e).code).toBe(2);
    expect(runCli(['bundle', SELLER, '--case', join(SELLER, 'case.json'), '--json'], e).code).toBe(2);
  });

  it('writes the zip and its reports, names screenshots by their watermark date, refuses to overwrite', () => {
    const dir = tempDir();
    const out = join(dir, '导出', 'bundle.zip');
    const args = [
      'bundle',
      SELLER,
      '--case',
      join(SELLER, 'case.json'),
      ...TODAY,
      '--out',
      out,
      '--allow-errors',
      '--json',
    ];
    const e = env();
    const r = runCli(args, e);
    const json = r.json() as { out: string | null; status: string; files: FileCheckJson[]; entries: string[] };
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['out', 'status', 'files', 'entries']));
    expect(json.out).toBe(out);
    expect(json.files).toHaveLength(5);
    expect(json.entries).toContain('02_物流轨迹截图_01_20260903.jpg');
    expect(json.entries).toContain('03_库存清零凭证_20261120.pdf');
    expect(r.code).toBe(json.status === 'fail' ? 1 : 0);
    expect(readdirSync(join(dir, '导出')).sort()).toEqual([
      'bundle.zip',
      'bundle.zip.report.json',
      'bundle.zip.report.pdf',
    ]);
    const before = readFileSync(out);
    const again = runCli(args, e);
    expect(again.code).toBe(2);
    expect(again.json()).toMatchObject({ error: { code: 'OUTPUT_EXISTS' } });
    expect(readFileSync(out).equals(before)).toBe(true);
  });
});

describe('jitkit batch', () => {
  it('bundles every seller, reports the broken one, exits 1, and prints the summary shape', () => {
    const out = tempDir();
    const r = runCli(['batch', join(FIX, 'batch'), '--out', out, ...TODAY, '--allow-errors', '--json'], env(), 300_000);
    const json = r.json() as { sellers: { dir: string; status: string; out: string | null; files: FileCheckJson[] }[] };
    expect(json.sellers.map((s) => s.dir.split('/').pop())).toEqual(['a-seller', 'b-seller', 'c-broken']);
    const [a, b, c] = json.sellers;
    expect(a?.out && existsSync(a.out)).toBeTruthy();
    expect(b?.out && existsSync(b.out)).toBeTruthy();
    expect(c).toMatchObject({ status: 'fail', out: null, files: [] });
    expect(r.code).toBe(1);
    expect(r.stderr.match(/\[\d\/3\]/g)).toHaveLength(3);
  }, 300_000); // as long as runCli's own budget: three sellers with OCR on a loaded 2-core machine

  it('exits 2 when the folder does not exist', () => {
    const r = runCli(['batch', join(FIX, 'no-such-folder'), '--json'], env());
    expect(r.code).toBe(2);
    expect(r.json()).toMatchObject({ error: { code: 'NOT_A_DIR' } });
  });
});
