/**
 * Prints what the logistics read sees on one file (lines, boxes, the stamp picked): a
 * calibration aid.   npx tsx tests/independent/logistics/debug-lines.ts FILE
 */
import { loadImageFile } from '../../../electron/services/files';
import { readScreenshot } from '../../../electron/services/checks/logistics-read';
import { shutdownOcr } from '../../../electron/services/ocr';

const file = process.argv[2] ?? '';
const image = await loadImageFile(file, { maxPixels: 40_000_000 });
const r = await readScreenshot(image, {});
for (const l of r.lines)
  process.stdout.write(
    `${[l.box.x, l.box.y, l.box.width, l.box.height].map(Math.round).join(',')}\t${l.confidence.toFixed(2)}\t${l.text}\n`,
  );
process.stdout.write(`found: ${JSON.stringify(r.found)}\nunclear: ${r.unclear.map((l) => l.text).join(' | ')}\n`);
await shutdownOcr();
