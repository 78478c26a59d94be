/** An out-of-window stamp the page contradicts has an unsure year (logistics-year.ts). */
import { describe, expect, it } from 'vitest';
import { findTimestamps } from '../../shared/timestamps';
import { unsureYear } from '../../electron/services/checks/logistics-year';
import type { OcrLine } from '../../electron/services/ocr';

const line = (text: string, y: number): OcrLine => ({
  text,
  confidence: 0.99,
  box: { x: 40, y, width: 200, height: 20 },
});
const stampBox = { x: 40, y: 5, width: 200, height: 20 };
const stamp = (text: string) => findTimestamps(text)[0]!;
const window = { from: '2026-09-01', to: '2026-12-01' };
const page = [
  line('2026-10-14 08:35:29 【目的国】到达当地分拣中心', 200),
  line('2026-10-12 09:28:30 快递员已揽收', 240),
];

describe('unsure stamp years', () => {
  it('a stamp older than the newest event on the page is unsure', () => {
    expect(unsureYear(stamp('2025-10-17 09:41:04'), stampBox, page, window)).toBe('2026-10-14');
  });
  it('a year that would put a consistent stamp inside the window is unsure (2026 read as 2028)', () => {
    expect(unsureYear(stamp('2028-10-20 10:00:00'), stampBox, page, window)).toBe('2026-10-14');
  });
  it('an old screenshot that agrees with its page stays an error', () => {
    const old = [line('2026-04-06 08:35:29 到达当地分拣中心', 200), line('2026-03-31 09:28:30 快递员已揽收', 240)];
    expect(unsureYear(stamp('2026-04-06 20:11:30'), stampBox, old, window)).toBeNull();
  });
  it('a future stamp after its page, whose year is no misread of the page year, stays an error', () => {
    const late = [line('2026-12-28 08:35:29 到达当地分拣中心', 200)];
    expect(unsureYear(stamp('2027-01-04 15:29:21'), stampBox, late, window)).toBeNull();
  });
  it('the stamp line itself is not a page date', () => {
    expect(unsureYear(stamp('2025-10-17 09:41:04'), stampBox, [line('2026-10-20 10:00:00', 5)], window)).toBeNull();
  });
});
