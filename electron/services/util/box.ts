/** An axis-aligned rectangle in pixels. */
export type PixelBox = { x: number; y: number; width: number; height: number };

/**
 * Clamps a box to a `width`×`height` image, widened to whole pixels (a partly covered pixel
 * counts); null when less than 2×2 pixels of it are inside.
 */
export function clampBox(box: PixelBox, width: number, height: number): PixelBox | null {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(width, Math.ceil(box.x + box.width));
  const y1 = Math.min(height, Math.ceil(box.y + box.height));
  if (x1 - x0 < 2 || y1 - y0 < 2) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
