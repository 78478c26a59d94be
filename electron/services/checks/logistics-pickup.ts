/**
 * What the platform asks a logistics screenshot to prove besides its capture time: the
 * pickup (揽收) of a non-JIT order, shown and marked. Reads the order / tracking number and
 * the pickup event from the page's OCR lines, tells whether the pickup time is marked (a red
 * box, circle or arrow, or a highlighter) and looks the order up in the case's order export.
 */
import { makeFinding } from '../../../shared/findings';
import type { Finding, Region } from '../../../shared/findings';
import { findTimestamps } from '../../../shared/timestamps';
import type { Box, OcrLine } from '../ocr';
import type { Pixels } from './logistics-watermark';

export type OrderRef = { id: string; jit: boolean };
export type NumberRead = { value: string; kind: 'order' | 'tracking'; confidence: number };
export type PickupFacts = {
  numbers: NumberRead[];
  pickup: { line: OcrLine; time: OcrLine | null } | null;
  marked: boolean;
};

/**
 * A pickup event or label; "等待揽收" (awaiting pickup) and deadline labels are not one. OCR
 * reads 揽 as 搅/览/找/换/提/损/搜/授 on photos, or drops it: "快递员已收", a line opening with
 * "收时间：" count too (签收 is the delivery, never the pickup).
 */
const PICKUP =
  /((已|被|成功|完成)\s*[揽搅览缆榄找换提损搜授]收|[揽搅览缆榄搜授]收\s*(成功|完成|时间|员)|揽件|已收件|员已收|^[^\u4e00-\u9fff]{0,3}收时间|picked\s*up|pick-?up\s*(scan|complete))/i;
const NOT_PICKUP = /(等待|待[揽搅览缆榄找换提损搜授]收|承诺|最晚|预约|签收)/;
/**
 * On photos OCR turns 揽 into almost any character, or drops it. Such a line still has the
 * event's shape: 收 after a courier word (快递员已?收), before 成功/完成/员, after 被, or a
 * ?收时间 label. Only counted on an event row (a time on its row) or with a courier word; never
 * 签收/接收/验收 (the delivery, a depot scan, the buyer) nor 收货 (goods received by the buyer).
 */
const FUZZY_COURIER = /(快递员|揽件员|收件员|业务员)\s*已?\s*[\u4e00-\u9fff]?(?<![签接验买])收(?!货)/;
const FUZZY_EVENT =
  /((?<![签接验买])收\s*(成功|完成)|被\s*[\u4e00-\u9fff]?(?<![签接验买])收(?!货)|(?<![签接验买])收员|^[^\u4e00-\u9fff]{0,3}[\u4e00-\u9fff]?(?<![签接验买])收时间)/;
/** AliExpress order numbers: 15–19 digits (after a label, or alone). */
const ORDER_NUMBER = /(?<!\d)(\d{15,19})(?!\d)/g;
/** Tracking numbers of the common carriers (Cainiao LP…, YunExpress YT…, 4PX…, UPU S10). */
const TRACKING = /\b(LP\d{12,16}|YT\d{14,18}|4PX\d{10,16}CN|[A-Z]{2}\d{9}[A-Z]{2}|UE\d{9}YP|[A-Z]{2}\d{12,18})\b/g;
/** A read counts as confident from this line confidence up (PaddleOCR, 0..1). */
const CONFIDENT = 0.9;

export function readNumbers(lines: readonly OcrLine[]): NumberRead[] {
  const out: NumberRead[] = [];
  for (const l of lines) {
    const text = l.text.replace(/\s+/g, '');
    for (const m of text.matchAll(TRACKING))
      out.push({ value: m[1] ?? '', kind: 'tracking', confidence: l.confidence });
    // Tracking numbers hold digit runs too: look for order numbers outside them.
    const rest = text.replace(TRACKING, ' ');
    for (const m of rest.matchAll(ORDER_NUMBER))
      out.push({ value: m[1] ?? '', kind: 'order', confidence: l.confidence });
  }
  return out;
}

/**
 * Every pickup line (the event, and a 揽收时间 label) with, when the event's time is a
 * separate OCR line on its row, that line. Events first: that is the row sellers mark.
 */
export function findPickups(lines: readonly OcrLine[]): NonNullable<PickupFacts['pickup']>[] {
  const found: NonNullable<PickupFacts['pickup']>[] = [];
  for (const line of lines) {
    const exact = PICKUP.test(line.text) || FUZZY_COURIER.test(line.text);
    if ((!exact && !FUZZY_EVENT.test(line.text)) || NOT_PICKUP.test(line.text)) continue;
    if (findTimestamps(line.text).length > 0) {
      found.push({ line, time: line });
      continue;
    }
    const mid = line.box.y + line.box.height / 2;
    const time =
      lines.find(
        (o) =>
          o !== line &&
          Math.abs(o.box.y + o.box.height / 2 - mid) < line.box.height * 0.6 &&
          findTimestamps(o.text, { lenient: true }).length > 0,
      ) ?? null;
    if (time || (exact && !isLabelOnly(line.text))) {
      found.push({ line, time });
      continue;
    }
    if (!isLabelOnly(line.text)) continue; // A garbled event word without its time: not enough.
    // A bare 揽收时间 label is a table's column header: the pickup is shown only when its cell holds a date.
    const cell = cellBelow(line, lines);
    if (cell) found.push({ line, time: cell });
  }
  const label = (p: NonNullable<PickupFacts['pickup']>): number => (/揽收时间/.test(p.line.text) ? 1 : 0);
  return found.sort((a, b) => label(a) - label(b));
}

/** The line is only a pickup-time label ("揽收时间", "揽收时间："), nothing after it. */
const isLabelOnly = (text: string): boolean =>
  /^[^\u4e00-\u9fff]{0,3}[\u4e00-\u9fff]?(?<![签接验买])收时间\s*[:：]?\s*$/.test(text.trim());

/** The dated line right under a column header (overlapping it in x, within two rows). */
function cellBelow(header: OcrLine, lines: readonly OcrLine[]): OcrLine | null {
  const bottom = header.box.y + header.box.height;
  return (
    lines.find(
      (o) =>
        o !== header &&
        o.box.y >= bottom - 2 &&
        o.box.y - bottom < header.box.height * 2.5 &&
        Math.min(o.box.x + o.box.width, header.box.x + header.box.width) - Math.max(o.box.x, header.box.x) > 0 &&
        findTimestamps(o.text, { lenient: true }).length > 0,
    ) ?? null
  );
}

/** Marker ink: a red pen (box, circle, arrow) or a yellow/green highlighter. */
function isMarkInk(r: number, g: number, b: number): boolean {
  // A pen stroke photographed off a monitor fades towards pink (242,65,81): still far redder
  // than green or blue, with green and blue alike (orange status text has green ≫ blue).
  const red = r > 150 && r - Math.max(g, b) > 70 && Math.abs(g - b) < 45;
  const highlighter = r > 190 && g > 190 && b < 130 && Math.abs(r - g) < 60;
  const green = g > 180 && r < 170 && b < 140 && g - r > 40 && g - b > 60;
  return red || highlighter || green;
}

/**
 * Counts marker-ink pixels around the pickup row (the time and its event text, a little
 * beyond on each side); the capture stamp's own box is left out.
 */
export function isMarked(px: Pixels, row: Box, exclude: Box | null, textHeight = row.height): boolean {
  const padY = row.height * 1.2;
  const x0 = Math.max(0, Math.floor(row.x - row.height * 3));
  const x1 = Math.min(px.width, Math.ceil(row.x + row.width + row.height * 5));
  const y0 = Math.max(0, Math.floor(row.y - padY));
  const y1 = Math.min(px.height, Math.ceil(row.y + row.height + padY));
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (
        exclude &&
        x >= exclude.x &&
        x <= exclude.x + exclude.width &&
        y >= exclude.y &&
        y <= exclude.y + exclude.height
      )
        continue;
      const i = (y * px.width + x) * 3;
      if (isMarkInk(px.data[i] ?? 0, px.data[i + 1] ?? 0, px.data[i + 2] ?? 0)) ink++;
    }
  }
  // A mark is a stroke at least as long as the text is high, several pixels thick (the
  // text's height, not the row's: a row of a tall and a short box holds the same thin arrow).
  return ink >= Math.max(40, textHeight * textHeight * 0.6);
}

function rowBox(p: NonNullable<PickupFacts['pickup']>): Box {
  const boxes = p.time ? [p.line.box, p.time.box] : [p.line.box];
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
}

export function pickupFacts(lines: readonly OcrLine[], px: Pixels, stampBox: Box | null): PickupFacts {
  const pickups = findPickups(lines);
  const marked = pickups.some((p) =>
    isMarked(px, rowBox(p), stampBox, Math.min(p.line.box.height, p.time?.box.height ?? Infinity)),
  );
  return { numbers: readNumbers(lines), pickup: pickups[0] ?? null, marked };
}

const round = (b: Box): Region => ({
  x: Math.round(b.x),
  y: Math.round(b.y),
  width: Math.round(b.width),
  height: Math.round(b.height),
});

/**
 * LOGISTICS_PICKUP_NOT_SHOWN / PICKUP_NOT_MARKED (warnings) and, with an order export,
 * LOGISTICS_ORDER_IS_JIT (error, only on a confident read that matches a JIT order exactly)
 * or LOGISTICS_ORDER_UNKNOWN (info).
 */
export function pickupFindings(facts: PickupFacts, orders: readonly OrderRef[] | undefined): Finding[] {
  const findings: Finding[] = [];
  if (!facts.pickup)
    findings.push(makeFinding('LOGISTICS_PICKUP_NOT_SHOWN', {}, { key: 'evidence.logistics.pickupNotShown' }));
  else if (!facts.marked) {
    const time = findTimestamps(facts.pickup.time?.text ?? '')[0]?.raw ?? '';
    findings.push(
      makeFinding(
        'PICKUP_NOT_MARKED',
        { time },
        { key: 'evidence.logistics.pickupNotMarked', region: { ...round(rowBox(facts.pickup)), label: 'pickup' } },
      ),
    );
  }
  if (!orders) return findings;
  const byId = new Map(orders.map((o) => [o.id.replace(/\s/g, ''), o]));
  const matched = facts.numbers.map((n) => ({ n, order: byId.get(n.value) })).find((m) => m.order);
  if (matched?.order) {
    if (matched.order.jit && matched.n.confidence >= CONFIDENT)
      findings.push(
        makeFinding('LOGISTICS_ORDER_IS_JIT', { order: matched.n.value }, { key: 'evidence.logistics.orderIsJit' }),
      );
    return findings;
  }
  const shown = facts.numbers.find((n) => n.kind === 'order') ?? facts.numbers[0];
  if (shown)
    findings.push(
      makeFinding('LOGISTICS_ORDER_UNKNOWN', { order: shown.value }, { key: 'evidence.logistics.orderUnknown' }),
    );
  else
    findings.push(makeFinding('LOGISTICS_ORDER_UNKNOWN', { order: '-' }, { key: 'evidence.logistics.orderNotRead' }));
  return findings;
}
