/**
 * DB (differentiable binarisation) post-processing without OpenCV: threshold the
 * probability map, label connected components, fit each one a rotated rectangle from its
 * second moments (licence photos are tilted a few degrees; an axis-aligned box around a long
 * tilted line would mix two rows), score it, and "unclip" it (DB shrinks text kernels).
 */

/** A text line as a rotated rectangle in full-image pixels. */
export type RotatedRect = { cx: number; cy: number; angle: number; width: number; height: number; score: number };

export type DbParams = {
  /** Pixel threshold on the probability map. */
  thresh: number;
  /** Minimum mean probability of a component. */
  boxThresh: number;
  /** DB unclip ratio (PaddleOCR default 1.5). */
  unclipRatio: number;
  /** Ignore components smaller than this many map pixels. */
  minPixels: number;
};

export const DEFAULT_DB: DbParams = { thresh: 0.3, boxThresh: 0.5, unclipRatio: 1.6, minPixels: 12 };

type Component = { xs: number[]; ys: number[]; sum: number };

/** Labels 4-connected components of prob > thresh with an explicit stack (no recursion). */
function components(prob: Float32Array, w: number, h: number, thresh: number): Component[] {
  const seen = new Uint8Array(w * h);
  const stack = new Int32Array(w * h);
  const out: Component[] = [];
  for (let start = 0; start < w * h; start++) {
    if (seen[start] || (prob[start] ?? 0) <= thresh) continue;
    const comp: Component = { xs: [], ys: [], sum: 0 };
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    while (top > 0) {
      const p = stack[--top] ?? 0;
      const x = p % w;
      const y = (p - x) / w;
      comp.xs.push(x);
      comp.ys.push(y);
      comp.sum += prob[p] ?? 0;
      const neighbours = [x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1];
      for (const q of neighbours) {
        if (q < 0 || seen[q] || (prob[q] ?? 0) <= thresh) continue;
        seen[q] = 1;
        stack[top++] = q;
      }
    }
    out.push(comp);
  }
  return out;
}

/** Principal-axis angle (radians) of a pixel set, limited to near-horizontal text. */
function principalAngle(xs: number[], ys: number[], mx: number, my: number): number {
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  // Short blobs (one or two characters) have no reliable axis; tilt beyond 15° is not a licence line.
  if (sxx < 4 * syy || Math.abs(angle) > (15 * Math.PI) / 180) return 0;
  return angle;
}

/** Fits a rotated rect (in map pixels) to a component, then unclips it. */
function fitRect(c: Component, params: DbParams): RotatedRect {
  const n = c.xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += c.xs[i] ?? 0;
    my += c.ys[i] ?? 0;
  }
  mx /= n;
  my /= n;
  const angle = principalAngle(c.xs, c.ys, mx, my);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  let umin = Infinity;
  let umax = -Infinity;
  let vmin = Infinity;
  let vmax = -Infinity;
  for (let i = 0; i < n; i++) {
    const dx = (c.xs[i] ?? 0) - mx;
    const dy = (c.ys[i] ?? 0) - my;
    const u = dx * cos + dy * sin;
    const v = -dx * sin + dy * cos;
    umin = Math.min(umin, u);
    umax = Math.max(umax, u);
    vmin = Math.min(vmin, v);
    vmax = Math.max(vmax, v);
  }
  const w = umax - umin + 1;
  const h = vmax - vmin + 1;
  // Same offset as pyclipper's polygon offset in PaddleOCR: area * ratio / perimeter.
  const d = (w * h * params.unclipRatio) / (2 * (w + h));
  const uc = (umin + umax) / 2;
  const vc = (vmin + vmax) / 2;
  return {
    cx: mx + uc * cos - vc * sin + 0.5,
    cy: my + uc * sin + vc * cos + 0.5,
    angle,
    width: w + 2 * d,
    height: h + 2 * d,
    score: c.sum / n,
  };
}

/**
 * Turns a probability map (map pixels) into rotated rects in image pixels; scaleX/scaleY map
 * from map to image coordinates.
 */
export function dbBoxes(
  prob: Float32Array,
  w: number,
  h: number,
  scaleX: number,
  scaleY: number,
  params: DbParams = DEFAULT_DB,
): RotatedRect[] {
  const rects: RotatedRect[] = [];
  for (const c of components(prob, w, h, params.thresh)) {
    if (c.xs.length < params.minPixels) continue;
    const r = fitRect(c, params);
    if (r.score < params.boxThresh || Math.min(r.width, r.height) < 3) continue;
    // Map to image space; the angle is corrected for unequal axis scales.
    const angle = Math.atan2(Math.sin(r.angle) * scaleY, Math.cos(r.angle) * scaleX);
    const lenScale = Math.hypot(Math.cos(r.angle) * scaleX, Math.sin(r.angle) * scaleY);
    const thickScale = Math.hypot(Math.sin(r.angle) * scaleX, Math.cos(r.angle) * scaleY);
    rects.push({
      cx: r.cx * scaleX,
      cy: r.cy * scaleY,
      angle,
      width: r.width * lenScale,
      height: r.height * thickScale,
      score: r.score,
    });
  }
  return rects;
}

/** Axis-aligned bounding box of a rotated rect, clamped to the image. */
export function rectBounds(
  r: RotatedRect,
  imgW: number,
  imgH: number,
): { x: number; y: number; width: number; height: number } {
  const hw = r.width / 2;
  const hh = r.height / 2;
  const cos = Math.abs(Math.cos(r.angle));
  const sin = Math.abs(Math.sin(r.angle));
  const ex = hw * cos + hh * sin;
  const ey = hw * sin + hh * cos;
  const x0 = Math.max(0, Math.round(r.cx - ex));
  const y0 = Math.max(0, Math.round(r.cy - ey));
  const x1 = Math.min(imgW, Math.round(r.cx + ex));
  const y1 = Math.min(imgH, Math.round(r.cy + ey));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}
