import { z } from 'zod';
import { channel } from './define';
import type { AfterExitView, CaseEvaluation, ImportSummary, LabelScanResult } from '../eligibility/api';
import {
  afterExitSchema,
  columnMappingSchema,
  eligibilityInputsSchema,
  type EligibilityInputs,
} from '../eligibility/inputs';

const caseId = z.string().regex(/^[a-z0-9]{6,40}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Order exports can be large (100,000 rows ≈ 10 MB as CSV): allow up to 64 MB. */
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
/** The inputs' result type (every field optional, so `{}` is one: annotated, not asserted). */
const inputsResult: EligibilityInputs = {};

/**
 * IPC channels of the eligibility feature. Results are plain JSON: each reason and warning
 * carries its message key + params (re-localise with t()) and its rulebook citation with
 * the rule text in both languages.
 */
export const eligibilityChannels = {
  'eligibility:getInputs': channel(z.object({ caseId }), inputsResult),
  'eligibility:saveInputs': channel(z.object({ caseId, inputs: eligibilityInputsSchema }), inputsResult),
  /**
   * Reads an export; with `needsMapping` true the UI shows the mapping step (headers,
   * `candidates` per field) and calls again with `mapping`. A complete mapping is
   * remembered for the case and the export kept for 'eligibility:evaluate'.
   * `purpose: 'reentry'` stores a later export for the after-exit re-entry progress.
   */
  'eligibility:importOrders': channel(
    z.object({
      caseId,
      name: z.string().min(1).max(260),
      data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_EXPORT_BYTES, 'file too large'),
      mapping: columnMappingSchema.optional(),
      sheet: z.string().max(200).optional(),
      purpose: z.enum(['precheck', 'reentry']).optional(),
    }),
    {} as ImportSummary,
  ),
  'eligibility:evaluate': channel(z.object({ caseId, today: isoDate.optional() }), {} as CaseEvaluation),
  'afterExit:get': channel(z.object({ caseId, today: isoDate.optional() }), {} as AfterExitView),
  'afterExit:save': channel(
    z.object({ caseId, input: afterExitSchema, today: isoDate.optional() }),
    {} as AfterExitView,
  ),
  /** Task 2 helper: OCR the dropped main images and list those still labelled "JIT发货" (progress events, stage 'labels'). */
  'afterExit:scanLabels': channel(
    z.object({
      caseId,
      images: z
        .array(
          z.object({
            name: z.string().min(1).max(260),
            data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= 50 * 1024 * 1024, 'image too large'),
          }),
        )
        .min(1)
        .max(2000),
      jobId: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/)
        .optional(),
    }),
    {} as LabelScanResult,
  ),
} as const;
