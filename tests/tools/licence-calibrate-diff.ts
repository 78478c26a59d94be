/**
 * Compares two per-file records of `licence-calibrate.ts` (JITKIT_CALIBRATE_JSON) and lists
 * each file whose key fields changed verdict (right / null / wrong) or value, better or worse.
 * `npx tsx tests/tools/licence-calibrate-diff.ts before.json after.json`
 */
import { readFileSync } from 'node:fs';

type FieldRecord = { got: string | null; want: string | null; verdict: 'right' | 'null' | 'wrong'; confirm: boolean };
type FileRecord = { fields: Record<string, FieldRecord>; findings: string[] };

/** right beats null beats a wrong value asking for confirmation beats a wrong confident one. */
function rank(f: FieldRecord): number {
  if (f.verdict === 'right') return 3;
  if (f.verdict === 'null') return 2;
  return f.confirm ? 1 : 0;
}

const describe = (f: FieldRecord): string =>
  `${f.verdict}${f.verdict === 'wrong' && f.confirm ? '(confirm)' : ''}:${JSON.stringify(f.got)}`;

function main(): void {
  const [beforeFile, afterFile] = process.argv.slice(2);
  if (!beforeFile || !afterFile) throw new Error('usage: licence-calibrate-diff.ts before.json after.json');
  const before = JSON.parse(readFileSync(beforeFile, 'utf8')) as Record<string, FileRecord>;
  const after = JSON.parse(readFileSync(afterFile, 'utf8')) as Record<string, FileRecord>;
  let better = 0;
  let worse = 0;
  for (const [file, b] of Object.entries(before)) {
    const a = after[file];
    if (!a) continue;
    for (const [key, bf] of Object.entries(b.fields)) {
      const af = a.fields[key];
      if (!af || (af.got === bf.got && af.confirm === bf.confirm)) continue;
      const delta = rank(af) - rank(bf);
      if (delta > 0) better++;
      if (delta < 0) worse++;
      const tag = delta > 0 ? 'BETTER' : delta < 0 ? 'WORSE' : 'SAME-RANK';
      console.log(`${tag} ${file} ${key}: ${describe(bf)} -> ${describe(af)} (want ${JSON.stringify(bf.want)})`);
    }
  }
  console.log(`fields better ${better}, worse ${worse}`);
}

main();
