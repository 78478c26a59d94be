import { z } from 'zod';
import type { FileStatus, Finding } from '../findings';
import type { MaterialCheck } from './checks';
import { channel } from './define';

const id = z.string().regex(/^[a-z0-9]{6,40}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export type BundleExportResult = {
  /** The zip's path (always a string, as in the CLI contract); `written` says whether it exists. */
  out: string;
  /** False when the export was refused (errors remain without allowErrors). */
  written: boolean;
  status: FileStatus;
  files: MaterialCheck[];
  entries: string[];
  findings: Finding[];
  report: { json: string; pdf: string } | null;
  refused?: string;
  /** The materials checked during this export (no fresh stored result); every other one reused its stored result. */
  rechecked: string[];
};

/** IPC channels of the bundle feature: export the upload zip, suggest its name. */
export const bundleChannels = {
  /** `outPath` comes from the save dialog; `force` once the user confirmed replacing. */
  'bundle:export': channel(
    z.object({
      caseId: id,
      outPath: z.string().min(1).max(4096),
      allowErrors: z.boolean().optional(),
      force: z.boolean().optional(),
      today: isoDate.optional(),
      jobId: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/)
        .optional(),
    }),
    {} as BundleExportResult,
  ),
  'bundle:defaultName': channel(z.object({ caseId: id, today: isoDate.optional() }), {} as { name: string }),
} as const;
