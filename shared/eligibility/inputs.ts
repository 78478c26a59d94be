import { z } from 'zod';

/**
 * What the seller tells the app per case (case_data 'eligibility-inputs'): the hard
 * indicators the platform's pre-check reads, risk context, and manual figures for sellers
 * who have no order export. Every field is optional: a missing one makes its check
 * "unknown" (not a pass), so the app never says "go" on data it does not have.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const count = z.number().int().min(0);

export const eligibilityInputsSchema = z.object({
  openExceptionTickets: count.optional(),
  unreconciledTransfers: count.optional(),
  stockCleared: z.boolean().optional(),
  dailyOrders: z.number().min(0).optional(),
  integratedWarehousing: z.boolean().optional(),
  targetMarkets: z.array(z.string().trim().toUpperCase().min(2).max(3)).max(250).optional(),
  mainCategory: z.string().trim().max(200).optional(),
  /** Force majeure: consecutive fulfilment failures on record. */
  consecutiveFailures: count.optional(),
  /** Category removed: the seller holds the category-list change notice. */
  categoryRemovalNotice: z.boolean().optional(),
  plannedApplicationDate: isoDate.optional(),
  /** Used only when no order export is imported. */
  manualFulfilmentRate: z.number().min(0).max(100).optional(),
  manualLateJitOrders30d: count.optional(),
  manualLastJitOrderDate: isoDate.optional(),
});
export type EligibilityInputs = z.infer<typeof eligibilityInputsSchema>;

/** The after-exit plan per case (case_data 'after-exit'). */
export const afterExitSchema = z.object({
  /** When the exit was approved, as typed: '2026-11-20 14:00' is China time; ISO with a zone is honoured. */
  approvalTime: z.string().trim().max(40).optional(),
  exitEffectiveDate: isoDate.optional(),
  /** Task id → when it was marked done (ISO), or null/absent while open. */
  tasksDone: z.record(z.string(), z.string().nullable()).optional(),
  boxes: count.optional(),
  /** Defaults to the rulebook's bondedStorageYuanPerBoxDay; the seller's contract may differ. */
  yuanPerBoxDay: z.number().min(0).max(10_000).optional(),
  moveOutDoneDate: isoDate.optional(),
});
export type AfterExitInput = z.infer<typeof afterExitSchema>;

/** Order-export fields the import maps columns to. */
export const ORDER_FIELDS = ['orderId', 'jit', 'orderTime', 'deadline', 'pickup', 'status'] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];
/** Without these the rules cannot be computed; order time and status are optional. */
export const REQUIRED_ORDER_FIELDS: readonly OrderField[] = ['orderId', 'jit', 'deadline', 'pickup'];

/** Field → the header text of the column it is read from (null: not mapped). */
export type ColumnMapping = Record<OrderField, string | null>;
export const columnMappingSchema = z.object(
  Object.fromEntries(ORDER_FIELDS.map((f) => [f, z.string().max(200).nullable().optional()])) as Record<
    OrderField,
    z.ZodOptional<z.ZodNullable<z.ZodString>>
  >,
);
