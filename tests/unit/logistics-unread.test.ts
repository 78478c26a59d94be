/**
 * A stamp seen but not read at an edge (electron/services/checks/logistics-unread.ts): the
 * shapes the OCR left of real stamps on photos of the extra calibration sets (seeds 20261717
 * and 20262929, tests/independent/logistics), and page lines that must not pass for one.
 */
import { describe, expect, it } from 'vitest';
import { unreadStampAtEdge } from '../../electron/services/checks/logistics-unread';
import type { OcrLine } from '../../electron/services/ocr';

const W = 1100;
const H = 700;
const px = { data: new Uint8Array(W * H * 3), width: W, height: H };
const line = (text: string, confidence: number, x: number, y: number, width: number, height: number): OcrLine => ({
  text,
  confidence,
  box: { x, y, width, height },
});

describe('a stamp seen but not read at an edge', () => {
  it('finds a year-led line whose separators were misread (x-1717 015)', () => {
    const got = unreadStampAtEdge([line('2026511307 1151:40', 0.71, 68, 13, 307, 45)], px);
    expect(got?.box).toEqual({ x: 68, y: 13, width: 307, height: 45 });
  });

  it('finds a clock with seconds merged with the header words (x-1717 019)', () => {
    expect(unreadStampAtEdge([line('艺之6包赛杏询9：46:37', 0.71, 50, 45, 209, 49)], px)).not.toBeNull();
  });

  it('joins a row of fragments led by a bare year (x-1717 025), with one read unsure', () => {
    const lines = [
      line('4PX递四方·轨迹查询Tracking', 0.98, 19, 32, 276, 32),
      line('2026', 0.73, 34, 57, 76, 19),
      line('09', 0.4, 132, 56, 51, 18),
      line('25', 0.93, 189, 57, 57, 14),
      line('1', 0.98, 243, 55, 27, 13),
    ];
    const got = unreadStampAtEdge(lines, px);
    expect(got?.text).toBe('2026 09 25 1');
    expect(got?.box.x).toBe(34);
    expect((got?.box.x ?? 0) + (got?.box.width ?? 0)).toBe(270);
  });

  it('leaves page lines and a phone status bar alone', () => {
    const lines = [
      line('14:32', 0.99, 20, 5, 40, 16), // a status bar clock: no date, no seconds
      line('订单查询：2026-07-01至2026-09-13', 0.98, 57, 77, 178, 19),
      line('3020792702143572', 0.7, 57, 101, 150, 20), // an order number read unsure
      line('©2026 AliExpress', 0.8, 40, 680, 120, 14),
      line('2026-09-13 05:57:26', 0.97, 74, 205, 90, 14), // an event time, mid-page
      line('2026', 0.99, 900, 660, 40, 14), // a bare year with nothing after it
    ];
    expect(unreadStampAtEdge(lines, px)).toBeNull();
  });

  it('needs an unsure fragment: a confidently read year and number are page text', () => {
    const lines = [line('2026', 0.99, 34, 20, 40, 14), line('0915', 0.98, 80, 20, 40, 14)];
    expect(unreadStampAtEdge(lines, px)).toBeNull();
  });
});
