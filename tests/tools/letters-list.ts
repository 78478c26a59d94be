/**
 * Runs the signed-letter check on a few CALIBRATION letters (a file regex, or a comma list of
 * id prefixes such as c023,c043) and prints every finding and region, with a crop of each region
 * written to the folder given: for iterating on the failing files only.
 * `JITKIT_LETTERS_DIR=... npx tsx tests/tools/letters-list.ts <regex|ids> [outDir]`
 */
import sharp from 'sharp';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkSignedLetter } from '../../electron/services/checks/letter';
import { shutdownOcr } from '../../electron/services/ocr';
import { loadRulebook } from '../../electron/services/rulebook';
import { allRight, caseOf, expectedCodes, letterPath, readIndependentLetters } from '../helpers/independent-letters';

function matcher(arg: string): (file: string) => boolean {
  if (/^[ch]\d+(,[ch]\d+)*$/.test(arg)) {
    const ids = arg.split(',');
    return (file) => ids.some((id) => file.startsWith(`${id}-`));
  }
  const re = new RegExp(arg);
  return (file) => re.test(file);
}

async function main(): Promise<void> {
  const [arg = '.', outDir = '/tmp/letters-list'] = process.argv.slice(2);
  mkdirSync(outDir, { recursive: true });
  const rulebook = loadRulebook();
  const match = matcher(arg);
  for (const truth of readIndependentLetters('calibration').filter((f) => match(f.file))) {
    const path = letterPath(truth);
    const check = await checkSignedLetter(path, { rulebook, today: '2026-11-25', caseInfo: caseOf(truth) });
    const ok = allRight(truth, check);
    console.log(`${ok ? 'ok  ' : 'MISS'} ${truth.file} want [${expectedCodes(truth).join(',')}]`);
    for (const f of check.findings)
      console.log(`   ${f.code}:${f.severity} ${JSON.stringify(f.params ?? {})} ${JSON.stringify(f.region ?? null)}`);
    for (const [i, r] of (check.regions ?? []).entries()) {
      console.log(`   region ${r.label ?? ''} ${JSON.stringify({ x: r.x, y: r.y, w: r.width, h: r.height })}`);
      const left = Math.max(0, Math.round(r.x));
      const top = Math.max(0, Math.round(r.y));
      const size = check.imageSize;
      if (!size || r.width < 2 || r.height < 2) continue;
      const width = Math.min(Math.round(r.width), size.width - left);
      const height = Math.min(Math.round(r.height), size.height - top);
      if (width < 2 || height < 2) continue;
      const stem = `${truth.file.slice(0, 4)}-${i}-${r.label ?? 'region'}.png`;
      await sharp(path)
        .rotate()
        .extract({ left, top, width, height })
        .png()
        .toFile(join(outDir, stem))
        .catch(() => undefined);
    }
  }
  await shutdownOcr();
}
void main();
