import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findJitLabel, listImages, scanJitLabels } from '../../electron/services/eligibility';
import { recognize, shutdownOcr } from '../../electron/services/ocr';
import type { OcrLine } from '../../electron/services/ocr/types';
import { FIXTURES_DIR } from '../fixtures';

const DIR = join(FIXTURES_DIR, 'jit-labels');
const line = (text: string): OcrLine => ({ text, confidence: 0.9, box: { x: 0, y: 0, width: 10, height: 10 } });

afterAll(async () => {
  await shutdownOcr();
});

describe('JIT发货 label scan', () => {
  it.each([
    [['JIT发货'], true],
    [['JlT 发货'], true],
    [['ＪＩＴ发贷'], true],
    [['JIT', '发货'], true],
    [['快速发货 48h发货'], false],
    [['JIT退出'], false],
  ])('%j → %s', (texts, found) => {
    expect(findJitLabel(texts.map(line)) !== null).toBe(found);
  });

  it('lists the generated main images that still carry the label (real OCR)', async () => {
    const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as {
      images: number;
      withLabel: string[];
    };
    const images = listImages(DIR);
    expect(images).toHaveLength(manifest.images);
    const progress: number[] = [];
    const result = await scanJitLabels(images, recognize, (done) => progress.push(done));
    expect(result.scanned).toBe(manifest.images);
    expect(result.unreadable).toEqual([]);
    expect(result.withLabel.map((w) => w.name).sort()).toEqual(manifest.withLabel);
    expect(progress).toEqual(images.map((_, i) => i + 1));
  }, 180_000);
});
