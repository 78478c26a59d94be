/**
 * The bench's letters-without-marks figure on its own (same files as electron/bench/letter.ts:
 * one calibration letter per template and capture, eight in all), to compare two versions of
 * the code under the same machine load. Prints the warm median wall and CPU seconds.
 * `npx tsx tests/tools/letters-speed.ts [rounds]`
 */
import { loadavg } from 'node:os';
import { checkSignedLetter } from '../../electron/services/checks/letter';
import { shutdownOcr } from '../../electron/services/ocr';
import { loadRulebook } from '../../electron/services/rulebook';
import { caseOf, letterPath, readIndependentLetters } from '../helpers/independent-letters';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 1);
  const rulebook = loadRulebook();
  const picked = readIndependentLetters('calibration')
    .filter((f) => !f.badInput)
    .filter((f, i, all) => all.findIndex((g) => g.capture === f.capture && g.template === f.template) === i)
    .slice(0, 8);
  const run = async (f: (typeof picked)[number]) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await checkSignedLetter(letterPath(f), { rulebook, today: '2026-11-25', caseInfo: caseOf(f) });
    const c = process.cpuUsage(c0);
    return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
  };
  await run(picked[0]!);
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const f of picked) {
      const t = await run(f);
      walls.push(t.wall);
      cpus.push(t.cpu);
    }
  }
  console.log(
    JSON.stringify({
      files: picked.length,
      rounds,
      warmMedianSeconds: +median(walls).toFixed(2),
      warmMedianCpuSeconds: +median(cpus).toFixed(2),
      load1m: loadavg()[0],
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    }),
  );
  await shutdownOcr();
}
void main();
