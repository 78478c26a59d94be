/**
 * Text lines from OCR boxes. The detector splits one printed line into several boxes
 * where it has gaps (骏驰 | （杭州）玩具有限公司, a label and its underlined value); boxes
 * that share a baseline and sit close together are joined back into one line.
 */
import type { OcrLine, RotatedLine } from '../../ocr';

const bottom = (l: OcrLine) => l.box.y + l.box.height;
const centreY = (l: OcrLine) => l.box.y + l.box.height / 2;

/** Same baseline: bottoms (and centres) within a fraction of the text height. */
function sameBaselineLevel(a: OcrLine, b: OcrLine): boolean {
  const h = Math.max(a.box.height, b.box.height);
  const sizeRatio = Math.min(a.box.height, b.box.height) / Math.max(1, h);
  return sizeRatio > 0.5 && Math.abs(bottom(a) - bottom(b)) < 0.4 * h && Math.abs(centreY(a) - centreY(b)) < 0.45 * h;
}

/** Gaps wider than this many text heights are separate columns, not one line. */
const MAX_GAP_HEIGHTS = 5;

/**
 * On a tilted page the axis-aligned boxes grow tall and two columns' lines seem to share a
 * bottom; the detector's rotated lines say it exactly: the centre offset across the line
 * direction, and the gap along it.
 */
function alongLine(a: RotatedLine, b: RotatedLine): { across: number; gap: number; height: number } | null {
  const h = Math.max(a.height, b.height);
  if (Math.min(a.height, b.height) / Math.max(1, h) <= 0.5 || Math.abs(a.angle - b.angle) > 0.1) return null;
  const cos = Math.cos(a.angle);
  const sin = Math.sin(a.angle);
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  const along = Math.abs(dx * cos + dy * sin);
  return { across: Math.abs(-dx * sin + dy * cos), gap: along - (a.width + b.width) / 2, height: h };
}

/** The next box continues the line: same baseline, and no column gap between them. */
function continues(last: OcrLine, line: OcrLine): boolean {
  if (last.line && line.line) {
    const r = alongLine(last.line, line.line);
    if (r) return r.across < 0.4 * r.height && r.gap < MAX_GAP_HEIGHTS * r.height;
  }
  const gap = line.box.x - (last.box.x + last.box.width);
  return sameBaselineLevel(last, line) && gap < MAX_GAP_HEIGHTS * Math.max(last.box.height, line.box.height);
}

function join(parts: OcrLine[]): OcrLine {
  const sorted = [...parts].sort((a, b) => a.box.x - b.box.x);
  if (sorted.length === 1) return sorted[0]!;
  const x = Math.min(...sorted.map((l) => l.box.x));
  const y = Math.min(...sorted.map((l) => l.box.y));
  const box = {
    x,
    y,
    width: Math.max(...sorted.map((l) => l.box.x + l.box.width)) - x,
    height: Math.max(...sorted.map(bottom)) - y,
  };
  const text = sorted.map((l) => l.text).join('');
  const charConfidences = sorted.flatMap((l) => l.charConfidences ?? Array.from(l.text, () => l.confidence));
  // A joined line is only as sure as its least sure part.
  const confidence = Math.min(...sorted.map((l) => l.confidence));
  return { text, confidence, box, charConfidences };
}

export function mergeBaselines(lines: OcrLine[]): OcrLine[] {
  const sorted = [...lines].filter((l) => l.text.trim().length > 0).sort((a, b) => a.box.x - b.box.x);
  const groups: OcrLine[][] = [];
  for (const line of sorted) {
    const group = groups.find((g) => continues(g.at(-1)!, line));
    if (group) group.push(line);
    else groups.push([line]);
  }
  return groups.map(join).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}
