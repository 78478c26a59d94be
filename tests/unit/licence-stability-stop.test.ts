import { describe, expect, it } from 'vitest';
import { nextCrops, UNSTABLE_FROM } from '../../electron/services/licence/value-stability';

/**
 * The crop-to-crop check reads its 12 crops a few at a time and stops once the answer is
 * certain (electron/services/licence/value-stability.ts). Played out on every one of the 4096
 * ways 12 crops can agree or differ, it must give the answer all 12 give, and read fewer.
 */
const TOTAL = 12;

function playOut(differs: boolean[]): { unstable: boolean; read: number } {
  let differing = 0;
  let read = 0;
  for (;;) {
    const step = nextCrops(differing, read, TOTAL);
    if (typeof step === 'boolean') return { unstable: step, read };
    expect(step).toBeGreaterThan(0);
    differing += differs.slice(read, read + step).filter(Boolean).length;
    read += step;
  }
}

describe('reading crops until the answer is certain', () => {
  it('gives the answer of all 12 crops on every agree/differ pattern, never reading more than 12', () => {
    let crops = 0;
    for (let mask = 0; mask < 1 << TOTAL; mask++) {
      const differs = Array.from({ length: TOTAL }, (_, i) => (mask & (1 << i)) !== 0);
      const { unstable, read } = playOut(differs);
      expect(unstable, mask.toString(2)).toBe(differs.filter(Boolean).length >= UNSTABLE_FROM);
      expect(read).toBeLessThanOrEqual(TOTAL);
      crops += read;
    }
    expect(crops / (1 << TOTAL)).toBeLessThan(TOTAL);
  });

  it('stops after 10 agreeing crops (2 left cannot make 3 differ) and after the first 3 differing', () => {
    expect(playOut(Array<boolean>(TOTAL).fill(false)).read).toBe(TOTAL - UNSTABLE_FROM + 1);
    expect(playOut(Array<boolean>(TOTAL).fill(true))).toEqual({ unstable: true, read: UNSTABLE_FROM });
  });
});
