/**
 * Text lines from OCR boxes. The detector splits one printed line into several boxes
 * where it has gaps (骏驰 | （杭州）玩具有限公司, a label and its underlined value); boxes
 * that share a baseline and sit close together are joined back into one line.
 */
import type { OcrLine } from '../../ocr';

const bottom = (l: OcrLine) => l.box.y + l.box.height;
const centreY = (l: OcrLine) => l.box.y + l.box.height / 2;

/** Same baseline: bottoms (and centres) within a fraction of the text height. */
function sameBaseline(a: OcrLine, b: OcrLine): boolean {
  const h = Math.max(a.box.height, b.box.height);
  const sizeRatio = Math.min(a.box.height, b.box.height) / Math.max(1, h);
  return sizeRatio > 0.5 && Math.abs(bottom(a) - bottom(b)) < 0.4 * h && Math.abs(centreY(a) - centreY(b)) < 0.45 * h;
}

/** Gaps wider than this many text heights are separate columns, not one line. */
const MAX_GAP_HEIGHTS = 5;

function join(parts: OcrLine[]): OcrLine {
  const sorted = [...parts].sort((a, b) => a.box.x - b.box.x);
  if (sorted.length === 1) return sorted[0]!;
  const x = Math.min(...sorted.map((l) => l.box.x));
  const y = Math.min(...sorted.map((l) => l.box.y));
  const box = { x, y, width: Math.max(...sorted.map((l) => l.box.x + l.box.width)) - x, height: Math.max(...sorted.map(bottom)) - y };
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
    const group = groups.find((g) => {
      const last = g.at(-1)!;
      const gap = line.box.x - (last.box.x + last.box.width);
      return sameBaseline(last, line) && gap < MAX_GAP_HEIGHTS * Math.max(last.box.height, line.box.height);
    });
    if (group) group.push(line);
    else groups.push([line]);
  }
  return groups.map(join).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}
