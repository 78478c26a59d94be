/**
 * When a photo cuts off part of the sheet, two of our four registration marks are often
 * still visible (a whole side). Two marks fix scale, rotation and position (a similarity
 * transform; mild perspective is absorbed by the zones' padding), so the layout zones
 * still apply, and the marks that should exist but fall outside the photo say which
 * edge is cut off.
 */
import { registrationMarkCentres } from '../../../../shared/letter-layout';
import { apply, type Homography, type Point } from './geometry';
import { centre, darkMask, dist } from './dark-blobs';
import type { Edge, PageLocation } from './page-location';
import type { Component, GreyImage } from './raster';

/** Mark pairs along one side of the page: indexes into registrationMarkCentres(). */
const SIDES: { marks: [number, number]; vertical: boolean; inside: 1 | -1 }[] = [
  { marks: [0, 3], vertical: true, inside: 1 }, // left column: the page lies to the right
  { marks: [1, 2], vertical: true, inside: -1 },
  { marks: [0, 1], vertical: false, inside: 1 }, // top row: the page lies below
  { marks: [3, 2], vertical: false, inside: -1 },
];

/** Similarity transform (complex multiply-add) taking p1→q1 and p2→q2, as a homography. */
function similarity(p1: Point, p2: Point, q1: Point, q2: Point): Homography {
  const dpx = p2.x - p1.x;
  const dpy = p2.y - p1.y;
  const dqx = q2.x - q1.x;
  const dqy = q2.y - q1.y;
  const den = dpx * dpx + dpy * dpy;
  const ar = (dqx * dpx + dqy * dpy) / den;
  const ai = (dqy * dpx - dqx * dpy) / den;
  return [ar, -ai, q1.x - (ar * p1.x - ai * p1.y), ai, ar, q1.y - (ai * p1.x + ar * p1.y), 0, 0, 1];
}

/** Dark pixels in a strip beside the segment a→b, on the side `sign` of it. */
function inkBeside(
  mask: Uint8Array,
  g: GreyImage,
  a: Point,
  b: Point,
  vertical: boolean,
  sign: number,
  depth: number,
): number {
  let n = 0;
  const [lo, hi] = vertical ? [Math.min(a.y, b.y), Math.max(a.y, b.y)] : [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const base = vertical ? (a.x + b.x) / 2 : (a.y + b.y) / 2;
  for (let u = Math.round(lo); u < hi; u += 2) {
    for (let v = 4; v < depth; v += 2) {
      const x = Math.round(vertical ? base + sign * v : u);
      const y = Math.round(vertical ? u : base + sign * v);
      if (x >= 0 && y >= 0 && x < g.width && y < g.height && mask[y * g.width + x]) n++;
    }
  }
  return n;
}

export function locateByMarkPair(blobs: Component[], g: GreyImage, scale: number): PageLocation | null {
  const mm = registrationMarkCentres();
  const mask = darkMask(g, Math.round(Math.max(g.width, g.height) * 0.012));
  let best: { h: Homography; ink: number; pxPerMm: number; pair: Point[] } | null = null;
  for (let i = 0; i < blobs.length; i++) {
    for (let j = i + 1; j < blobs.length; j++) {
      const [a, b] = [blobs[i]!, blobs[j]!];
      const size = (c: Component) => (c.maxX - c.minX + c.maxY - c.minY + 2) / 2;
      // The top-left mark is 1.5× the others: the smaller of two marks is always a 4 mm one.
      if (Math.max(size(a), size(b)) / Math.min(size(a), size(b)) > 1.8) continue;
      const pxPerMm = Math.min(size(a), size(b)) / 4;
      const [p, q] = [centre(a), centre(b)];
      const vertical = Math.abs(q.y - p.y) > 2 * Math.abs(q.x - p.x);
      const horizontal = Math.abs(q.x - p.x) > 2 * Math.abs(q.y - p.y);
      for (const side of SIDES) {
        if (side.vertical ? !vertical : !horizontal) continue;
        const [m1, m2] = [mm[side.marks[0]]!, mm[side.marks[1]]!];
        if (Math.abs(dist(p, q) / pxPerMm / dist(m1, m2) - 1) > 0.2) continue;
        // Order the two image points like the two layout marks (top before bottom, left before right).
        const [q1, q2] = (side.vertical ? p.y < q.y : p.x < q.x) ? [p, q] : [q, p];
        const ink = inkBeside(mask, g, q1, q2, side.vertical, side.inside, pxPerMm * 60);
        const other = inkBeside(mask, g, q1, q2, side.vertical, -side.inside, pxPerMm * 60);
        if (ink < 3 * other || (best && best.ink >= ink)) continue;
        best = { h: similarity(m1, m2, q1, q2), ink, pxPerMm: dist(q1, q2) / dist(m1, m2), pair: [q1, q2] };
      }
    }
  }
  if (!best) return null;
  const up = (h: Homography): Homography => h.map((v, i) => (i < 6 ? v / scale : v));
  const mmToImage = up(best.h);
  return {
    kind: 'marks',
    mmToImage,
    pxPerMm: best.pxPerMm / scale,
    marks: best.pair.map((p) => ({ x: p.x / scale, y: p.y / scale })),
    cutEdges: cutEdgesFrom(best.h, g),
  };
}

/** Marks the transform puts outside the photo: the sheet is cut off on that side. */
function cutEdgesFrom(h: Homography, g: GreyImage): Edge[] {
  const edges = new Set<Edge>();
  for (const m of registrationMarkCentres()) {
    const p = apply(h, m);
    if (p.x < 0) edges.add('left');
    if (p.x >= g.width) edges.add('right');
    if (p.y < 0) edges.add('top');
    if (p.y >= g.height) edges.add('bottom');
  }
  return [...edges];
}
