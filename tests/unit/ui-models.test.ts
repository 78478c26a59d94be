import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBridge, encodeBridge } from '../e2e/bridge-codec';
import { usccState } from '../../renderer/src/lib-uscc';
import { checksByMaterial, effectiveKind, type Material } from '../../renderer/src/screens/materials/materials-model';
import { buildChecklist, countErrors } from '../../renderer/src/screens/review/review-model';
import { parseRulebook } from '../../electron/services/rulebook';
import { t } from '../../shared/i18n';
import type { CaseRecord } from '../../shared/case';
import type { FileCheck } from '../../shared/findings';

const book = parseRulebook(readFileSync(join(import.meta.dirname, '../../resources/rulebook.json'), 'utf8'));
const baseCase: CaseRecord = {
  id: 'abcdef1234',
  companyName: '杭州晨曦服饰有限公司',
  uscc: '91330106MA2H3K8X1P',
  legalRepresentative: '王晓明',
  status: 'draft',
  createdAt: '',
  updatedAt: '',
};

describe('bridge codec', () => {
  it('round-trips bytes nested anywhere in a payload, including large ones', () => {
    const big = new Uint8Array(300_000).map((_, i) => (i * 31) % 256);
    const out = decodeBridge(encodeBridge({ a: { data: big }, list: [new Uint8Array([0, 255])], s: 'x' })) as {
      a: { data: Uint8Array };
      list: Uint8Array[];
      s: string;
    };
    expect(out.a.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(out.a.data).equals(Buffer.from(big))).toBe(true);
    expect([...out.list[0]!]).toEqual([0, 255]);
    expect(out.s).toBe('x');
  });
});

describe('USCC as you type', () => {
  it('tells incomplete, invalid characters, wrong check digit and valid apart', () => {
    expect(usccState('')).toBe('empty');
    expect(usccState('9133')).toBe('incomplete');
    expect(usccState('9133O')).toBe('invalid'); // O is not in the charset
    expect(usccState('91330106MA2H3K8X1P')).toBe('invalid'); // check character wrong
    expect(usccState('91350100M000100Y43')).toBe('valid');
  });
});

function materials(list: Pick<Material, 'id' | 'kind' | 'originalName' | 'size'>[]): Material[] {
  return list.map((m) => ({ ...m, caseId: 'abcdef1234', sha256: '', addedAt: '' }));
}

describe('materials model', () => {
  it('maps a checks:run result to materials by id and groups by detected kind', () => {
    const mats = materials([
      { id: 'm1', kind: 'unknown', originalName: 'a.jpg', size: 1 },
      { id: 'm2', kind: 'inventory', originalName: 'b.pdf', size: 2 },
    ]);
    const run = {
      files: [{ materialId: 'm1', file: 'a.jpg', kind: 'letter' as const, status: 'pass' as const, findings: [] }],
    };
    const checks = checksByMaterial(run.files);
    expect([...checks.keys()]).toEqual(['m1']);
    expect(effectiveKind(mats[0]!, checks.get('m1'))).toBe('letter');
    expect(effectiveKind(mats[1]!, undefined)).toBe('inventory');
  });
});

describe('review checklist', () => {
  const x = { t, locale: 'zh-CN' as const, message: (f: { message: string }) => f.message };

  it('fails a missing material and a bad USCC, passes what is present and clean', () => {
    const mats = materials([{ id: 'm1', kind: 'letter', originalName: 'scan.jpg', size: 1 }]);
    const checks = new Map<string, FileCheck>([
      ['m1', { file: 'scan.jpg', kind: 'letter', status: 'pass', findings: [] }],
    ]);
    const items = buildChecklist(baseCase, book, mats, checks, true, x);
    const status = Object.fromEntries(items.map((i) => [i.id, i.status]));
    expect(status).toEqual({
      eligibility: 'pass',
      licence: 'fail',
      letter: 'pass',
      logistics: 'fail',
      inventory: 'fail',
    });
    expect(countErrors(items)).toBe(3);
    expect(items.find((i) => i.id === 'logistics')?.details).toEqual([t('ui.review.missing')]);
  });

  it('carries a failing file finding into its requirement', () => {
    const mats = materials([{ id: 'm2', kind: 'inventory', originalName: 'stock.pdf', size: 1 }]);
    const finding = { code: 'INVENTORY_NOT_ZERO' as const, severity: 'error' as const, message: '库存不为零' };
    const checks = new Map<string, FileCheck>([
      ['m2', { file: 'stock.pdf', kind: 'inventory', status: 'fail', findings: [finding] }],
    ]);
    const inventory = buildChecklist({ ...baseCase, uscc: '91350100M000100Y43' }, book, mats, checks, null, x).find(
      (i) => i.id === 'inventory',
    );
    expect(inventory?.status).toBe('fail');
    expect(inventory?.details).toEqual(['stock.pdf：库存不为零']);
  });
});
