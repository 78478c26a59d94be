/**
 * Where a logistics check spends its time, and what it finds (issue 15): runs checkLogistics on
 * one split of an independent logistics set, one file after another, and writes per file the
 * findings (code:severity), the watermark label, wall and CPU milliseconds and the per-stage
 * wall times of stage-timer.ts (set JITKIT_STAGE_TIMES=1 for those).
 *   JITKIT_STAGE_TIMES=1 npx tsx tests/tools/logistics-profile.ts OUT.json [calibration|heldout] [filter]
 *   npx tsx tests/tools/logistics-profile.ts --compare A.json B.json   (files whose findings or label differ, timings)
 * LOGISTICS_SET_DIR picks another set (an extra calibration set of generate.ts), as in evaluate.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLogistics } from '../../electron/services/checks/logistics';
import { takeStageTimes } from '../../electron/services/checks/stage-timer';
import { importOrderExport } from '../../electron/services/eligibility';
import { shutdownOcr } from '../../electron/services/ocr';
import { loadRulebook } from '../../electron/services/rulebook';
import { readIndependentTruth } from '../independent/logistics/generate';

type FileRecord = {
  group: string;
  findings: string[];
  label: string;
  wallMs: number;
  cpuMs: number;
  stages: Record<string, { ms: number; calls: number }>;
};
type Records = Record<string, FileRecord>;

const DIR =
  process.env.LOGISTICS_SET_DIR ?? join(import.meta.dirname, '..', 'fixtures', 'generated', 'independent-logistics');

/** The bench's groups: a stamp on a screenshot, on a photo, no watermark (or a status bar only), a desktop clock. */
function groupOf(f: { kind: string; photo: boolean }): string {
  const where = f.photo ? 'photo' : 'screen';
  if (f.kind === 'stamp') return `stamp-${where}`;
  if (f.kind === 'none' || f.kind === 'statusbar') return `none-${where}`;
  return `clock-${where}`;
}

async function record(out: string, split: string, filter: string): Promise<void> {
  const truth = readIndependentTruth(DIR);
  const rulebook = loadRulebook();
  const imp = await importOrderExport(readFileSync(join(DIR, truth.orders)), truth.orders, {
    offsetHours: rulebook.utcOffsetHours,
  });
  const ctx = { rulebook, today: truth.today, orders: imp.orders.map((o) => ({ id: o.id, jit: o.jit })) };
  const files = truth.files.filter((f) => f.split === split && f.file.includes(filter));
  // Warm: workers started and models loaded before the first timed file.
  if (files[0]) await checkLogistics(join(DIR, files[0].file), ctx);
  takeStageTimes();
  const records: Records = {};
  for (const f of files) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = await checkLogistics(join(DIR, f.file), ctx);
    const cpu = process.cpuUsage(c0);
    records[f.file] = {
      group: groupOf(f),
      findings: r.findings.map((x) => `${x.code}:${x.severity}`),
      label: r.regions?.find((x) => x.label?.startsWith('watermark'))?.label ?? '-',
      wallMs: Math.round(performance.now() - t0),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      stages: takeStageTimes(),
    };
  }
  writeFileSync(out, JSON.stringify(records, null, 1));
  console.log(`${files.length} files -> ${out}`);
  summary(records);
  await shutdownOcr();
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] ?? 0) + (s[s.length >> 1] ?? 0)) / 2 : 0;
};

/** Per group: files, median wall and CPU ms, and the mean ms per file of each stage (calls per file). */
function summary(records: Records): void {
  const groups = new Map<string, FileRecord[]>();
  for (const r of Object.values(records)) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  for (const [group, rs] of [...groups].sort()) {
    const wall = median(rs.map((r) => r.wallMs));
    const cpu = median(rs.map((r) => r.cpuMs));
    console.log(`${group}: ${rs.length} files, median wall ${wall} ms, cpu ${cpu} ms`);
    const names = [...new Set(rs.flatMap((r) => Object.keys(r.stages)))];
    const rows = names.map((n) => {
      const ms = rs.reduce((s, r) => s + (r.stages[n]?.ms ?? 0), 0) / rs.length;
      const calls = rs.reduce((s, r) => s + (r.stages[n]?.calls ?? 0), 0) / rs.length;
      const ran = rs.filter((r) => r.stages[n]).length;
      return { n, ms, calls, ran };
    });
    for (const { n, ms, calls, ran } of rows.sort((a, b) => b.ms - a.ms))
      console.log(`  ${n.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms/file  ${calls.toFixed(1)} calls/file  in ${ran}`);
  }
}

function compare(a: Records, b: Records): number {
  let differ = 0;
  for (const file of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = `${(a[file]?.findings ?? []).join(' ')} | ${a[file]?.label}`;
    const y = `${(b[file]?.findings ?? []).join(' ')} | ${b[file]?.label}`;
    if (x !== y) {
      differ++;
      console.log(`${file} (${a[file]?.group ?? b[file]?.group})\n  a: ${x}\n  b: ${y}`);
    }
  }
  console.log(`${differ} of ${Object.keys(a).length} files differ (findings or stamp label)`);
  console.log('a:');
  summary(a);
  console.log('b:');
  summary(b);
  return differ;
}

async function main(): Promise<void> {
  const [first = 'logistics-profile.json', second = 'calibration', third = ''] = process.argv.slice(2);
  if (first === '--compare') {
    const read = (p: string): Records => JSON.parse(readFileSync(p, 'utf8')) as Records;
    process.exitCode = compare(read(second), read(third)) > 0 ? 1 : 0;
    return;
  }
  await record(first, second, third);
}
void main();
