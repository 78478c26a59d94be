/**
 * A sheet that one brightness threshold cuts short (signed-letter/sheet-grow.ts): a photo
 * lit from one corner, the paper's far half in the shadow of a fold, on a desk brighter
 * near the lamp than the shaded paper is. And red stamp ink that is no whole seal
 * (findStampInk): half a seal is a patch to look at, a red title line is not.
 */
import { describe, expect, it } from 'vitest';
import { findSeal, findStampInk } from '../../electron/services/checks/signed-letter/measures';
import type { NormalizedPage } from '../../electron/services/checks/signed-letter/page';
import { PAGE_PX_PER_MM as K } from '../../electron/services/checks/signed-letter/page';
import { components } from '../../electron/services/checks/signed-letter/raster';
import { growSheet } from '../../electron/services/checks/signed-letter/sheet-grow';

const W = 600;
const H = 800;
const SHEET = { x0: 60, y0: 50, x1: 540, y1: 750 };
const FOLD_Y = 400;

/** Lamp at the top left: light falls off across the image; below the fold the paper is shaded. */
function photo(opts: { sheetEdges: boolean }): { data: Uint8Array; width: number; height: number } {
  const data = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const light = 1 - 0.25 * ((x + y) / (W + H));
      const onSheet = x >= SHEET.x0 && x < SHEET.x1 && y >= SHEET.y0 && y < SHEET.y1;
      // The crease darkens smoothly over ~8 px, then the far half stays in shade.
      const shade = onSheet ? 1 - 0.1 * Math.min(1, Math.max(0, (y - FOLD_Y) / 8)) : 1;
      const base = onSheet || !opts.sheetEdges ? 250 : 165;
      data[y * W + x] = Math.round(base * light * shade);
    }
  }
  return { data, width: W, height: H };
}

function strictPart(g: { data: Uint8Array; width: number; height: number }, t: number) {
  const mask = Uint8Array.from(g.data, (v) => (v > t ? 1 : 0));
  return components(mask, g.width, g.height, 50).sort((a, b) => b.area - a.area)[0]!;
}

describe('a sheet cut short by a fold and uneven light', () => {
  it('is grown from its best-lit part to the whole sheet, not into the desk', () => {
    const g = photo({ sheetEdges: true });
    const t = 0.94 * 240;
    const part = strictPart(g, t);
    // The strict threshold stops at the fold.
    expect(part.maxY).toBeLessThan(FOLD_Y + 10);
    const grown = growSheet(g, part, t);
    expect(grown).not.toBeNull();
    const s = grown!.sheet;
    expect(Math.abs(s.minX - SHEET.x0)).toBeLessThanOrEqual(4);
    expect(Math.abs(s.maxX - SHEET.x1)).toBeLessThanOrEqual(4);
    expect(Math.abs(s.minY - SHEET.y0)).toBeLessThanOrEqual(4);
    expect(Math.abs(s.maxY - SHEET.y1)).toBeLessThanOrEqual(4);
  });

  it('grows nothing when no edge parts paper from desk (it would reach the image sides)', () => {
    const g = photo({ sheetEdges: false });
    const t = 0.94 * 240;
    expect(growSheet(g, strictPart(g, t), t)).toBeNull();
  });
});

function redPage(paint: (x: number, y: number) => boolean): NormalizedPage {
  const width = 120 * K;
  const height = 120 * K;
  const redness = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (paint(x, y)) redness[y * width + x] = 120;
  return {
    rgb: { data: new Uint8Array(width * height * 3), width, height },
    grey: new Uint8Array(width * height).fill(255),
    redness,
    width,
    height,
    toImage: (b) => b,
    onLayout: false,
  };
}

const whole = (p: NormalizedPage) => ({ x: 0, y: 0, width: p.width, height: p.height });
/** A 42 mm seal's ring (1 mm wide) and a filled star-ish centre, at (60, 60) mm. */
const sealInk = (x: number, y: number) => {
  const r = Math.hypot(x - 60 * K, y - 60 * K) / K;
  return (r > 20 && r < 21) || r < 5;
};

describe('stamp ink that is no whole seal', () => {
  it('half a seal (the rest in a fold shadow) is stamp ink, though no seal', () => {
    const page = redPage((x, y) => y < 64 * K && sealInk(x, y));
    expect(findSeal(page, whole(page))).toBeNull();
    const ink = findStampInk(page, whole(page));
    expect(ink).not.toBeNull();
    expect(ink!.width / K).toBeGreaterThan(35);
  });

  it('a red title and the rule under it are not', () => {
    const page = redPage(
      (x, y) => (x > 40 * K && x < 80 * K && y > 10 * K && y < 18 * K) || (y > 22 * K && y < 23 * K),
    );
    expect(findSeal(page, whole(page))).toBeNull();
    expect(findStampInk(page, whole(page))).toBeNull();
  });
});
