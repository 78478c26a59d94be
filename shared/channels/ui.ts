import { z } from 'zod';
import { channel } from './define';

const caseId = z.string().regex(/^[a-z0-9]{6,40}$/);

/** `canChoose`: a native save dialog is available (the desktop app; not the browser bridge). */
export type ExportTarget = { path: string; dir: string; name: string; canChoose: boolean };

/**
 * Desktop-workflow helpers with no other owner: where an export goes by default (the
 * user's Downloads folder, the contract's file name) and showing a saved file's folder.
 */
export const uiChannels = {
  'ui:exportTarget': channel(
    z.object({
      caseId,
      today: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    }),
    {} as ExportTarget,
  ),
  /** Only a zip this case exported can be revealed: the renderer cannot open arbitrary folders. */
  /** The desktop app's native save dialog; null when the user cancels. */
  'ui:chooseSavePath': channel(z.object({ defaultPath: z.string().min(1).max(4096) }), {} as { path: string | null }),
  'ui:revealPath': channel(z.object({ caseId, path: z.string().min(1).max(4096) }), {} as { opened: boolean }),
} as const;
