import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../electron/services/store';
import { AppError } from '../../shared/errors';
import { tempDir } from '../helpers/tmp';

const CASE = {
  companyName: '杭州某某服饰有限公司',
  uscc: '91330100MA2XXXXXXX',
  legalRepresentative: '张三',
  exitReason: 'no-jit-orders-90d',
};

describe('CaseStore', () => {
  it('creates, lists, searches, updates, duplicates and archives cases', () => {
    const store = new CaseStore(tempDir());
    const a = store.createCase(CASE);
    const b = store.createCase({ ...CASE, companyName: '宁波乙贸易有限公司', legalRepresentative: '李四' });
    expect(a.id).toMatch(/^[a-z0-9]{10}$/);
    expect(
      store
        .listCases()
        .map((c) => c.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(store.listCases({ search: '宁波' }).map((c) => c.id)).toEqual([b.id]);
    expect(store.updateCase(a.id, { storeName: '某某旗舰店' }).storeName).toBe('某某旗舰店');
    const copy = store.duplicateCase(a.id);
    expect(copy.id).not.toBe(a.id);
    expect(copy.companyName).toBe(CASE.companyName);
    store.updateCase(b.id, { status: 'archived' });
    expect(store.listCases().map((c) => c.id)).not.toContain(b.id);
    expect(store.listCases({ includeArchived: true }).map((c) => c.id)).toContain(b.id);
    store.close();
  });

  it('rejects invalid case input with a readable AppError', () => {
    const store = new CaseStore(tempDir());
    expect(() => store.createCase({ ...CASE, companyName: '' })).toThrow(AppError);
    expect(() => store.createCase({ ...CASE, exitReason: 'bored' })).toThrow(/exitReason/);
    expect(() => store.getCase('nosuchcase')).toThrow(AppError);
    store.close();
  });

  it('copies materials content-addressed and never touches the original', async () => {
    const dir = tempDir();
    const store = new CaseStore(join(dir, 'data'));
    const c = store.createCase(CASE);
    const original = join(dir, 'scan.jpg');
    writeFileSync(original, Buffer.from('fake image bytes'));
    const before = statSync(original).mtimeMs;
    const m = await store.addMaterial(c.id, original, 'letter');
    expect(m.sha256).toBe(createHash('sha256').update('fake image bytes').digest('hex'));
    expect(m.storedPath).not.toBe(original);
    expect(readFileSync(m.storedPath, 'utf8')).toBe('fake image bytes');
    expect(statSync(original).mtimeMs).toBe(before);
    const again = await store.addMaterialBytes(c.id, '../../evil/拷贝.jpg', Buffer.from('fake image bytes'));
    expect(again.storedPath).toBe(m.storedPath);
    expect(again.originalName).toBe('拷贝.jpg');
    store.removeMaterial(m.id);
    expect(existsSync(again.storedPath)).toBe(true); // still referenced by the second material
    store.removeMaterial(again.id);
    expect(existsSync(again.storedPath)).toBe(false);
    expect(readdirSync(join(dir, 'data', 'blobs', 'tmp'))).toEqual([]);
    store.close();
  });

  it('keeps check runs, exports and per-case data', () => {
    const store = new CaseStore(tempDir());
    const c = store.createCase(CASE);
    store.recordCheckRun(c.id, null, 'V3.2', 'fail', [{ code: 'SEAL_MISSING', severity: 'error', message: 'x' }]);
    const runs = store.latestCheckRuns(c.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.findings[0]?.code).toBe('SEAL_MISSING');
    store.recordExport(c.id, '/tmp/x.zip', null, 'pass', false);
    expect(store.getCase(c.id).status).toBe('exported');
    store.setCaseData(c.id, 'k', { a: 1 });
    store.setCaseData(c.id, 'k', { a: 2 });
    expect(store.getCaseData(c.id, 'k')).toEqual({ a: 2 });
    expect(store.getCaseData(c.id, 'missing')).toBeNull();
    store.close();
  });

  it('survives reopening with the same data', () => {
    const dir = tempDir();
    const s1 = new CaseStore(dir);
    const c = s1.createCase(CASE);
    s1.close();
    const s2 = new CaseStore(dir);
    expect(s2.getCase(c.id).companyName).toBe(CASE.companyName);
    s2.close();
  });
});
