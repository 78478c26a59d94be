import { readFileSync, writeFileSync } from 'node:fs';
import { generateOrders, ordersCsv, encodeCsv, ORDERS_TODAY } from './tests/fixtures/orders';
import { decodeText } from './electron/services/eligibility/decode';
import { parseCsv } from './electron/services/eligibility/csv';
import { rowsToOrders, cellText } from './shared/eligibility/rows';
import { detectColumns } from './shared/eligibility/headers';
import { parseZoneDateTime } from './shared/eligibility/time';
const { orders } = generateOrders({ seed: 100, count: 100000, app: ORDERS_TODAY, spanDays: 120, lastJitDaysAgo: 1, lateShare: 0.02, planted: true });
writeFileSync('/tmp/elig/100k.csv', encodeCsv(ordersCsv(orders), 'gbk'));
const bytes = readFileSync('/tmp/elig/100k.csv');
let t = performance.now();
const lap = (l: string) => { const n = performance.now(); console.log(l, Math.round(n - t)); t = n; };
const { text } = decodeText(bytes); lap('decode');
const rows = [...parseCsv(text)]; lap('parse');
const data = rows.slice(1).filter(([, c]) => !c.every((x) => cellText(x) === '')); lap('filter');
const headers = rows[0]![1];
const d = detectColumns(headers);
const r = rowsToOrders(headers, d.mapping, data, 8); lap('rows');
let n = 0; for (const [, c] of data) { if (parseZoneDateTime(c[3]!, 8)) n++; } lap('dates1col');
console.log(r.orders.length, n);
for (let k = 0; k < 3; k++) {
  t = performance.now();
  const { text: tx } = decodeText(bytes); lap('decode');
  const rs = [...parseCsv(tx)]; lap('parse');
  const dt = rs.slice(1).filter(([, c]) => !c.every((x) => cellText(x) === '')); lap('filter');
  rowsToOrders(headers, d.mapping, dt, 8); lap('rows');
}
