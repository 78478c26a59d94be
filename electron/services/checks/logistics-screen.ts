/**
 * Where the photographed screen lies in a photo of a monitor or phone: the rows and columns
 * mostly brighter than a dark bezel or background. A stamp printed at the screen's edge
 * stands far from the photo's edge when the photo shows the bezel around it, so "near the
 * edge" is measured to the screen too. A screenshot (or a dark page filling the image) keeps
 * the whole image.
 */
import type { Box } from '../ocr';

type Px = { data: Uint8Array; width: number; height: number };

/** Brighter than a bezel or a dark background around a photographed screen. */
const SCREEN_LUM = 70;
/** A row or column of the screen has at least this share of screen-bright pixels. */
const SCREEN_SHARE = 0.5;
/** Pixels sampled per row or column (every n-th). */
const STEP = 4;

const bounds = new WeakMap<Uint8Array, Box>();

export function screenBounds(px: Px): Box {
  const cached = bounds.get(px.data);
  if (cached) return cached;
  const bright = (x: number, y: number): boolean => {
    const i = (y * px.width + x) * 3;
    return 0.299 * (px.data[i] ?? 0) + 0.587 * (px.data[i + 1] ?? 0) + 0.114 * (px.data[i + 2] ?? 0) > SCREEN_LUM;
  };
  const rowLit = (y: number): boolean => {
    let n = 0;
    for (let x = 0; x < px.width; x += STEP) if (bright(x, y)) n++;
    return n >= (px.width / STEP) * SCREEN_SHARE;
  };
  const colLit = (x: number): boolean => {
    let n = 0;
    for (let y = 0; y < px.height; y += STEP) if (bright(x, y)) n++;
    return n >= (px.height / STEP) * SCREEN_SHARE;
  };
  let top = 0;
  while (top < px.height && !rowLit(top)) top++;
  let bottom = px.height - 1;
  while (bottom > top && !rowLit(bottom)) bottom--;
  let left = 0;
  while (left < px.width && !colLit(left)) left++;
  let right = px.width - 1;
  while (right > left && !colLit(right)) right--;
  const whole = { x: 0, y: 0, width: px.width, height: px.height };
  const box = { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
  // Half the image at least, else it is a dark page, not a screen in a photo.
  const found = box.width >= px.width * 0.5 && box.height >= px.height * 0.5 ? box : whole;
  bounds.set(px.data, found);
  return found;
}

/** Within 15% of the shorter side of the photographed screen from its edge (or outside it, on the bezel). */
export function nearScreenEdge(box: Box, px: Px): boolean {
  const s = screenBounds(px);
  if (s.width === px.width && s.height === px.height) return false; // a screenshot: the image's own edges decide
  const toScreen = Math.min(
    box.x - s.x,
    s.x + s.width - box.x - box.width,
    box.y - s.y,
    s.y + s.height - box.y - box.height,
  );
  return toScreen < Math.min(s.width, s.height) * 0.15;
}
