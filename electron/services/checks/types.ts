/** The checker interface lives in electron/services/checker.ts, so feature services implement it without importing checks. */
export type { CheckContext, Checker, CheckerMap } from '../checker';
