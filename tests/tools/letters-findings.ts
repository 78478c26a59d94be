/**
 * The findings (code and severity, in order) of every CALIBRATION letter, as one JSON
 * document keyed by file name: to show that a speed change leaves every result as it was.
 * `npx tsx tests/tools/letters-findings.ts out.json [filter]`, then compare two outputs with
 * `npx tsx tests/tools/letters-findings.ts --compare a.json b.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkSignedLetter } from '../../electron/services/checks/letter';
import { shutdownOcr } from '../../electron/services/ocr';
import { loadRulebook } from '../../electron/services/rulebook';
import { caseOf, letterPath, readIndependentLetters } from '../helpers/independent-letters';

type Findings = Record<string, string[]>;

function compare(a: Findings, b: Findings): number {
  let differ = 0;
  for (const file of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = (a[file] ?? []).join(' ');
    const y = (b[file] ?? []).join(' ');
    if (x !== y) {
      differ++;
      console.log(`${file}\n  a: ${x}\n  b: ${y}`);
    }
  }
  console.log(`${differ} of ${Object.keys(a).length} files differ`);
  return differ;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--compare') {
    const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Findings;
    process.exitCode = compare(read(process.argv[3]!), read(process.argv[4]!)) > 0 ? 1 : 0;
    return;
  }
  const out = process.argv[2] ?? 'letters-findings.json';
  const filter = process.argv[3];
  const rulebook = loadRulebook();
  const files = readIndependentLetters('calibration').filter((f) => !filter || new RegExp(filter).test(f.file));
  const found: Findings = {};
  for (const truth of files) {
    const check = await checkSignedLetter(letterPath(truth), {
      rulebook,
      today: '2026-11-25',
      caseInfo: caseOf(truth),
    });
    found[truth.file] = check.findings.map((f) => `${f.code}:${f.severity}`);
  }
  writeFileSync(out, JSON.stringify(found, null, 1));
  console.log(`${files.length} letters -> ${out}`);
  await shutdownOcr();
}
void main();
