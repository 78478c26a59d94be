/**
 * Tuning aid: `npx tsx tests/independent/licences/score.ts [calibration|heldout]` reads one
 * half of the independent licences and prints each file's wrong fields. Tune on the
 * calibration half only; the held-out half is for measuring.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLicence } from '../../../electron/services/licence';
import { shutdownOcr } from '../../../electron/services/ocr';
import { FIXTURES_DIR } from '../../fixtures';
import type { IndependentManifest } from './generate';

const KEYS = ['companyName', 'uscc', 'legalRepresentative'] as const;
const split = process.argv[2] === 'heldout' ? 'heldout' : 'calibration';
const dir = join(FIXTURES_DIR, 'independent-licences');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as IndependentManifest;
const entries = manifest.licences.filter((l) => l.split === split);
let right = 0;
let invented = 0;
const times: number[] = [];
for (const entry of entries) {
  const t0 = performance.now();
  const r = await readLicence(join(dir, entry.file));
  times.push(performance.now() - t0);
  const wrong = KEYS.filter((k) => r.fields[k] !== entry.facts[k]);
  invented += wrong.filter((k) => r.fields[k] !== null).length;
  if (wrong.length === 0) right++;
  const sure = KEYS.map((k) => `${k[0]}${r.details[k]?.weakest ?? '-'}`).join(' ');
  const detail = wrong
    .map((k) => `${k}: ${JSON.stringify(r.fields[k])} ≠ ${JSON.stringify(entry.facts[k])}`)
    .join('; ');
  console.log(
    `${wrong.length ? '✗' : '✓'} ${entry.file} ${Math.round(times.at(-1) ?? 0)}ms ${sure} ${detail} [${r.findings.map((f) => f.code).join(',')}]`,
  );
}
times.sort((a, b) => a - b);
console.log(
  `${split}: ${right}/${entries.length} all three right; wrong non-null values: ${invented}; median ${Math.round(times[times.length >> 1] ?? 0)} ms`,
);
await shutdownOcr();
