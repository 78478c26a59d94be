import { z } from 'zod';
import {
  FINDING_CODES,
  type FileCheck,
  type FileStatus,
  type Finding,
  type MaterialKind,
  type Region,
} from '../findings';
import type { FindingReview } from '../reviews';
import { channel } from './define';

const id = z.string().regex(/^[a-z0-9]{6,40}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const kind = z.enum(['licence', 'letter', 'logistics', 'inventory', 'unknown']);
const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A material as the UI sees it (the store's copy path stays in main). */
export type MaterialInfo = {
  id: string;
  caseId: string;
  kind: MaterialKind;
  originalName: string;
  sha256: string;
  size: number;
  addedAt: string;
};
/** One file's check, named by the material's original name. */
export type MaterialCheck = FileCheck & { materialId: string };
/** A stored run; findings carry `reviewed` when the user confirmed them; regions for overlays. */
export type CheckRunInfo = {
  id: string;
  materialId: string | null;
  rulebookVersion: string;
  status: FileStatus;
  findings: Finding[];
  createdAt: string;
  regions?: Region[];
  imageSize?: { width: number; height: number };
};
export type ChecksRunResult = { jobId: string; files: MaterialCheck[]; findings: Finding[]; status: FileStatus };
/** `page`/`pages`: which page of a PDF this is, of how many (1 of 1 for an image). */
export type MaterialPreview = {
  mime: 'image/jpeg';
  data: Uint8Array;
  width: number;
  height: number;
  page: number;
  pages: number;
};

/** Upload limit for one dropped file (the checks refuse larger ones anyway). */
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** IPC channels of the checks feature: a case's materials, their checks, progress, cancel. */
export const checksChannels = {
  'materials:add': channel(
    z.object({
      caseId: id,
      name: z.string().min(1).max(1000),
      data: z.instanceof(Uint8Array).refine((d) => d.length <= MAX_UPLOAD_BYTES, 'file too large'),
      kind: kind.optional(),
    }),
    {} as MaterialInfo,
  ),
  'materials:list': channel(z.object({ caseId: id }), {} as MaterialInfo[]),
  'materials:remove': channel(z.object({ id }), {} as { removed: true }),
  'materials:setKind': channel(z.object({ id, kind }), {} as MaterialInfo),
  /** A JPEG of the material (a PDF's `page`, default 1), long side at most `maxSize` px. */
  'materials:preview': channel(
    z.object({
      id,
      maxSize: z.number().int().min(32).max(2048).optional(),
      page: z.number().int().min(1).max(500).optional(),
    }),
    {} as MaterialPreview,
  ),
  /** Checks the case's materials (or some); progress arrives as ProgressEvents with `jobId`. */
  'checks:run': channel(
    z.object({
      caseId: id,
      today: isoDate.optional(),
      materialIds: z.array(id).max(500).optional(),
      jobId: jobId.optional(),
    }),
    {} as ChecksRunResult,
  ),
  'checks:cancel': channel(z.object({ jobId }), {} as { cancelled: boolean }),
  /** "我已核对，无误": confirms a finding of a material (null: of the case); refused for findings nobody may dismiss. */
  'findings:review': channel(
    z.object({
      caseId: id,
      materialId: id.nullable(),
      code: z.enum(FINDING_CODES),
      note: z.string().max(500).optional(),
    }),
    {} as FindingReview,
  ),
  'findings:unreview': channel(
    z.object({ caseId: id, materialId: id.nullable(), code: z.enum(FINDING_CODES) }),
    {} as { undone: boolean },
  ),
  'findings:reviews': channel(z.object({ caseId: id }), {} as FindingReview[]),
  /** The newest check run of each material, plus the case-level run (missing materials). */
  'checks:latest': channel(z.object({ caseId: id }), {} as CheckRunInfo[]),
  /**
   * The materials whose stored result went stale (or is missing): other bytes, another day,
   * changed case names, a new order export, rulebook or checks version. The export re-checks
   * exactly these; the Materials screen re-checks them when it opens.
   */
  'checks:stale': channel(z.object({ caseId: id, today: isoDate.optional() }), {} as { materialIds: string[] }),
} as const;
