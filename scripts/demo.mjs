// `npm run demo`: runs the built `jitkit` on the sample materials in resources/samples/seller
// (a licence, a signed letter, three tracking screenshots, a stock report, a case.json) and
// writes the upload zip with its report to a fresh temp folder, printing where.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const samples = join(root, 'resources', 'samples', 'seller');
const outDir = mkdtempSync(join(tmpdir(), 'jitkit-demo-'));
// The samples are dated for this day; a fixed "today" keeps the demo's result stable.
const today = '2026-11-25';
const env = { ...process.env, JITKIT_DATA_DIR: join(outDir, 'data') };

function jitkit(args, { json = false } = {}) {
  process.stderr.write(`\n$ jitkit ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [join(root, 'bin', 'jitkit.js'), ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (!json) process.stdout.write(r.stdout);
  return { code: r.status ?? 2, json: json && r.stdout.trim() ? JSON.parse(r.stdout) : null };
}

jitkit([
  'check',
  join(samples, '营业执照.jpg'),
  join(samples, '承诺书扫描.jpg'),
  '--case',
  join(samples, 'case.json'),
  '--today',
  today,
]);

const out = join(outDir, 'JIT退出材料_杭州鑫璟熠服饰有限公司.zip');
const bundleArgs = ['bundle', samples, '--case', join(samples, 'case.json'), '--today', today, '--out', out, '--json'];
let result = jitkit(bundleArgs, { json: true });
if (result.json && result.json.out === null) {
  process.stderr.write(
    `\nExport refused: ${result.json.refused}\nRunning again with --allow-errors (the report records it).\n`,
  );
  result = jitkit([...bundleArgs, '--allow-errors'], { json: true });
}
const b = result.json;
if (!b || !b.out) {
  process.stderr.write(`\nDemo failed (exit ${result.code}).\n`);
  process.exit(1);
}
process.stdout.write(`\nOverall: ${b.status}\nZip:    ${b.out}\n`);
for (const e of b.entries) process.stdout.write(`  - ${e}\n`);
process.stdout.write(`Report: ${b.report.pdf}\n        ${b.report.json}\n`);
process.stdout.write(`\nTry: unzip -l "${b.out}"\n`);
