/** `jitkit check` without --set keeps month coverage to the set (bundle, materials view); with --set it reports it. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepSetFindings } from '../../electron/cli/commands/check';
import { checkFiles } from '../../electron/services/checks';
import type { Checker } from '../../electron/services/checks/types';
import { loadRulebook } from '../../electron/services/rulebook';

const dir = mkdtempSync(join(tmpdir(), 'jitkit-set-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One screenshot whose (stubbed) watermark is dated in October: November and September stay uncovered. */
const oneOctoberShot: Checker = (file) =>
  Promise.resolve({
    file,
    kind: 'logistics',
    status: 'pass',
    findings: [],
    regions: [{ x: 0, y: 0, width: 1, height: 1, label: 'watermark 2026-10-12 14:32:05' }],
  });

describe('LOGISTICS_MONTH_UNCOVERED belongs to the set', () => {
  it('is dropped from a one-file check unless --set', async () => {
    const file = join(dir, 'shot.png');
    writeFileSync(file, 'x');
    const result = await checkFiles([file], {
      as: 'logistics',
      today: '2026-11-25',
      rulebook: loadRulebook(),
      checkers: { logistics: oneOctoberShot },
    });
    const months = (r: typeof result): string[] =>
      r.setFindings.filter((f) => f.code === 'LOGISTICS_MONTH_UNCOVERED').map((f) => String(f.params?.month));
    expect(months(result)).toEqual(['2026-09', '2026-11']);
    expect(months(keepSetFindings(result, false))).toEqual([]);
    expect(months(keepSetFindings(result, true))).toEqual(['2026-09', '2026-11']);
  });
});
