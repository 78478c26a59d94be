import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../fixtures';
import type { LicenceManifest } from '../fixtures/licences';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

/** `jitkit licence <file> --json` as a user runs it (the built CLI, real OCR). */
const DIR = join(FIXTURES_DIR, 'licences');
const manifest = (): LicenceManifest => JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as LicenceManifest;
const env = (): Record<string, string> => ({ JITKIT_DATA_DIR: join(tempDir(), 'data') });

type LicenceJson = {
  file: string;
  fields: Record<string, string | null>;
  usccValid: boolean;
  findings: { code: string; severity: string; message: string }[];
};

describe('jitkit licence', () => {
  it('prints the contract shape and exits 0 for a licence read completely', () => {
    const fixture = manifest().licences.find((l) => l.split === 'calibration' && l.format === 'jpeg');
    if (!fixture) throw new Error('no fixture');
    const file = join(DIR, fixture.file);
    const r = runCli(['licence', file, '--json'], env());
    const out = r.json() as LicenceJson;
    expect(out.file).toBe(file);
    expect(out.fields).toEqual({
      companyName: fixture.truth.companyName,
      uscc: fixture.truth.uscc,
      legalRepresentative: fixture.truth.legalRepresentative,
    });
    expect(out.usccValid).toBe(true);
    expect(out.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('exits 1 with LICENCE_FIELD_MISSING for an image that is not a licence', () => {
    const r = runCli(['licence', join(DIR, manifest().bad.notALicence), '--json'], env());
    expect(r.code).toBe(1);
    expect((r.json() as LicenceJson).findings.map((f) => f.code)).toEqual(['LICENCE_FIELD_MISSING']);
  });

  it.each([
    ['empty', 'FILE_UNREADABLE'],
    ['heic', 'FILE_UNSUPPORTED_FORMAT'],
    ['textAsJpeg', 'FILE_TYPE_MISMATCH'],
  ] as const)('exits 2 for %s input with %s in JSON and a message on stderr', (name, code) => {
    const r = runCli(['licence', join(DIR, manifest().bad[name]), '--json'], env());
    expect(r.code).toBe(2);
    const out = r.json() as LicenceJson;
    expect(out.findings.map((f) => f.code)).toEqual([code]);
    expect(r.stderr).toContain(out.findings[0]?.message ?? '???');
  });

  it('exits 2 for a missing file', () => {
    const r = runCli(['licence', join(DIR, 'nope.jpg'), '--json'], env());
    expect(r.code).toBe(2);
    expect(r.json()).toMatchObject({ error: { code: 'FILE_NOT_FOUND' } });
  });
});
