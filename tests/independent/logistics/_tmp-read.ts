import { readFileSync } from 'node:fs';
import { recognize, shutdownOcr } from '../../../electron/services/ocr';
for (const f of process.argv.slice(2)) {
  const r = await recognize({ kind: 'encoded', data: readFileSync(f) }, {});
  console.log(f, r.map((l) => `${l.text}(${l.confidence.toFixed(2)})`).join(' | '));
}
await shutdownOcr();
