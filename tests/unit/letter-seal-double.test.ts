/**
 * The double-impression measure of a seal (signed-letter/seal-double.ts) on drawn seals:
 * a ring with ring-text-like strokes and a star, stamped once, stamped twice 1.2 mm apart
 * (a slipped stamp), and stamped twice 15 mm apart (two clear impressions, not blurry).
 */
import { describe, expect, it } from 'vitest';
import type { NormalizedPage } from '../../electron/services/checks/signed-letter/page';
import { PAGE_PX_PER_MM as K } from '../../electron/services/checks/signed-letter/page';
import { doubleImpression } from '../../electron/services/checks/signed-letter/seal-double';

const SIZE = 40 * K;

/** Seal ink at (x, y) of a 40 mm seal centred in the box: ring, radial glyph strokes, a filled star-ish disc. */
function inkAt(x: number, y: number): number {
  const c = SIZE / 2;
  const r = Math.hypot(x - c, y - c);
  const angle = Math.atan2(y - c, x - c);
  if (r > c - 1.2 * K && r < c - 0.1 * K) return 1;
  // Ring text: short strokes along and across the radius, every ~5°.
  const textBand = r > c - 7 * K && r < c - 2.5 * K;
  const phase = ((angle * 180) / Math.PI + 360) % 5;
  if (textBand && (phase < 0.7 || (Math.abs(r - (c - 4.5 * K)) < 0.3 * K && phase < 3))) return 1;
  return r < 6 * K && r < 6 * K * (0.6 + 0.4 * Math.cos(5 * angle)) ? 1 : 0;
}

function pageWith(shifts: { dx: number; dy: number; ink: number }[]): NormalizedPage {
  const width = SIZE + 20 * K;
  const height = SIZE + 20 * K;
  const redness = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let v = 0;
      for (const s of shifts) v = Math.max(v, s.ink * inkAt(x - 4 * K - s.dx, y - 4 * K - s.dy));
      redness[y * width + x] = Math.round(150 * v);
    }
  }
  const grey = new Uint8Array(width * height).fill(255);
  return {
    rgb: { data: new Uint8Array(width * height * 3), width, height },
    grey,
    redness,
    width,
    height,
    toImage: (b) => b,
    onLayout: false,
  };
}

const sealBox = { x: 4 * K, y: 4 * K, width: SIZE + 2 * K, height: SIZE + 2 * K };

describe('double-stamped seal', () => {
  it('finds no second impression in a seal stamped once', () => {
    expect(doubleImpression(pageWith([{ dx: 0, dy: 0, ink: 1 }]), sealBox).rebound).toBeLessThan(0.1);
  });

  it('finds the slip of a seal stamped twice 1.2 mm apart, and how far it slipped', () => {
    const d = doubleImpression(
      pageWith([
        { dx: 0, dy: 0, ink: 1 },
        { dx: 1 * K, dy: 0.6 * K, ink: 0.8 },
      ]),
      sealBox,
    );
    expect(d.rebound).toBeGreaterThan(0.2);
    expect(d.shiftMm).toBeGreaterThan(0.9);
    expect(d.shiftMm).toBeLessThan(1.5);
  });

  it('does not take two clear impressions 15 mm apart for a slip', () => {
    const d = doubleImpression(
      pageWith([
        { dx: 0, dy: 0, ink: 1 },
        { dx: 12 * K, dy: 9 * K, ink: 0.6 },
      ]),
      sealBox,
    );
    expect(d.rebound).toBeLessThan(0.1);
  });
});
