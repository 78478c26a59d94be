import { z } from 'zod';
import type { CaseRecord } from '../case';
import type { LicenceReading } from '../licence';
import { channel } from './define';

const id = z.string().regex(/^[a-z0-9]{6,40}$/);
/** Licence photos are a few MB; refuse absurd payloads before they reach the decoder. */
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/**
 * `licence:read` takes either a material already stored with a case (the normal path: the
 * reading is also kept with the case) or raw bytes (read before any case exists, e.g. to
 * pre-fill the new-case form). `jobId` tags the progress events.
 */
export const licenceReadArgs = z.union([
  z.object({ caseId: id, materialId: id, jobId: z.string().max(80).optional() }),
  z.object({
    name: z.string().min(1).max(255),
    data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_UPLOAD_BYTES, 'file too large'),
    jobId: z.string().max(80).optional(),
  }),
]);

/** The fields the user confirmed (possibly edited) after reading, copied into the case. */
export const licenceApplyArgs = z.object({
  caseId: id,
  fields: z.object({
    companyName: z.string().trim().min(1).max(200).optional(),
    uscc: z.string().trim().toUpperCase().max(18).optional(),
    legalRepresentative: z.string().trim().min(1).max(60).optional(),
  }),
});

/** IPC channels of the licence feature (owned by that feature). */
export const licenceChannels = {
  'licence:read': channel(licenceReadArgs, {} as LicenceReading),
  'licence:apply': channel(licenceApplyArgs, {} as CaseRecord),
} as const;
