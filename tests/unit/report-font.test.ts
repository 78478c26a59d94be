import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { printable, reportTypeface } from '../../electron/services/bundle/font';

describe('bundle report typeface', () => {
  it('measures a space as a real space, not the CJK font’s 1 em .notdef', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const text = printable('JIT 退出材料检查报告');
    const face = await reportTypeface(doc, text);
    const size = 20;
    expect(face.widthOf(' ', size)).toBeGreaterThan(0.2 * size);
    expect(face.widthOf(' ', size)).toBeLessThan(0.45 * size);
    expect(face.widthOf(text, size)).toBeCloseTo(
      face.widthOf('JIT', size) + face.widthOf(' ', size) + face.widthOf('退出材料检查报告', size),
      3,
    );
  });

  it('turns characters no shipped font has into "?"', () => {
    expect(printable('截图\u{1FAE0}.png')).toBe('截图?.png'); // U+1FAE0 (melting face) is in neither font
  });
});
