/**
 * Runs the licence reader on the CALIBRATION half of the independent licences (the only half
 * thresholds are tuned on) and prints each miss and the per-field right/null/wrong counts.
 * `npx tsx tests/tools/licence-calibrate.ts [fileFilter]` (JITKIT_LICENCES_DIR for another set;
 * JITKIT_ALL_SPLITS=1 reads both halves of an extra calibration-only set made from another seed,
 * never of the standard set, whose held-out half is measured only by its test).
 * JITKIT_CALIBRATE_JSON=<file> also writes each file's fields, confidences and finding codes,
 * so that two code versions can be compared file by file (`licence-calibrate-diff.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLicence } from '../../electron/services/licence';
import type { LicenceReading } from '../../shared/licence';
import { shutdownOcr } from '../../electron/services/ocr';
import type { IndependentManifest } from '../independent/licences/generate';
import { FIXTURES_DIR } from '../fixtures';

const KEYS = ['companyName', 'uscc', 'legalRepresentative'] as const;

async function main(): Promise<void> {
  const dir = process.env.JITKIT_LICENCES_DIR ?? join(FIXTURES_DIR, 'independent-licences');
  const filter = process.argv[2];
  const allSplits = process.env.JITKIT_ALL_SPLITS === '1' && dir !== join(FIXTURES_DIR, 'independent-licences');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as IndependentManifest;
  const entries = manifest.licences.filter(
    (l) => (l.split === 'calibration' || allSplits) && (!filter || new RegExp(filter).test(l.file)),
  );
  const counts = Object.fromEntries(KEYS.map((k) => [k, { right: 0, null: 0, wrong: 0 }]));
  let allRight = 0;
  const perFile: Record<string, unknown> = {};
  for (const entry of entries) {
    const reading = await readLicence(join(dir, entry.file));
    perFile[entry.file] = perFileRecord(reading, entry.facts);
    const misses: string[] = [];
    for (const k of KEYS) {
      const got = reading.fields[k];
      const want = entry.facts[k];
      const c = counts[k] as { right: number; null: number; wrong: number };
      if (got === want) c.right++;
      else if (got === null) c.null++;
      else c.wrong++;
      if (got !== want)
        misses.push(
          `${k}=${got === null ? 'null' : 'WRONG'}:${JSON.stringify(got)} want ${JSON.stringify(want)}${reading.details[k]?.needsConfirmation ? '(confirm)' : ''}`,
        );
    }
    if (misses.length === 0) allRight++;
    else console.log(`MISS ${entry.file} ${misses.join(' ')} [${reading.findings.map((f) => f.code).join(',')}]`);
  }
  console.log(`all three right ${allRight}/${entries.length}`);
  for (const k of KEYS) {
    const c = counts[k] as { right: number; null: number; wrong: number };
    console.log(`${k}: right ${c.right} null ${c.null} wrong ${c.wrong}`);
  }
  const jsonOut = process.env.JITKIT_CALIBRATE_JSON;
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(perFile, null, 1));
  await shutdownOcr();
}

/** What one file read as, per key field: the value, its confidence and whether it was right. */
function perFileRecord(reading: LicenceReading, facts: Record<string, string | null>): unknown {
  const fields = Object.fromEntries(
    KEYS.map((k) => {
      const d = reading.details[k];
      const got = reading.fields[k];
      const verdict = got === facts[k] ? 'right' : got === null ? 'null' : 'wrong';
      return [k, { got, want: facts[k], verdict, weakest: d?.weakest, confirm: d?.needsConfirmation ?? false }];
    }),
  );
  // A name left empty as unsure still carries what was read (the finding's value).
  const unsure = reading.findings.flatMap((f) => (f.params?.value ? [String(f.params.value)] : []));
  return { fields, unsure, findings: reading.findings.map((f) => f.code) };
}

void main();
