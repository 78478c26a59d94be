import { t, type Params } from '../i18n';
import { threshold, type Rulebook } from '../rulebook';
import { citeThreshold, sourceName, type Localized, type RuleCitation } from './citations';
import type { EligibilityInputs } from './inputs';

/**
 * High-risk exits (rulebook `risks`): they do not block the application, but the seller
 * should plan the mitigations the rules suggest before leaving the JIT traffic pool.
 */
/** The rulebook's risk ids today; others may be added there (hence any string). */
export type KnownRiskId = 'strong-dependent-category' | 'integrated-warehousing-volume' | 'delivery-sensitive-markets';

export type RiskWarning = {
  // `string & Record<never, never>` keeps the known ids in editor completion (a plain `| string` swallows them).
  id: KnownRiskId | (string & Record<never, never>);
  messageKey: string;
  message: string;
  params: Params;
  rule: RuleCitation;
  mitigations: { 'zh-CN': string[]; en: string[] };
};

function norm(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

function riskCitation(book: Rulebook, id: string, text: Localized): RuleCitation {
  return {
    kind: 'risk',
    id,
    source: book.risks.source,
    sourceTitle: book.sources[book.risks.source] ?? book.risks.source,
    sourceName: sourceName(book, book.risks.source),
    text,
  };
}

function warning(book: Rulebook, id: string, params: Params, rule: RuleCitation): RiskWarning {
  const messageKey = `eligibility.risk.${id}`;
  return { id, messageKey, message: t(messageKey, params), params, rule, mitigations: book.risks.mitigations };
}

/** A main category matches a listed one when either names the other ("手机配件" ⊂ "3C手机配件"). */
export function strongDependentMatch(book: Rulebook, category: string | undefined): string | null {
  if (!category || !norm(category)) return null;
  const c = norm(category);
  return (
    book.risks.strongDependentCategories.find((listed) => c.includes(norm(listed)) || norm(listed).includes(c)) ?? null
  );
}

export function riskWarnings(book: Rulebook, inputs: EligibilityInputs): RiskWarning[] {
  const out: RiskWarning[] = [];
  const listed = strongDependentMatch(book, inputs.mainCategory);
  if (listed) {
    const text = {
      'zh-CN': `主营类目属于 ${book.risks.strongDependentCategoryCount} 个“JIT 强依赖”类目之一`,
      en: `The main category is among the ${book.risks.strongDependentCategoryCount} "JIT strongly dependent" categories`,
    };
    out.push(
      warning(
        book,
        'strong-dependent-category',
        { category: inputs.mainCategory ?? '', listed, count: book.risks.strongDependentCategoryCount },
        riskCitation(book, 'strongDependentCategories', text),
      ),
    );
  }
  const maxDaily = threshold(book, 'highRiskDailyOrders');
  if (inputs.integratedWarehousing === true && (inputs.dailyOrders ?? 0) > maxDaily) {
    out.push(
      warning(
        book,
        'integrated-warehousing-volume',
        { daily: inputs.dailyOrders ?? 0, max: maxDaily },
        citeThreshold(book, 'highRiskDailyOrders', 'risk'),
      ),
    );
  }
  const sensitive = new Set(book.risks.deliverySensitiveMarkets.map((m) => m.toUpperCase()));
  const hit = (inputs.targetMarkets ?? []).filter((m) => sensitive.has(m.toUpperCase()));
  if (hit.length > 0) {
    const share = threshold(book, 'deliverySensitiveBuyerShare');
    out.push(
      warning(
        book,
        'delivery-sensitive-markets',
        { markets: hit.join(', '), share },
        citeThreshold(book, 'deliverySensitiveBuyerShare', 'risk'),
      ),
    );
  }
  return out;
}
