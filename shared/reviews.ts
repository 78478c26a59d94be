import type { FileCheck, Finding, FindingCode } from './findings';
import { isFindingDismissable, statusOf } from './findings';

/** A finding the user confirmed: per material (null: the case as a whole) and code. */
export type FindingReview = { materialId: string | null; code: FindingCode; note: string; reviewedAt: string };

/** Whether the user may confirm this finding: the catalogue decides (shared/findings.ts). */
export const isDismissable = (f: Pick<Finding, 'code' | 'params'>): boolean => isFindingDismissable(f);

/**
 * A file whose kind is unknown, or whose content contradicts its slot (an error nobody may
 * dismiss), never goes into the upload zip, whatever the export options.
 */
export function excludedFromZip(check: Pick<FileCheck, 'kind' | 'findings'>): boolean {
  return check.kind === 'unknown' || check.findings.some((f) => f.severity === 'error' && !isDismissable(f));
}

/** Marks the findings the user confirmed (dismissable ones only) and recomputes the status. */
export function applyReviews<C extends Pick<FileCheck, 'findings' | 'status'>>(
  check: C,
  reviews: readonly Pick<FindingReview, 'code' | 'note' | 'reviewedAt'>[],
): C {
  const byCode = new Map(reviews.map((r) => [r.code, r]));
  const findings = check.findings.map((f) => reviewed(f, byCode.get(f.code)));
  return { ...check, findings, status: statusOf(findings) };
}

export function applyReviewsTo(
  findings: readonly Finding[],
  reviews: readonly Pick<FindingReview, 'code' | 'note' | 'reviewedAt'>[],
): Finding[] {
  return applyReviews({ findings: [...findings], status: 'pass' }, reviews).findings;
}

function reviewed(f: Finding, r: Pick<FindingReview, 'note' | 'reviewedAt'> | undefined): Finding {
  const { reviewed: _old, ...plain } = f;
  if (!r || !isDismissable(f) || f.severity === 'info') return plain;
  return { ...plain, reviewed: r.note ? { at: r.reviewedAt, note: r.note } : { at: r.reviewedAt } };
}

/** Errors that still block an export: not confirmed by the user. */
export function blocking(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' && !f.reviewed);
}
