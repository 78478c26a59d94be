import { ORDER_FIELDS, type ColumnMapping, type OrderField } from './inputs';

/**
 * Recognises order-export columns from their header text, Chinese or English, as the
 * AliExpress back office and common ERPs write them. A field is mapped automatically only
 * when one column is clearly the best match and that column is not a better match for
 * another field ("承诺揽收时间" is the deadline even though it contains "揽收时间").
 * Everything else goes to the column-mapping step with ranked candidates.
 */
const SYNONYMS: Record<OrderField, string[]> = {
  orderId: ['订单号', '订单编号', '订单id', '主订单号', '子订单号', 'orderid', 'orderno', 'ordernumber', 'ordercode'],
  jit: [
    '是否jit',
    'jit',
    'jit订单',
    '是否jit订单',
    '履约模式',
    '发货模式',
    '履约方式',
    '物流模式',
    'isjit',
    'jitorder',
    'fulfilmentmode',
    'fulfillmentmode',
    'fulfilmenttype',
    'fulfillmenttype',
  ],
  orderTime: [
    '下单时间',
    '订单创建时间',
    '创建时间',
    '下单日期',
    '订单时间',
    'ordertime',
    'orderdate',
    'createdat',
    'createtime',
    'createdtime',
    'ordercreated',
    'placedat',
    'orderplaced',
  ],
  deadline: [
    '最晚发货时间',
    '承诺揽收时间',
    '最晚揽收时间',
    '发货截止时间',
    '应揽收时间',
    '承诺发货时间',
    'shipbydeadline',
    'shipby',
    'shipbytime',
    'shipbydate',
    'deadline',
    'promisedpickuptime',
    'latestshiptime',
    'latestpickuptime',
  ],
  pickup: [
    '揽收时间',
    '交接时间',
    '实际揽收时间',
    '实际交接时间',
    '揽收交接时间',
    '揽收/交接时间',
    'pickuptime',
    'handovertime',
    'pickedupat',
    'actualpickuptime',
    'pickup',
    'handover',
    'pickuphandovertime',
  ],
  status: ['订单状态', '状态', 'status', 'orderstatus'],
};

export function normalizeHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_\-()（）:：/\\.·]+/g, '');
}

const NORMALIZED: Record<OrderField, string[]> = Object.fromEntries(
  ORDER_FIELDS.map((f) => [f, SYNONYMS[f].map(normalizeHeader)]),
) as Record<OrderField, string[]>;

/** 3: the header is a known name; 1: it contains one (e.g. "揽收时间(北京时间)"); 0: no match. */
function score(header: string, field: OrderField): number {
  const h = normalizeHeader(header);
  if (!h) return 0;
  if (NORMALIZED[field].includes(h)) return 3;
  return NORMALIZED[field].some((s) => s.length >= 2 && h.includes(s)) ? 1 : 0;
}

export type HeaderDetection = {
  mapping: ColumnMapping;
  /** Per field, the header texts that could be it, best first (for the mapping step). */
  candidates: Record<OrderField, string[]>;
};

export function emptyMapping(): ColumnMapping {
  return { orderId: null, jit: null, orderTime: null, deadline: null, pickup: null, status: null };
}

export function detectColumns(headers: readonly string[]): HeaderDetection {
  const scores = headers.map((h) => ORDER_FIELDS.map((f) => score(h, f)));
  const bestFieldOf = scores.map((row) => {
    const max = Math.max(...row);
    const winners = ORDER_FIELDS.filter((_, i) => row[i] === max);
    return max > 0 && winners.length === 1 ? winners[0] : null;
  });
  const mapping = emptyMapping();
  const candidates = {} as Record<OrderField, string[]>;
  ORDER_FIELDS.forEach((field, fi) => {
    const ranked = headers
      .map((h, ci) => ({ h, ci, s: scores[ci]?.[fi] ?? 0, own: bestFieldOf[ci] === field }))
      .filter((c) => c.s > 0)
      .sort((a, b) => b.s - a.s || Number(b.own) - Number(a.own) || a.ci - b.ci);
    candidates[field] = [...new Set(ranked.map((c) => c.h))];
    const own = ranked.filter((c) => c.own);
    const top = own[0];
    const unique = top !== undefined && (own[1] === undefined || own[1].s < top.s);
    if (unique) mapping[field] = top.h;
  });
  return { mapping, candidates };
}

/** Index of a mapped header in the header row (exact text first, then normalised). */
export function columnIndex(headers: readonly string[], column: string): number {
  const exact = headers.indexOf(column);
  if (exact >= 0) return exact;
  const n = normalizeHeader(column);
  return headers.findIndex((h) => normalizeHeader(h) === n);
}

/** Spreadsheet column letters (0 → A, 26 → AA) so messages can name the cell. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
