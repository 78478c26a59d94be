import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  extensionMismatch,
  extractPdfText,
  fileProblemFinding,
  loadImageFile,
  sniffFile,
} from '../../electron/services/files';
import { FIXTURES_DIR } from '../fixtures';
import { generateHostile, type HostileCase } from '../fixtures/hostile';

const dir = join(FIXTURES_DIR, 'hostile');
let manifest: HostileCase[] = [];

beforeAll(async () => {
  await generateHostile(dir);
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as HostileCase[];
});

/** What loading a file for checking yields: 'OK' or the finding code. */
async function outcome(file: string): Promise<string> {
  const path = join(dir, file);
  try {
    const { type } = await sniffFile(path);
    if (extensionMismatch(path, type) && type === 'pdf') return 'FILE_TYPE_MISMATCH';
    if (type === 'pdf') await extractPdfText(path);
    await loadImageFile(path);
    return 'OK';
  } catch (e) {
    return fileProblemFinding(e, file).code;
  }
}

describe('files service on hostile input', () => {
  it('gives every hostile file its specific code (or loads it safely)', async () => {
    for (const c of manifest) expect(`${c.file}: ${await outcome(c.file)}`).toBe(`${c.file}: ${c.expect}`);
  }, 120_000);

  it('renders a 20000 pt page under the pixel cap instead of exhausting memory', async () => {
    const img = await loadImageFile(join(dir, 'huge-page.pdf'));
    expect(img.width * img.height).toBeLessThanOrEqual(40_000_000);
    expect(img.width).toBeGreaterThan(1000);
  });

  it('reads only the first frame of an animated GIF and converts CMYK and 16-bit TIFF to 8-bit RGB', async () => {
    const gif = await loadImageFile(join(dir, 'animated.gif'));
    expect([gif.width, gif.height]).toEqual([64, 64]);
    expect(gif.data.slice(0, 3)).toEqual(new Uint8Array([255, 0, 0]));
    for (const f of ['cmyk.tif', 'rgb16.tif']) {
      const img = await loadImageFile(join(dir, f));
      expect(img.data.length).toBe(img.width * img.height * 3);
      expect(Math.abs((img.data[0] ?? 0) - 0x88)).toBeLessThan(24); // CMYK→sRGB goes through ICC profiles
    }
  });

  it('never runs a PDF script: text extraction of a scripted PDF sees only its page text', async () => {
    const text = await extractPdfText(join(dir, 'scripted.pdf'));
    expect(text.pages[0]?.items.map((i) => i.str).join(' ')).toContain('Page 1');
    expect(JSON.stringify(text)).not.toContain('pwned');
  });

  it('flags an extension that contradicts the content', () => {
    expect(extensionMismatch('a.jpg', 'pdf')).toEqual({ ext: 'jpg', actual: 'pdf' });
    expect(extensionMismatch('a.JPEG', 'jpeg')).toBeNull();
    expect(extensionMismatch('noext', 'png')).toBeNull();
  });
});
