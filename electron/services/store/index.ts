import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import {
  caseInputSchema,
  casePatchSchema,
  describeIssues,
  type CaseInput,
  type CasePatch,
  type CaseRecord,
} from '../../../shared/case';
import type { FileStatus, Finding, FindingCode, MaterialKind } from '../../../shared/findings';
import type { FindingReview } from '../../../shared/reviews';
import { AppError } from '../../../shared/errors';
import { BlobStore } from './blobs';
import { openDatabase } from './db';
import {
  caseFromRow,
  checkRunFromRow,
  materialFromRow,
  type CaseRow,
  type CheckRunRecord,
  type CheckOverlay,
  type CheckRunRow,
  type MaterialRecord,
  type ReviewRow,
  type MaterialRow,
} from './rows';
import { sanitizeFileName } from '../../../shared/file-names';

export type { MaterialRecord, CheckRunRecord, CheckOverlay } from './rows';

const nowIso = () => new Date().toISOString();
/** Short ids a person can type: 10 chars of lowercase base32. */
export const newId = (): string =>
  Array.from(randomBytes(10), (b) => 'abcdefghijkmnpqrstuvwxyz23456789'[b & 31]).join('');

/**
 * The case store: one SQLite file plus content-addressed copies of the user's files.
 * Every write is a transaction; a crash leaves the previous consistent state.
 */
export class CaseStore {
  readonly db: Database.Database;
  readonly blobs: BlobStore;

  constructor(readonly dataDir: string) {
    this.db = openDatabase(dataDir);
    this.blobs = new BlobStore(join(dataDir, 'blobs'));
    this.collectGarbage();
  }

  close(): void {
    this.db.close();
  }

  /** Drops staging files of crashed imports and unreferenced copies, under the write lock. */
  collectGarbage(): string[] {
    const referenced = this.db.prepare('SELECT 1 FROM materials WHERE sha256 = ? LIMIT 1');
    let removed: string[] = [];
    this.db
      .transaction(() => {
        removed = this.blobs.collectGarbage((sha) => referenced.get(sha) !== undefined).removed;
      })
      .immediate();
    return removed;
  }

  createCase(input: unknown): CaseRecord {
    const parsed = caseInputSchema.safeParse(input);
    if (!parsed.success)
      throw new AppError('CASE_INVALID', 'error.invalidInput', { detail: describeIssues(parsed.error) });
    const c: CaseInput = parsed.data;
    const id = newId();
    const ts = nowIso();
    this.db
      .prepare(
        `INSERT INTO cases (id, company_name, uscc, legal_representative, store_name, store_id, exit_reason, sign_date, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
      )
      .run(
        id,
        c.companyName,
        c.uscc,
        c.legalRepresentative,
        c.storeName ?? null,
        c.storeId ?? null,
        c.exitReason ?? null,
        c.signDate ?? null,
        ts,
        ts,
      );
    return this.getCase(id);
  }

  getCase(id: string): CaseRecord {
    const row = this.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
    if (!row) throw new AppError('CASE_NOT_FOUND', 'error.caseNotFound', { id });
    return caseFromRow(row);
  }

  findCase(id: string): CaseRecord | null {
    const row = this.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
    return row ? caseFromRow(row) : null;
  }

  listCases(options: { includeArchived?: boolean; search?: string } = {}): CaseRecord[] {
    const rows = this.db.prepare('SELECT * FROM cases ORDER BY updated_at DESC').all() as CaseRow[];
    const q = options.search?.trim().toLowerCase();
    return rows
      .map(caseFromRow)
      .filter((c) => options.includeArchived || c.status !== 'archived')
      .filter(
        (c) =>
          !q ||
          [c.companyName, c.uscc, c.legalRepresentative, c.storeName ?? '', c.storeId ?? '', c.id].some((v) =>
            v.toLowerCase().includes(q),
          ),
      );
  }

  updateCase(id: string, patch: unknown): CaseRecord {
    const parsed = casePatchSchema.safeParse(patch);
    if (!parsed.success)
      throw new AppError('CASE_INVALID', 'error.invalidInput', { detail: describeIssues(parsed.error) });
    const merged = { ...this.getCase(id), ...parsed.data } as CaseRecord & CasePatch;
    this.db
      .prepare(
        `UPDATE cases SET company_name = ?, uscc = ?, legal_representative = ?, store_name = ?, store_id = ?, exit_reason = ?,
         sign_date = ?, status = ?, updated_at = ?, archived_at = CASE WHEN ? = 'archived' THEN COALESCE(archived_at, ?) ELSE NULL END WHERE id = ?`,
      )
      .run(
        merged.companyName,
        merged.uscc,
        merged.legalRepresentative,
        merged.storeName ?? null,
        merged.storeId ?? null,
        merged.exitReason ?? null,
        merged.signDate ?? null,
        merged.status,
        nowIso(),
        merged.status,
        nowIso(),
        id,
      );
    return this.getCase(id);
  }

  /** A new draft with the same identity fields (service providers reuse a seller's data). */
  duplicateCase(id: string): CaseRecord {
    const { id: _id, status: _s, createdAt: _c, updatedAt: _u, ...fields } = this.getCase(id);
    return this.createCase(fields);
  }

  /** Copies a user's file into the store and records it; the original is only read. */
  async addMaterial(
    caseId: string,
    sourcePath: string,
    kind: MaterialKind = 'unknown',
    originalName?: string,
  ): Promise<MaterialRecord> {
    this.getCase(caseId);
    if (!existsSync(sourcePath) || !statSync(sourcePath).isFile())
      throw new AppError('FILE_NOT_FOUND', 'error.fileNotFound', { file: sourcePath });
    const staged = await this.blobs.stage(sourcePath);
    const id = newId();
    const name = sanitizeFileName(originalName ?? basename(sourcePath));
    try {
      this.db
        .transaction(() => {
          const stored = this.blobs.commit(staged.tmp, staged.sha256);
          this.db
            .prepare(
              'INSERT INTO materials (id, case_id, kind, original_name, sha256, size, stored_path, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            )
            .run(id, caseId, kind, name, staged.sha256, staged.size, stored, nowIso());
          this.touch(caseId);
        })
        .immediate();
    } catch (e) {
      this.blobs.discard(staged.tmp);
      throw e;
    }
    return this.getMaterial(id);
  }

  /** Same as addMaterial for bytes that arrive without a path (drag-and-drop in the UI). */
  async addMaterialBytes(
    caseId: string,
    name: string,
    bytes: Uint8Array,
    kind: MaterialKind = 'unknown',
  ): Promise<MaterialRecord> {
    const dir = mkdtempSync(join(this.blobs.root, 'tmp', `${process.pid}-in`));
    const file = join(dir, 'upload');
    try {
      writeFileSync(file, bytes);
      return await this.addMaterial(caseId, file, kind, name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  getMaterial(id: string): MaterialRecord {
    const row = this.db.prepare('SELECT * FROM materials WHERE id = ?').get(id) as MaterialRow | undefined;
    if (!row) throw new AppError('MATERIAL_NOT_FOUND', 'error.invalidInput', { detail: `material ${id}` });
    return materialFromRow(row);
  }

  listMaterials(caseId: string): MaterialRecord[] {
    return (
      this.db.prepare('SELECT * FROM materials WHERE case_id = ? ORDER BY added_at, id').all(caseId) as MaterialRow[]
    ).map(materialFromRow);
  }

  setMaterialKind(id: string, kind: MaterialKind): MaterialRecord {
    const m = this.getMaterial(id);
    this.db.transaction(() => {
      this.db.prepare('UPDATE materials SET kind = ? WHERE id = ?').run(kind, id);
      this.touch(m.caseId);
    })();
    return this.getMaterial(id);
  }

  /** Forgets a material; its copy is removed when no other material shares its bytes. */
  removeMaterial(id: string): void {
    const m = this.getMaterial(id);
    this.db
      .transaction(() => {
        this.db.prepare('DELETE FROM materials WHERE id = ?').run(id);
        this.touch(m.caseId);
      })
      .immediate();
    this.collectGarbage();
  }

  /** `overlay`: the regions found and the image size they refer to, so overlays need no re-check; the file hash and checker key. */
  recordCheckRun(
    caseId: string,
    materialId: string | null,
    rulebookVersion: string,
    status: FileStatus,
    findings: Finding[],
    overlay: CheckOverlay = {},
  ): CheckRunRecord {
    const id = newId();
    this.db
      .transaction(() => {
        this.db
          .prepare(
            `INSERT INTO check_runs (id, case_id, material_id, rulebook_version, status, findings_json, created_at, regions_json, image_size_json, content_sha256, checker_key)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            id,
            caseId,
            materialId,
            rulebookVersion,
            status,
            JSON.stringify(findings),
            nowIso(),
            overlay.regions ? JSON.stringify(overlay.regions) : null,
            overlay.imageSize ? JSON.stringify(overlay.imageSize) : null,
            overlay.contentSha256 ?? null,
            overlay.checkerKey ?? null,
          );
        this.touch(caseId);
      })
      .immediate();
    return checkRunFromRow(this.db.prepare('SELECT * FROM check_runs WHERE id = ?').get(id) as CheckRunRow);
  }

  /** The newest check run of each material of the case (and case-level runs, material null). */
  latestCheckRuns(caseId: string): CheckRunRecord[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM check_runs r WHERE case_id = ? AND created_at = (
           SELECT MAX(created_at) FROM check_runs r2 WHERE r2.case_id = r.case_id AND r2.material_id IS r.material_id)
         ORDER BY created_at`,
      )
      .all(caseId) as CheckRunRow[];
    return rows.map(checkRunFromRow);
  }

  /** The findings the user confirmed in this case ("我已核对，无误"). */
  listReviews(caseId: string): FindingReview[] {
    const rows = this.db
      .prepare('SELECT * FROM finding_reviews WHERE case_id = ? ORDER BY reviewed_at')
      .all(caseId) as ReviewRow[];
    return rows.map((r) => ({
      materialId: r.material_id,
      code: r.code as FindingCode,
      note: r.note,
      reviewedAt: r.reviewed_at,
    }));
  }

  /** Confirms (or re-confirms, with a new note) a finding of a material or of the case. */
  reviewFinding(caseId: string, materialId: string | null, code: FindingCode, note = ''): FindingReview {
    this.getCase(caseId);
    if (materialId) this.getMaterial(materialId);
    const at = nowIso();
    this.db
      .transaction(() => {
        this.db
          .prepare(
            "DELETE FROM finding_reviews WHERE case_id = ? AND IFNULL(material_id, '') = IFNULL(?, '') AND code = ?",
          )
          .run(caseId, materialId, code);
        this.db
          .prepare(
            'INSERT INTO finding_reviews (id, case_id, material_id, code, note, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(newId(), caseId, materialId, code, note, at);
        this.touch(caseId);
      })
      .immediate();
    return { materialId, code, note, reviewedAt: at };
  }

  /** Undoes a confirmation: the finding blocks again. */
  unreviewFinding(caseId: string, materialId: string | null, code: FindingCode): boolean {
    const r = this.db
      .prepare("DELETE FROM finding_reviews WHERE case_id = ? AND IFNULL(material_id, '') = IFNULL(?, '') AND code = ?")
      .run(caseId, materialId, code);
    if (r.changes > 0) this.touch(caseId);
    return r.changes > 0;
  }

  recordExport(caseId: string, path: string, sha256: string | null, status: FileStatus, allowErrors: boolean): string {
    const id = newId();
    this.db
      .transaction(() => {
        this.db
          .prepare(
            'INSERT INTO exports (id, case_id, path, sha256, status, allow_errors, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          )
          .run(id, caseId, path, sha256, status, allowErrors ? 1 : 0, nowIso());
        this.db.prepare("UPDATE cases SET status = 'exported', updated_at = ? WHERE id = ?").run(nowIso(), caseId);
      })
      .immediate();
    return id;
  }

  listExports(
    caseId: string,
  ): { id: string; path: string; sha256: string | null; status: string; allowErrors: boolean; createdAt: string }[] {
    const rows = this.db.prepare('SELECT * FROM exports WHERE case_id = ? ORDER BY created_at').all(caseId) as {
      id: string;
      path: string;
      sha256: string | null;
      status: string;
      allow_errors: number;
      created_at: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      path: r.path,
      sha256: r.sha256,
      status: r.status,
      allowErrors: r.allow_errors === 1,
      createdAt: r.created_at,
    }));
  }

  /** Feature-owned JSON documents per case (order mapping, eligibility inputs, after-exit plan). */
  getCaseData<T>(caseId: string, key: string): T | null {
    const row = this.db.prepare('SELECT json FROM case_data WHERE case_id = ? AND key = ?').get(caseId, key) as
      { json: string } | undefined;
    return row ? (JSON.parse(row.json) as T) : null;
  }

  setCaseData(caseId: string, key: string, value: unknown): void {
    this.getCase(caseId);
    this.db
      .transaction(() => {
        this.db
          .prepare(
            'INSERT INTO case_data (case_id, key, json, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(case_id, key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at',
          )
          .run(caseId, key, JSON.stringify(value), nowIso());
        this.touch(caseId);
      })
      .immediate();
  }

  private touch(caseId: string): void {
    this.db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(nowIso(), caseId);
  }
}
