import type { ColumnMapping, OrderField } from './inputs';
import { cellText, cellTime, parseJit, type Cell } from './rows';

/**
 * Column recognition from the values, for what the header text did not settle: ERPs name the
 * JIT flag 订单类型 or 业务类型 and fill it with JIT / 普通, and date columns carry names no
 * synonym list knows. A field is mapped from values only when exactly one unmapped column fits
 * it; otherwise the fitting columns become candidates for the mapping step, which shows
 * sample values so the seller can tell them apart.
 */
export type ColumnKind = 'jit' | 'datetime' | 'id' | 'other';

export type ColumnProfile = { index: number; header: string; kind: ColumnKind; samples: string[]; filled: number };

/** Distinct non-empty values shown per column in the mapping step. */
const SAMPLE_COUNT = 3;
/** Share of filled cells that must read as a date-time for a date-time column. */
const DATE_PARSE_SHARE = 0.9;
/** A flag column holds a handful of distinct values (JIT, 非JIT, 普通, …). */
const MAX_FLAG_VALUES = 12;
/** Order ids: long digit runs (AliExpress uses 16 digits), maybe an ERP prefix such as SO-. */
const ID_SHAPE = /^[A-Za-z]{0,4}[-_]?\d[\d-_]{9,39}$/;
/** Other unique long numbers an export carries: products, SKUs, parcels, buyers. */
const NOT_ORDER_ID = /商品|sku|product|item|物流|运单|快递|包裹|tracking|waybill|parcel|买家|buyer|手机|电话|phone/i;
/** Too few rows cannot show that ids are unique. */
const MIN_ID_ROWS = 5;

function kindOf(header: string, texts: string[], cells: Cell[], tz: number, rows: number): ColumnKind {
  if (texts.length === 0) return 'other';
  const distinct = new Set(texts);
  const flags = [...distinct].map(parseJit);
  if (
    distinct.size <= MAX_FLAG_VALUES &&
    flags.every((f) => f !== null) &&
    flags.includes(true) &&
    flags.includes(false) &&
    [...distinct].some((v) => v.toLowerCase().includes('jit'))
  )
    return 'jit';
  const dated = cells.filter((c) => {
    const v = cellTime(c, tz);
    return v !== null && v !== 'bad';
  }).length;
  if (dated >= DATE_PARSE_SHARE * texts.length) return 'datetime';
  const idLike = texts.length >= MIN_ID_ROWS && !NOT_ORDER_ID.test(header) && texts.every((v) => ID_SHAPE.test(v));
  if (idLike && distinct.size === texts.length && texts.length >= DATE_PARSE_SHARE * rows) return 'id';
  return 'other';
}

export function profileColumns(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  tz: number,
): ColumnProfile[] {
  return headers.map((header, index) => {
    const cells = rows.map((r) => r[index]).filter((c) => cellText(c) !== '');
    const texts = cells.map(cellText);
    const samples = [...new Set(texts)].slice(0, SAMPLE_COUNT);
    return { index, header, kind: kindOf(header, texts, cells, tz, rows.length), samples, filled: texts.length };
  });
}

const DATE_FIELDS: readonly OrderField[] = ['orderTime', 'deadline', 'pickup'];
const KIND_FIELDS: Record<Exclude<ColumnKind, 'other'>, readonly OrderField[]> = {
  jit: ['jit'],
  id: ['orderId'],
  datetime: DATE_FIELDS,
};

export type ValueInference = {
  mapping: ColumnMapping;
  /** Fields mapped from their values (not their header). */
  byValues: OrderField[];
  candidates: Record<OrderField, string[]>;
};

/** Fills unmapped fields from the column profiles; header matches always win. */
export function inferFromValues(
  profiles: readonly ColumnProfile[],
  detected: ColumnMapping,
  candidates: Record<OrderField, string[]>,
): ValueInference {
  const mapping = { ...detected };
  const used = new Set(Object.values(detected).filter((v): v is string => v !== null));
  const free = profiles.filter((p) => p.header !== '' && !used.has(p.header));
  const out = Object.fromEntries(Object.entries(candidates).map(([f, list]) => [f, [...list]])) as Record<
    OrderField,
    string[]
  >;
  const byValues: OrderField[] = [];
  for (const [kind, fields] of Object.entries(KIND_FIELDS) as [Exclude<ColumnKind, 'other'>, readonly OrderField[]][]) {
    const fitting = free.filter((p) => p.kind === kind).map((p) => p.header);
    const open = fields.filter((f) => mapping[f] === null && candidates[f].length === 0);
    for (const f of fields) for (const h of fitting) if (!out[f].includes(h)) out[f].push(h);
    // One open field and one fitting column: that column is it. Several: the seller chooses.
    const only = fitting[0];
    if (open.length === 1 && fitting.length === 1 && only !== undefined) {
      mapping[open[0] as OrderField] = only;
      byValues.push(open[0] as OrderField);
    }
  }
  return { mapping, byValues, candidates: out };
}
