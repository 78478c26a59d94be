/**
 * Where a region's label goes, so it never hides what it names or the line next to it. A
 * thin box (a marked table row, a text line) gets its label beside it on the same line
 * (right, else left); a label above or below would sit on the neighbouring row. A taller box
 * (a seal, a signature, a field) gets it above, flipped below when there is no room above.
 * A long label beside a line may wrap onto more lines there (nothing else is beside it).
 * When nothing outside fits, the label goes inside the box's end. All sizes in the same
 * layout pixels (the figure's, before any zoom transform).
 */
export type LabelPlace = 'above' | 'below' | 'right' | 'left' | 'inside';
/** `maxWidth`: the label wraps to this width (beside a line with less room than its one-line width). */
export type Placement = { at: LabelPlace; maxWidth?: number };

type Box = { x: number; y: number; width: number; height: number };
type Size = { width: number; height: number };

/** Gap between a box and a label beside it. */
const GAP = 4;
/** A box less than this many label heights tall is a line: labels above/below would cover its neighbours. */
const LINE_HEIGHTS = 2.5;
/** Beside a line, a label may wrap down to this share of its one-line width (about three lines). */
const MIN_WRAP_SHARE = 0.36;

export function labelPlacement(box: Box, label: Size, figure: Size): Placement {
  const roomRight = Math.floor(figure.width - (box.x + box.width) - GAP);
  const roomLeft = Math.floor(box.x - GAP);
  if (box.height < label.height * LINE_HEIGHTS) {
    if (roomRight >= label.width) return { at: 'right' };
    if (roomLeft >= label.width) return { at: 'left' };
    const wrapAt = label.width * MIN_WRAP_SHARE;
    if (roomRight >= wrapAt && roomRight >= roomLeft) return { at: 'right', maxWidth: roomRight };
    if (roomLeft >= wrapAt) return { at: 'left', maxWidth: roomLeft };
    return { at: 'inside' };
  }
  if (box.y >= label.height) return { at: 'above' };
  if (figure.height - (box.y + box.height) >= label.height) return { at: 'below' };
  return { at: 'inside' };
}

/** Above or below a box near the figure's right edge: the label ends at the box's right edge instead. */
export function alignsEnd(box: Box, label: Size, figure: Size): boolean {
  return box.x + label.width > figure.width && box.x + box.width >= label.width;
}

/** Two boxes this much the same (intersection over union) are one place: one box, one label. */
const SAME_PLACE_IOU = 0.8;

function overlapShare(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/**
 * Regions that mark the same place (a finding's region and the seal found there) drawn as
 * one, so their labels do not sit on top of each other: the later one (a finding's, which
 * carries the tone) is kept, and its label names both ("需要核对的位置 · 公章").
 */
export function mergeSamePlace<R extends Box & { label?: string }>(regions: R[]): R[] {
  const kept: R[] = [];
  for (const r of regions) {
    const i = kept.findIndex((k) => overlapShare(k, r) >= SAME_PLACE_IOU);
    const same = i >= 0 ? kept[i] : undefined;
    if (!same) {
      kept.push(r);
      continue;
    }
    const labels = [r.label, same.label].filter((l): l is string => Boolean(l));
    kept[i] = { ...r, label: [...new Set(labels)].join(' · ') || undefined };
  }
  return kept;
}
