import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const CASE = {
  companyName: '杭州某某服饰有限公司',
  uscc: '91330100MA2XXXXXXX',
  legalRepresentative: '张三',
  storeName: '某某旗舰店',
  storeId: '1234567',
  exitReason: 'no-jit-orders-90d',
};

describe('jitkit command line', () => {
  it('prints help and version with exit 0', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const cmd of ['case', 'licence', 'check', 'letter', 'bundle', 'batch', 'eligibility'])
      expect(help.stdout).toContain(cmd);
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('creates a case from a case file and shows it as one JSON document', () => {
    const dir = tempDir();
    const file = join(dir, 'case.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(CASE)}`);
    const env = { JITKIT_DATA_DIR: join(dir, 'data') };
    const created = runCli(['case', 'create', '--from', file, '--json'], env);
    expect(created.code).toBe(0);
    const c = created.json() as { id: string; companyName: string };
    expect(c.companyName).toBe(CASE.companyName);
    const shown = runCli(['case', 'show', c.id, '--json'], env);
    expect(shown.code).toBe(0);
    expect(shown.json()).toMatchObject({ id: c.id, materials: [], lastCheckRun: null });
    const listed = runCli(['case', 'list', '--json'], env);
    expect((listed.json() as { cases: { id: string }[] }).cases.map((x) => x.id)).toEqual([c.id]);
  });

  it('creates a case from flags, with --data-dir taking precedence over the environment', () => {
    const dir = tempDir();
    const args = [
      '--data-dir',
      join(dir, 'a'),
      'case',
      'create',
      '--company',
      '宁波乙贸易有限公司',
      '--uscc',
      '91330200MA2YYYYYYY',
      '--legal-rep',
      '李四',
      '--json',
    ];
    const r = runCli(args, { JITKIT_DATA_DIR: join(dir, 'b') });
    expect(r.code).toBe(0);
    expect(runCli(['--data-dir', join(dir, 'a'), 'case', 'list', '--json']).stdout).toContain('宁波乙贸易有限公司');
    expect(runCli(['--data-dir', join(dir, 'b'), 'case', 'list', '--json']).stdout).not.toContain('宁波乙贸易有限公司');
  });

  it.each([
    [['--bogus'], /unknown option/],
    [['case', 'show'], /missing required argument/],
    [['nosuchcommand'], /unknown command/],
  ])('exits 2 on usage error %j', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 2 with a clear message for a missing case file, malformed JSON and invalid fields', () => {
    const dir = tempDir();
    const env = { JITKIT_DATA_DIR: join(dir, 'data') };
    const missing = runCli(['case', 'create', '--from', join(dir, 'nope.json'), '--json'], env);
    expect(missing.code).toBe(2);
    expect(missing.json()).toMatchObject({ error: { code: 'FILE_NOT_FOUND' } });
    writeFileSync(join(dir, 'bad.json'), '{ "companyName": ');
    const bad = runCli(['case', 'create', '--from', join(dir, 'bad.json')], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('不是有效的 JSON');
    writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ ...CASE, exitReason: 'tired' }));
    const invalid = runCli(['case', 'create', '--from', join(dir, 'invalid.json'), '--json', '--lang', 'en'], env);
    expect(invalid.code).toBe(2);
    expect((invalid.json() as { error: { message: string } }).error.message).toMatch(/exitReason/);
  });

  it('exits 2 when the data folder cannot be written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const r = runCli(['--data-dir', join(dir, 'file', 'sub'), 'case', 'list', '--json']);
    expect(r.code).toBe(2);
    expect(r.json()).toMatchObject({ error: { code: 'DATA_DIR_UNWRITABLE' } });
  });

  it('answers in English with --lang en', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'data'));
    const r = runCli(['--lang', 'en', 'case', 'show', 'zzzzzzzz'], { JITKIT_DATA_DIR: join(dir, 'data') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No such case');
  });
});
