import type { CaseRecord } from '../../../../shared/case';
import { worstStatus, type FileCheck, type FileStatus, type Finding } from '../../../../shared/findings';
import type { Rulebook } from '../../../../shared/rulebook';
import { isValidUscc } from '../../../../shared/uscc';
import type { Locale } from '../../../../shared/i18n';
import { effectiveKind, type Material } from '../materials/materials-model';

export type CheckItem = {
  id: string;
  title: string;
  requirement: string;
  status: FileStatus | 'pending';
  /** What is wrong, for the line under the title. */
  details: string[];
  step: 'eligibility' | 'licence' | 'materials';
};

type Texts = {
  t: (key: string, params?: Record<string, string | number>) => string;
  locale: Locale;
  message: (f: Finding) => string;
};

/** Every requirement of the application with its current status, in the rulebook's order. */
export function buildChecklist(
  c: CaseRecord,
  book: Rulebook,
  materials: Material[],
  checks: Map<string, FileCheck>,
  eligible: boolean | null,
  x: Texts,
): CheckItem[] {
  const items: CheckItem[] = [];
  items.push({
    id: 'eligibility',
    step: 'eligibility',
    title: x.t('ui.review.item.eligibility'),
    requirement: x.t('ui.review.item.eligibility.req'),
    status: eligible === null ? 'pending' : eligible ? 'pass' : 'fail',
    details: eligible === false ? [x.t('ui.review.item.eligibility.fail')] : [],
  });
  const licenceProblems = [
    !c.companyName.trim() && x.t('ui.review.licence.noCompany'),
    !isValidUscc(c.uscc) && x.t('ui.review.licence.badUscc', { uscc: c.uscc || '—' }),
    !c.legalRepresentative.trim() && x.t('ui.review.licence.noLegal'),
  ].filter((p): p is string => Boolean(p));
  // The stored licence image is checked too (name mismatch, unreadable, …).
  const licenceFiles = materials.filter((m) => effectiveKind(m, checks.get(m.id)) === 'licence');
  const licenceChecks = licenceFiles.flatMap((m) => checks.get(m.id) ?? []);
  const licenceFindings = problemLines(licenceFiles, checks, x);
  items.push({
    id: 'licence',
    step: 'licence',
    title: x.t('ui.review.item.licence'),
    requirement: x.t('ui.review.item.licence.req'),
    status: worstStatus([licenceProblems.length ? 'fail' : 'pass', ...licenceChecks.map((c) => c.status)]),
    details: [...licenceProblems, ...licenceFindings],
  });
  for (const req of [...book.materials].sort((a, b) => a.order - b.order)) {
    const files = materials.filter((m) => effectiveKind(m, checks.get(m.id)) === req.id);
    const fileChecks = files.map((m) => checks.get(m.id)).filter((f): f is FileCheck => f !== undefined);
    const errors = problemLines(files, checks, x);
    const status: CheckItem['status'] =
      files.length === 0
        ? 'fail'
        : fileChecks.length < files.length
          ? 'pending'
          : worstStatus(fileChecks.map((f) => f.status));
    items.push({
      id: req.id,
      step: 'materials',
      title: req.name[x.locale],
      requirement: req.requirement[x.locale],
      status,
      details: files.length === 0 ? [x.t('ui.review.missing')] : errors,
    });
  }
  return items;
}

/** "file name：message" for each warning and error, named by the material (never a stored path). */
function problemLines(files: Material[], checks: Map<string, FileCheck>, x: Texts): string[] {
  return files.flatMap((m) =>
    (checks.get(m.id)?.findings ?? [])
      .filter((g) => g.severity !== 'info')
      .map(
        (g) =>
          `${m.originalName}：${g.reviewed ? `${x.t('ui.finding.reviewed', { at: g.reviewed.at.slice(0, 16).replace('T', ' ') })} · ` : ''}${x.message(g)}`,
      ),
  );
}

/**
 * Requirements that block the export: the materials. The eligibility pre-check is advice
 * (the platform decides; the seller may know more than the order export shows).
 */
export function countErrors(items: CheckItem[]): number {
  return items.filter((i) => i.status === 'fail' && i.id !== 'eligibility').length;
}
