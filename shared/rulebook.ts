import { z } from 'zod';
import type { Params } from './i18n';

const localized = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
const thresholdSchema = z.object({ value: z.number(), unit: z.string(), source: z.string(), text: localized });
const textEntry = z.object({ id: z.string(), source: z.string(), text: localized });

export const THRESHOLD_KEYS = [
  'fulfilmentRate30dMin',
  'fulfilmentWindowDays',
  'noJitOrdersDays',
  'forceMajeureConsecutiveFailures',
  'logisticsWindowMonths',
  'inventoryProofMaxAgeDays',
  'reviewWorkingDays',
  'bondedStorageYuanPerBoxDay',
  'highRiskDailyOrders',
  'deliverySensitiveBuyerShare',
  'jitTrafficShare',
  'freezeHours',
  'exportEndGraceDays',
  'sparseWindowJitSharePercent',
  'sparseWindowMinUsualJitOrders',
] as const;
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number];

/** Every policy number the app uses, with its source; validated at start. */
export const rulebookSchema = z
  .object({
    version: z.string().min(1),
    effective: z.string(),
    title: localized,
    timezone: z.string(),
    utcOffsetHours: z.number(),
    /** Source of the time basis: the zone in which documents' wall times and the platform's deadlines are read. */
    timeSource: z.string(),
    sources: z.record(z.string(), z.string()),
    /** The sources' titles in both UI languages (`sources` keeps the contract's English string). */
    sourceNames: z.record(z.string(), localized).optional(),
    thresholds: z.object(
      Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, thresholdSchema])) as Record<
        ThresholdKey,
        typeof thresholdSchema
      >,
    ),
    exitGrounds: z.array(textEntry.extend({ evidence: localized })).length(3),
    preChecks: z.array(textEntry).min(1),
    materials: z
      .array(
        z.object({
          id: z.enum(['letter', 'logistics', 'inventory']),
          order: z.number(),
          source: z.string(),
          name: localized,
          requirement: localized,
        }),
      )
      .length(3),
    rejectionReasons: z.array(textEntry.extend({ sharePercent: z.number().min(0).max(100) })),
    formatErrorSharePercent: z.object({ value: z.number(), source: z.string() }),
    postExitTasks: z.array(textEntry.extend({ hours: z.number().positive() })).length(3),
    postExitOutcome: z.object({
      cancellationDropPercent: z.number(),
      enquiryDropPercent: z.number(),
      source: z.string(),
    }),
    reentry: z.object({
      text: localized,
      coolingDays: z.number().int().positive(),
      minNonJitOrders: z.number().int().positive(),
      minFulfilmentRatePercent: z.number(),
      approvalRatePercent: z.number(),
      source: z.string(),
      approvalSource: z.string(),
      bannedIf: localized,
    }),
    risks: z.object({
      strongDependentCategoryCount: z.number(),
      strongDependentCategories: z.array(z.string()),
      strongControlledNewCategoryCount: z.number(),
      strongControlledNewCategories: z.array(z.string()),
      deliverySensitiveMarkets: z.array(z.string()),
      apparelHomeTrafficDropPercent: z.number(),
      titleKeywordRecoveryPercent: z.number(),
      titleKeywords: z.array(z.string()),
      source: z.string(),
      mitigations: z.object({ 'zh-CN': z.array(z.string()), en: z.array(z.string()) }),
    }),
    upload: z.object({
      maxFileBytes: z.number().int().positive(),
      maxImagePixels: z.number().int().positive(),
      maxPdfPages: z.number().int().positive(),
      minLetterDpi: z.number().positive(),
      source: z.string(),
      note: localized,
    }),
  })
  .superRefine((book, ctx) => {
    // Every citation must name a declared source, so reports can print it.
    const cite = (source: string, path: (string | number)[]) => {
      if (!(source in book.sources)) ctx.addIssue({ code: 'custom', path, message: `unknown source "${source}"` });
    };
    for (const [key, entry] of Object.entries(book.thresholds)) cite(entry.source, ['thresholds', key, 'source']);
    book.exitGrounds.forEach((g, i) => cite(g.source, ['exitGrounds', i, 'source']));
    book.preChecks.forEach((g, i) => cite(g.source, ['preChecks', i, 'source']));
    book.rejectionReasons.forEach((g, i) => cite(g.source, ['rejectionReasons', i, 'source']));
    book.postExitTasks.forEach((g, i) => cite(g.source, ['postExitTasks', i, 'source']));
    cite(book.reentry.source, ['reentry', 'source']);
    cite(book.timeSource, ['timeSource']);
  });

export type Rulebook = z.infer<typeof rulebookSchema>;

/** A threshold's value: the one way code reads a policy number. */
export function threshold(book: Rulebook, key: ThresholdKey): number {
  return book.thresholds[key].value;
}

/** Today (YYYY-MM-DD) in the rulebook's time zone: the one "today in China" of the code. */
export function todayIn(book: Pick<Rulebook, 'utcOffsetHours'>, now: Date = new Date()): string {
  return new Date(now.getTime() + book.utcOffsetHours * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The rulebook's numbers as message parameters (`{rb.<threshold>}`, `{rb.upload.*}`,
 * `{rb.reentry.*}`, `{rb.postExitTaskHours}`), so no text carries a policy number of its own.
 */
export function rulebookParams(book: Rulebook): Params {
  const params: Params = {};
  for (const key of THRESHOLD_KEYS) params[`rb.${key}`] = book.thresholds[key].value;
  for (const [key, value] of Object.entries(book.upload))
    if (typeof value === 'number') params[`rb.upload.${key}`] = value;
  for (const [key, value] of Object.entries(book.reentry))
    if (typeof value === 'number') params[`rb.reentry.${key}`] = value;
  // The headline deadline of the after-exit tasks: the latest of them.
  params['rb.postExitTaskHours'] = Math.max(...book.postExitTasks.map((task) => task.hours));
  return params;
}
