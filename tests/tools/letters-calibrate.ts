/**
 * Runs the signed-letter check on the CALIBRATION split of the independent letters and
 * prints each miss and the per-code confusion: the only split thresholds are tuned on.
 * `npx tsx tests/tools/letters-calibrate.ts [filter]` (JITKIT_FINDINGS_OUT=f.json also writes the
 * letters-findings.ts record of the same run). JITKIT_LETTERS_DIR points it at an extra set;
 * JITKIT_ALL_SPLITS=1 then reads both splits of that set (made from another seed, calibration
 * only), never of the standard set, whose held-out split is measured only by its test.
 */
import { writeFileSync } from 'node:fs';
import { checkSignedLetter } from '../../electron/services/checks/letter';
import { shutdownOcr } from '../../electron/services/ocr';
import { loadRulebook } from '../../electron/services/rulebook';
import {
  allRight,
  caseOf,
  confusion,
  expectedCodes,
  letterPath,
  readIndependentLetters,
  reportedCodes,
} from '../helpers/independent-letters';

async function main(): Promise<void> {
  const filter = process.argv[2];
  const rulebook = loadRulebook();
  const allSplits = process.env.JITKIT_ALL_SPLITS === '1' && process.env.JITKIT_LETTERS_DIR !== undefined;
  const splits = allSplits ? (['calibration', 'heldout'] as const) : (['calibration'] as const);
  const files = splits
    .flatMap((s) => readIndependentLetters(s))
    .filter((f) => !filter || new RegExp(filter).test(f.file));
  const rows = [];
  for (const truth of files) {
    const t0 = performance.now();
    const check = await checkSignedLetter(letterPath(truth), {
      rulebook,
      today: '2026-11-25',
      caseInfo: caseOf(truth),
    });
    const ok = allRight(truth, check);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    const detail = check.findings
      .map(
        (f) =>
          `${f.code}${f.params?.found ? `(${String(f.params.found)})` : ''}${f.params?.score !== undefined ? `[${String(f.params.score)}]` : ''}`,
      )
      .join(' ');
    console.log(
      `${ok ? 'ok  ' : 'MISS'} ${truth.file} ${secs}s want [${expectedCodes(truth).join(',')}] ${truth.template}/${truth.capture} got [${reportedCodes(check).join(',')}] ${ok ? '' : detail}`,
    );
    rows.push({ truth, check });
  }
  const right = rows.filter((r) => allRight(r.truth, r.check)).length;
  console.log(`all right: ${right}/${rows.length}`);
  console.log(JSON.stringify(confusion(rows)));
  // The same record as letters-findings.ts, from the same run (no second pass over the letters).
  const out = process.env.JITKIT_FINDINGS_OUT;
  if (out) {
    const found = Object.fromEntries(
      rows.map((r) => [r.truth.file, r.check.findings.map((f) => `${f.code}:${f.severity}`)]),
    );
    writeFileSync(out, JSON.stringify(found, null, 1));
  }
  await shutdownOcr();
}
void main();
