/**
 * The bench's independent logistics figures alone (issue 15), without the rest of `npm run bench`:
 * warm median wall and CPU seconds per stamped screenshot, per file without a watermark and per photo.
 *   npx tsx tests/tools/logistics-bench.ts
 */
import { benchIndependent } from '../../electron/bench/evidence';
import { shutdownOcr } from '../../electron/services/ocr';
import { loadRulebook } from '../../electron/services/rulebook';

async function main(): Promise<void> {
  const result = await benchIndependent({ rulebook: loadRulebook(), today: '2026-11-25' });
  console.log(JSON.stringify(result, null, 1));
  await shutdownOcr();
}
void main();
