import type { Rulebook, ThresholdKey } from '../rulebook';

/**
 * A pointer into the rulebook that a reason or warning rests on, carrying the rule's text
 * in both languages and its source, so the UI and reports can show "why" without code.
 */
export type Localized = { 'zh-CN': string; en: string };
export type RuleCitation = {
  kind: 'preCheck' | 'exitGround' | 'threshold' | 'risk' | 'postExitTask' | 'reentry';
  id: string;
  source: string;
  sourceTitle: string;
  /** The source's title in both UI languages (falls back to `sourceTitle`). */
  sourceName: Localized;
  text: Localized;
  threshold?: { key: ThresholdKey; value: number; unit: string };
};

function sourceTitle(book: Rulebook, source: string): string {
  return book.sources[source] ?? source;
}

export function sourceName(book: Rulebook, source: string): Localized {
  const title = sourceTitle(book, source);
  return book.sourceNames?.[source] ?? { 'zh-CN': title, en: title };
}

type RuleEntry = { source: string; text: Localized };

/** One citation of a rulebook entry, whatever its kind: the source's names come from the book. */
function citeEntry(book: Rulebook, kind: RuleCitation['kind'], id: string, entry: RuleEntry): RuleCitation {
  return {
    kind,
    id,
    source: entry.source,
    sourceTitle: sourceTitle(book, entry.source),
    sourceName: sourceName(book, entry.source),
    text: entry.text,
  };
}

function withThreshold(book: Rulebook, cite: RuleCitation, key?: ThresholdKey): RuleCitation {
  if (key) cite.threshold = { key, value: book.thresholds[key].value, unit: book.thresholds[key].unit };
  return cite;
}

export function citePreCheck(book: Rulebook, id: string, key?: ThresholdKey): RuleCitation {
  const entry = book.preChecks.find((p) => p.id === id);
  if (!entry) throw new RangeError(`rulebook has no preCheck "${id}"`);
  return withThreshold(book, citeEntry(book, 'preCheck', id, entry), key);
}

export function citeGround(book: Rulebook, id: string, key?: ThresholdKey): RuleCitation {
  const entry = book.exitGrounds.find((g) => g.id === id);
  if (!entry) throw new RangeError(`rulebook has no exit ground "${id}"`);
  return withThreshold(book, citeEntry(book, 'exitGround', id, entry), key);
}

/** The re-entry rule (cooling days, non-JIT orders and their fulfilment rate), one entry of the rulebook. */
export function citeReentry(book: Rulebook): RuleCitation {
  return citeEntry(book, 'reentry', 'reentry', book.reentry);
}

export function citeThreshold(
  book: Rulebook,
  key: ThresholdKey,
  kind: RuleCitation['kind'] = 'threshold',
): RuleCitation {
  return withThreshold(book, citeEntry(book, kind, key, book.thresholds[key]), key);
}
