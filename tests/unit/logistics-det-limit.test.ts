/**
 * The whole-image detector's size per screenshot shape (issue 15): a portrait phone screenshot is
 * detected at a smaller long side, a landscape page or a near-square photo at the engine's own.
 */
import { describe, expect, it } from 'vitest';
import { detLimitFor } from '../../electron/services/checks/logistics-read';

describe('detector size for a logistics screenshot', () => {
  it('shrinks a tall phone screenshot, and a photo of one', () => {
    expect(detLimitFor(540, 1120)).toBeLessThan(960);
    expect(detLimitFor(435, 902)).toBeLessThan(960);
  });

  it('leaves landscape pages and square-ish photos to the engine', () => {
    expect(detLimitFor(1280, 800)).toBeUndefined();
    expect(detLimitFor(900, 1100)).toBeUndefined();
  });
});
