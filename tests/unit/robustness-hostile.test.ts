import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures';
import { generateHostile, type HostileCase } from '../fixtures/hostile';
import { inBatches, runCliAsync, STACK_TRACE, type AsyncRun } from '../helpers/cli-async';
import { tempDir } from '../helpers/tmp';

/**
 * Issue 9: every hostile file through the real `jitkit` (built by `npm test`): the process
 * answers per the exit-code contract, never with a signal or a stack trace, and names the
 * file's specific finding code in zh-CN and in English.
 */
const dir = join(FIXTURES_DIR, 'hostile');
let manifest: HostileCase[] = [];
/** Files refused at load time: cheap to run through every path (no OCR). */
let refused: HostileCase[] = [];

type FindingJson = { code: string; severity: string; message: string };
type CheckJson = { files: { file: string; kind: string; status: string; findings: FindingJson[] }[] };

const CJK = /[\u4e00-\u9fff]/;

/** zh-CN messages are Chinese; English ones are English sentences (quoting a Chinese word is fine). */
function inLanguage(message: string, lang: 'zh-CN' | 'en'): boolean {
  const cjk = (message.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return lang === 'zh-CN' ? cjk > 0 : cjk < message.length / 5 && /\b[A-Za-z]{4,}\b.*\b[A-Za-z]{4,}\b/.test(message);
}

/**
 * The licence reader calls an executable or text file named .png/.pdf a lying extension
 * (FILE_TYPE_MISMATCH) rather than an unsupported format: both name the real problem.
 */
function accepted(expectCode: string): string[] {
  return expectCode === 'FILE_UNSUPPORTED_FORMAT' ? [expectCode, 'FILE_TYPE_MISMATCH'] : [expectCode];
}

function assertAnswered(r: AsyncRun, codes: number[]): void {
  expect(r.signal, r.stderr).toBeNull();
  expect(codes, `exit ${r.code}: ${r.stderr.slice(-500)}`).toContain(r.code);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stdout).not.toMatch(STACK_TRACE);
}

function findingsByFile(r: AsyncRun): Map<string, FindingJson[]> {
  const json = JSON.parse(r.stdout) as CheckJson;
  return new Map(json.files.map((f) => [f.file.split('/').pop() ?? f.file, f.findings]));
}

function expectCodes(r: AsyncRun, cases: HostileCase[], lang: 'zh-CN' | 'en'): void {
  const byFile = findingsByFile(r);
  for (const c of cases) {
    const findings = byFile.get(c.file) ?? [];
    const codes = findings.map((f) => f.code);
    expect(`${c.file}: ${codes.some((code) => accepted(c.expect).includes(code)) ? 'named' : codes.join(',')}`).toBe(
      `${c.file}: named`,
    );
    for (const f of findings) {
      expect(f.message.length, `${c.file} ${f.code}`).toBeGreaterThan(10);
      expect(inLanguage(f.message, lang), `${lang} ${c.file} ${f.code}: ${f.message}`).toBe(true);
    }
  }
}

const paths = (cases: HostileCase[]) => cases.map((c) => join(dir, c.file));

beforeAll(async () => {
  await generateHostile(dir);
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as HostileCase[];
  refused = manifest.filter((c) => c.expect !== 'OK' && c.expect !== 'FILE_TYPE_MISMATCH');
});

describe('hostile files through `jitkit check`', () => {
  it('detects nothing it should not and names each problem, in zh-CN and in English', async () => {
    const env = { JITKIT_DATA_DIR: tempDir() };
    const mislabelled = manifest.filter((c) => c.expect === 'FILE_TYPE_MISMATCH');
    const cases = [...refused, ...mislabelled];
    const [zh, en] = await Promise.all([
      runCliAsync(['check', ...paths(cases), '--json'], env),
      runCliAsync(['check', ...paths(cases), '--json', '--lang', 'en'], env),
    ]);
    for (const r of [zh, en]) assertAnswered(r, [1]);
    expectCodes(zh, cases, 'zh-CN');
    expectCodes(en, cases, 'en');
  }, 120_000);

  it('keeps the specific code when the kind is forced with --as (the 500-page PDF included)', async () => {
    const env = { JITKIT_DATA_DIR: tempDir() };
    const kinds = ['licence', 'letter', 'logistics', 'inventory'];
    const cases = [...refused, ...manifest.filter((c) => c.expect === 'FILE_TYPE_MISMATCH')];
    const runs = await inBatches(kinds, 2, (kind) =>
      runCliAsync(['check', ...paths(cases), '--as', kind, '--json', '--lang', 'en'], env),
    );
    for (const [i, r] of runs.entries()) {
      assertAnswered(r, [1]);
      const json = JSON.parse(r.stdout) as CheckJson;
      expect(json.files.every((f) => f.kind === kinds[i])).toBe(true);
      expect(
        json.files.filter((f) => refused.some((c) => f.file.endsWith(c.file))).every((f) => f.status === 'fail'),
      ).toBe(true);
      expectCodes(r, cases, 'en');
    }
  }, 120_000);
});

describe('hostile files through `jitkit licence`', () => {
  it('exits 2 with the specific code for each kind of unusable input', async () => {
    const env = { JITKIT_DATA_DIR: tempDir() };
    // One file per distinct code keeps this to a handful of processes.
    const oneEach = [...new Map(refused.map((c) => [c.expect, c])).values()];
    const runs = await inBatches(oneEach, 2, (c) => runCliAsync(['licence', join(dir, c.file), '--json'], env));
    for (const [i, r] of runs.entries()) {
      const c = oneEach[i]!;
      assertAnswered(r, [2]);
      const reading = JSON.parse(r.stdout) as {
        file: string;
        fields: Record<string, unknown>;
        findings: FindingJson[];
      };
      expect(reading.fields).toEqual({ companyName: null, uscc: null, legalRepresentative: null });
      expect(
        reading.findings.map((f) => f.code).some((code) => accepted(c.expect).includes(code)),
        `${c.file}: ${r.stdout}`,
      ).toBe(true);
      // The reason is also on stderr for a user who did not ask for JSON.
      expect(r.stderr).toMatch(CJK);
    }
  }, 120_000);
});
