import { z } from 'zod';

export const EXIT_REASONS = ['no-jit-orders-90d', 'category-removed', 'force-majeure'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];
export const CASE_STATUSES = ['draft', 'ready', 'exported', 'archived'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const trimmed = z.string().trim();

/** The case file of docs/cli.md; unknown keys are ignored. */
export const caseInputSchema = z.object({
  companyName: trimmed.min(1).max(200),
  uscc: trimmed.toUpperCase().max(18),
  legalRepresentative: trimmed.min(1).max(60),
  storeName: trimmed.max(200).optional(),
  storeId: trimmed.max(100).optional(),
  exitReason: z.enum(EXIT_REASONS).optional(),
  signDate: isoDate.optional(),
});
export type CaseInput = z.infer<typeof caseInputSchema>;

export type CaseRecord = CaseInput & {
  id: string;
  status: CaseStatus;
  createdAt: string;
  updatedAt: string;
};

export const casePatchSchema = caseInputSchema.partial().extend({ status: z.enum(CASE_STATUSES).optional() });
export type CasePatch = z.infer<typeof casePatchSchema>;

/** Turns zod issues into one readable line: "uscc: Too long; companyName: Required". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}
