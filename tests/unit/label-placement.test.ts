/**
 * Region labels never sit on the marked line or its neighbours: the viewer's inventory row
 * (issue 16: the label covered the row above) and the boxes of seals and fields.
 */
import { describe, expect, it } from 'vitest';
import { alignsEnd, labelPlacement, mergeSamePlace } from '../../renderer/src/components/label-placement';

/** The stock report's page 2 as the viewer lays it out (layout px): a 510×720 page, rows 14 px apart. */
const PAGE = { width: 510, height: 720 };
const ROW = { x: 30, y: 84, width: 282, height: 13 };
const ZH_LABEL = { width: 140, height: 18 }; // 库存不为 0 的行 JX-0283-BLK
const EN_LABEL = { width: 182, height: 18 }; // Row with stock left JX-0283-BLK

const overlaps = (a: number, aLen: number, b: number, bLen: number) => a < b + bLen && b < a + aLen;

describe('labelPlacement', () => {
  it('puts a marked row’s label beside it, in both languages, off the rows above and below', () => {
    for (const label of [ZH_LABEL, EN_LABEL]) {
      expect(labelPlacement(ROW, label, PAGE)).toEqual({ at: 'right' });
      // Beside the row: no horizontal overlap with the table, so no row's text is covered.
      expect(overlaps(ROW.x + ROW.width + 4, label.width, ROW.x, ROW.width)).toBe(false);
      expect(ROW.x + ROW.width + 4 + label.width).toBeLessThanOrEqual(PAGE.width);
    }
  });

  it('a longer label beside the row wraps into the room there instead of covering a row', () => {
    const long = { width: 260, height: 18 };
    expect(labelPlacement(ROW, long, PAGE)).toEqual({ at: 'right', maxWidth: 194 });
  });

  it('a row reaching the right edge takes its label on the left; a full-width row inside its end', () => {
    const right = { x: 250, y: 84, width: 255, height: 13 };
    expect(labelPlacement(right, ZH_LABEL, PAGE)).toEqual({ at: 'left' });
    const full = { x: 5, y: 84, width: 500, height: 13 };
    expect(labelPlacement(full, ZH_LABEL, PAGE)).toEqual({ at: 'inside' });
  });

  it('a seal’s label goes above, flipped below at the top edge, inside when neither fits', () => {
    const seal = { x: 300, y: 400, width: 120, height: 120 };
    expect(labelPlacement(seal, ZH_LABEL, PAGE)).toEqual({ at: 'above' });
    expect(labelPlacement({ ...seal, y: 6 }, ZH_LABEL, PAGE)).toEqual({ at: 'below' });
    expect(labelPlacement({ x: 0, y: 5, width: 510, height: 710 }, ZH_LABEL, PAGE)).toEqual({ at: 'inside' });
  });

  it('above a box near the right edge the label ends at the box’s right edge, staying on the page', () => {
    const seal = { x: 420, y: 400, width: 80, height: 80 };
    expect(alignsEnd(seal, ZH_LABEL, PAGE)).toBe(true);
    expect(alignsEnd({ ...seal, x: 100 }, ZH_LABEL, PAGE)).toBe(false);
  });
});

describe('mergeSamePlace', () => {
  const seal = { x: 300, y: 900, width: 200, height: 200, label: '公章' };
  it('draws a finding on the seal’s own box once, naming both, with the finding’s tone and id', () => {
    const finding = {
      x: 302,
      y: 898,
      width: 198,
      height: 204,
      label: '需要核对的位置',
      id: 'finding-0',
      tone: 'active',
    };
    expect(mergeSamePlace([seal, finding])).toEqual([{ ...finding, label: '需要核对的位置 · 公章' }]);
  });
  it('keeps boxes that only overlap in part, and does not repeat a label both carry', () => {
    const signature = { x: 420, y: 950, width: 220, height: 90, label: '签名' };
    expect(mergeSamePlace([seal, signature])).toHaveLength(2);
    expect(mergeSamePlace([seal, { ...seal, x: 301 }])).toEqual([{ ...seal, x: 301 }]);
  });
});
