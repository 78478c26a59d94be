import { z } from 'zod';
import { channel } from './define';

const caseId = z.string().regex(/^[a-z0-9]{6,40}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const locale = z.enum(['zh-CN', 'en']);

export type GeneratedLetterResult = { pdf: Uint8Array; documentId: string; date: string };
export type SavedLetterResult = { path: string; documentId: string; date: string; bytes: number };

/** IPC channels of the letter feature: generate for preview, save where the user chose. */
export const letterChannels = {
  'letter:generate': channel(
    z.object({ caseId, signDate: isoDate.optional(), locale: locale.optional() }),
    {} as GeneratedLetterResult,
  ),
  /** `path` comes from the save dialog, which already asked about replacing a file. */
  'letter:save': channel(
    z.object({ caseId, path: z.string().min(1).max(4096), signDate: isoDate.optional(), locale: locale.optional() }),
    {} as SavedLetterResult,
  ),
} as const;
