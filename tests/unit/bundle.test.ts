import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import exifr from 'exifr';
import sharp from 'sharp';
import { exportBundle, planEntryNames, type BundleOptions } from '../../electron/services/bundle';
import { normaliseImage } from '../../electron/services/bundle/images';
import { runBatch } from '../../electron/services/bundle/batch';
import { loadRulebook } from '../../electron/services/rulebook';
import { shutdownOcr } from '../../electron/services/ocr';
import type { Checker } from '../../electron/services/checks/types';
import type { Detection } from '../../electron/services/checks';
import type { FileCheck } from '../../shared/findings';
import { makeFinding } from '../../shared/findings';
import { BUNDLE_CASE, BUNDLE_TODAY } from '../fixtures/bundle';
import { FIXTURES_DIR } from '../fixtures';
import { tempDir } from '../helpers/tmp';

const FIX = join(FIXTURES_DIR, 'bundle');
const SELLER = join(FIX, 'seller');
const rulebook = loadRulebook();

/**
 * These tests are about the bundle's mechanics (naming, zip format, image cleaning,
 * atomicity), so the per-kind checkers and detection are replaced by stubs that pass; the
 * real checkers are exercised end to end by the CLI test.
 */
const pass: Checker = (file) => Promise.resolve({ file, kind: 'unknown', status: 'pass', findings: [] });
const CHECKERS = { letter: pass, logistics: pass, inventory: pass, licence: pass };
const detectByName = (file: string): Promise<Detection> => {
  const kind = /scan/.test(file)
    ? 'letter'
    : /Screenshot|photo/.test(file)
      ? 'logistics'
      : /\.pdf$/.test(file)
        ? 'inventory'
        : 'unknown';
  return Promise.resolve({ kind, type: null, findings: kind === 'unknown' ? [makeFinding('KIND_UNKNOWN')] : [] });
};

function sellerFiles(dir = SELLER): string[] {
  return readdirSync(dir)
    .filter((n) => n !== 'case.json' && !n.startsWith('.'))
    .map((n) => join(dir, n));
}

function options(out: string, extra: Partial<BundleOptions> = {}): BundleOptions {
  return {
    files: sellerFiles(),
    caseInfo: BUNDLE_CASE,
    today: BUNDLE_TODAY,
    rulebook,
    out,
    checkers: CHECKERS,
    detect: detectByName,
    ...extra,
  };
}

function yauzlEntries(zip: string): Promise<{ name: string; flags: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: true, decodeStrings: true }, (err, z) => {
      if (err || !z) return reject(err ?? new Error('no zip'));
      const out: { name: string; flags: number }[] = [];
      z.on('entry', (e: yauzl.Entry) => {
        out.push({ name: e.fileName, flags: e.generalPurposeBitFlag });
        z.readEntry();
      });
      z.on('end', () => resolve(out));
      z.on('error', reject);
      z.readEntry();
    });
  });
}

afterAll(async () => {
  await shutdownOcr();
});

describe('bundle zip', () => {
  it('names entries in Chinese by kind, flagged UTF-8, readable by unzip and yauzl', async () => {
    const dir = tempDir();
    const out = join(dir, 'bundle.zip');
    const result = await exportBundle(options(out));
    expect(result.out).toBe(out);
    expect(result.entries).toEqual([
      `01_JIT退出承诺书_${BUNDLE_CASE.companyName}.jpg`,
      '02_物流轨迹截图_01.jpg',
      '02_物流轨迹截图_02.jpg',
      '02_物流轨迹截图_03.jpg',
      '03_库存清零凭证_20261120.pdf',
    ]);
    const listing = execFileSync('unzip', ['-l', out], { encoding: 'utf8' });
    for (const e of result.entries) expect(listing).toContain(e);
    const entries = await yauzlEntries(out);
    expect(entries.map((e) => e.name)).toEqual(result.entries);
    for (const e of entries) expect(e.flags & 0x800).toBe(0x800);
    // The report sits beside the zip, never inside it.
    expect(existsSync(`${out}.report.json`) && existsSync(`${out}.report.pdf`)).toBe(true);
    expect(entries.some((e) => /report/.test(e.name))).toBe(false);
  });

  it('lists every file with its SHA-256 and rule results in the JSON report', async () => {
    const dir = tempDir();
    const out = join(dir, 'b.zip');
    await exportBundle(options(out));
    const report = JSON.parse(readFileSync(`${out}.report.json`, 'utf8')) as {
      rulebook: { version: string };
      files: { sha256: string; file: string; rules: { status: string }[] }[];
    };
    expect(report.rulebook.version).toBe(rulebook.version);
    expect(report.files).toHaveLength(5);
    for (const f of report.files) {
      const expected = execFileSync('sha256sum', [f.file], { encoding: 'utf8' }).split(' ')[0];
      expect(f.sha256).toBe(expected);
      expect(f.rules.length).toBeGreaterThan(3);
    }
    const text = execFileSync('pdftotext', [`${out}.report.pdf`, '-'], { encoding: 'utf8' });
    expect(text).toContain('JIT');
    expect(text).toContain('02_物流轨迹截图_01.jpg');
  });

  it('keeps hostile company names inside the zip (.., /, emoji, 300 chars, CON)', () => {
    const hostile = ['../../etc/passwd', 'a/b\\c:d', '😀公司😀', '长'.repeat(300), 'CON', '..', ' . '];
    for (const company of hostile) {
      const planned = planEntryNames(
        [
          { kind: 'letter', date: null, ext: 'jpg', sortKey: 'a' },
          { kind: 'logistics', date: '2026-09-01', ext: '../../x', sortKey: 'b' },
        ],
        company,
      );
      for (const { entry } of planned) {
        expect(entry).not.toMatch(/[/\\]/);
        expect(entry.startsWith('.')).toBe(false);
        expect(Buffer.byteLength(entry)).toBeLessThanOrEqual(120);
        expect(entry).toMatch(/^0[1-4]_/);
      }
    }
  });
});

describe('bundle images', () => {
  it('applies orientation, strips GPS, keeps the capture time', async () => {
    const dir = tempDir();
    const out = join(dir, 'p.jpg');
    const source = join(FIX, 'phone-photo.jpg');
    const before = (await exifr.parse(source)) as Record<string, unknown>;
    expect(before.latitude).toBeTypeOf('number'); // the fixture really carries GPS
    const result = await normaliseImage(source, out, { maxBytes: rulebook.upload.maxFileBytes });
    const after = (await exifr.parse(out, true)) as Record<string, unknown>;
    expect(after.latitude).toBeUndefined();
    expect(Object.keys(after).filter((k) => k.startsWith('GPS'))).toEqual([]);
    expect(after.Make).toBeUndefined();
    expect((after.DateTimeOriginal as Date).toISOString()).toBe((before.DateTimeOriginal as Date).toISOString());
    const meta = await sharp(out).metadata();
    // 1600×1200 stored sideways (orientation 6) becomes upright 1200×1600.
    expect([meta.width, meta.height]).toEqual([1200, 1600]);
    expect(meta.orientation ?? 1).toBe(1);
    expect(result.withinLimit).toBe(true);
  });

  it('downscales and recompresses an oversized photo under the limit', async () => {
    const dir = tempDir();
    const out = join(dir, 'small.jpg');
    const source = join(FIX, 'phone-photo.jpg');
    const limit = 300_000;
    expect(readFileSync(source).length).toBeGreaterThan(limit);
    const result = await normaliseImage(source, out, { maxBytes: limit, minLongSide: 640 });
    expect(readFileSync(out).length).toBeLessThanOrEqual(limit);
    expect(result).toMatchObject({ withinLimit: true, scaled: true });
    expect(Math.max(result.width, result.height)).toBeGreaterThanOrEqual(640);
  });

  it('never shrinks below the legible size: an impossible limit is reported, not obeyed', async () => {
    const dir = tempDir();
    const out = join(dir, 'tiny.jpg');
    const result = await normaliseImage(join(FIX, 'phone-photo.jpg'), out, { maxBytes: 10_000, minLongSide: 1280 });
    expect(result.withinLimit).toBe(false);
    expect(Math.max(result.width, result.height)).toBeGreaterThanOrEqual(1280);
    expect(existsSync(out)).toBe(true);
  });
});

describe('bundle safety', () => {
  it('never overwrites an existing zip without force', async () => {
    const dir = tempDir();
    const out = join(dir, 'b.zip');
    writeFileSync(out, 'precious');
    await expect(exportBundle(options(out))).rejects.toMatchObject({ code: 'OUTPUT_EXISTS' });
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(existsSync(`${out}.report.json`)).toBe(false);
    const forced = await exportBundle(options(out, { force: true }));
    expect(forced.out).toBe(out);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('leaves nothing behind when the export fails mid-way', async () => {
    const dir = tempDir();
    const out = join(dir, 'b.zip');
    const failing = options(out, {
      onStage: (s) => {
        if (s === 'commit') throw new Error('disk full');
      },
    });
    await expect(exportBundle(failing)).rejects.toThrow('disk full');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses while errors remain, names the missing materials, and records --allow-errors', async () => {
    const dir = tempDir();
    const files = sellerFiles().filter((f) => !f.endsWith('.pdf') && !/Screenshot_3/.test(f));
    const out = join(dir, 'b.zip');
    const refused = await exportBundle(options(out, { files }));
    expect(refused).toMatchObject({ out, written: false, status: 'fail' });
    expect(readdirSync(dir)).toEqual([]);
    const missing = refused.findings.filter((f) => f.code === 'MATERIAL_MISSING');
    expect(missing.map((f) => f.params?.key).sort()).toEqual(['bundle.missing.inventory', 'bundle.missing.logistics']);
    expect(missing.find((f) => f.params?.key === 'bundle.missing.logistics')?.params).toMatchObject({
      count: 2,
      months: 3,
    });
    const allowed = await exportBundle(options(out, { files, allowErrors: true }));
    expect(allowed.out).toBe(out);
    expect(refused.entries).toEqual(allowed.entries); // a refused export still shows the names it would use
    const report = JSON.parse(readFileSync(`${out}.report.json`, 'utf8')) as {
      allowErrors: boolean;
      overriddenErrors: { code: string }[];
      status: string;
    };
    expect(report.allowErrors).toBe(true);
    expect(report.status).toBe('fail');
    expect(report.overriddenErrors.map((e) => e.code)).toEqual(['MATERIAL_MISSING', 'MATERIAL_MISSING']);
  });

  it('names a missing letter', async () => {
    const dir = tempDir();
    const files = sellerFiles().filter((f) => !/scan/.test(f));
    const r = await exportBundle(options(join(dir, 'b.zip'), { files }));
    expect(r.findings.filter((f) => f.code === 'MATERIAL_MISSING').map((f) => f.params?.key)).toEqual([
      'bundle.missing.letter',
    ]);
  });

  it('never ships a user file name or folder: a hostile original name stays out of the zip', async () => {
    const dir = tempDir();
    const evil = join(dir, '..%2F..%2Fetc CON 😀.png');
    copyFileSync(join(SELLER, 'Screenshot_1.png'), evil);
    const r = await exportBundle(
      options(join(dir, 'b.zip'), { files: [...sellerFiles(), evil], kinds: { [evil]: 'logistics' } }),
    );
    expect(r.entries).toHaveLength(6);
    for (const e of r.entries) expect(e).not.toMatch(/etc|CON|😀|%2F/);
  });
});

describe('batch', () => {
  it('bundles every seller; a broken seller is reported and does not stop the others', async () => {
    const dir = tempDir();
    const seen: string[] = [];
    const result = await runBatch({
      dir: join(FIX, 'batch'),
      outDir: dir,
      today: BUNDLE_TODAY,
      rulebook,
      overrides: { checkers: CHECKERS, detect: detectByName },
      onSeller: (s) => seen.push(s.dir),
    });
    const byName = Object.fromEntries(result.sellers.map((s) => [s.dir.split('/').pop() ?? s.dir, s]));
    expect(Object.keys(byName).sort()).toEqual(['a-seller', 'b-seller', 'c-broken']);
    expect(seen).toHaveLength(3);
    expect(byName['a-seller']?.out).toBe(join(dir, 'a-seller.zip'));
    expect(byName['b-seller']?.out).toBe(join(dir, 'b-seller.zip'));
    expect(byName['c-broken']).toMatchObject({ status: 'fail', out: null });
    expect(byName['c-broken']?.error?.code).toBe('NO_CASE');
    expect(
      readdirSync(dir)
        .filter((n) => n.endsWith('.zip'))
        .sort(),
    ).toEqual(['a-seller.zip', 'b-seller.zip']);
    const checks: FileCheck[] = byName['a-seller']?.files ?? [];
    expect(checks.map((c) => c.kind).sort()).toEqual(['inventory', 'letter', 'logistics', 'logistics', 'logistics']);
  });
});
