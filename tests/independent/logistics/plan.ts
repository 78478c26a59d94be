/**
 * The seeded plan of the independent logistics set: for every file, the page, the stamp
 * (or none), where it sits, whether it is photographed, and the truth the checks must meet.
 * Policy facts used for the truth (the 3-month window) are the platform rule itself, written
 * here on purpose rather than read from the project's rulebook.
 */
import type { MarkStyle, PageEvent, PageSpec, PageTemplate, Rand } from './pages';
import { PICKUP_TEXTS, TRANSIT_TEXTS } from './pages';
import type { Corner, StampStyle, WallTime } from './stamps';

export const INDEPENDENT_TODAY = '2026-11-25';
const WINDOW_FROM = '2026-08-25';

export type Kind = 'stamp' | 'none' | 'statusbar' | 'taskbar' | 'menubar';
export type Plan = {
  file: string;
  split: 'calibration' | 'heldout';
  kind: Kind;
  style: StampStyle | null;
  corner: Corner | null;
  photo: boolean;
  stamp: WallTime | null;
  stampText: string | null;
  page: PageSpec;
  orderInExport: boolean;
  jit: boolean;
  expected: {
    TIMESTAMP_MISSING: boolean;
    TIMESTAMP_OUT_OF_RANGE: boolean;
    LOGISTICS_PICKUP_NOT_SHOWN: boolean;
    PICKUP_NOT_MARKED: boolean;
  };
};

export function rng(seed: number): Rand {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: Rand, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const p2 = (n: number): string => String(n).padStart(2, '0');
const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

function wallAt(ms: number): WallTime {
  const d = new Date(ms);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}
const fmt = (t: WallTime): string => `${t.y}-${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`;
export const ymd = (t: WallTime): string => `${t.y}-${p2(t.mo)}-${p2(t.d)}`;

/** A capture moment: in the window (2–85 days back), too old (100–240) or in the future. */
function captureMs(rnd: Rand, range: 'in' | 'old' | 'future'): number {
  const back = range === 'in' ? 2 + rnd() * 83 : range === 'old' ? 100 + rnd() * 140 : -(4 + rnd() * 50);
  return dayMs(INDEPENDENT_TODAY) - Math.floor(back) * 86_400_000 + Math.floor((8 + rnd() * 13) * 3_600_000);
}

function events(rnd: Rand, captured: number, pickupShown: boolean): { list: PageEvent[]; orderTime: string } {
  const n = 3 + Math.floor(rnd() * 4);
  const list: PageEvent[] = [];
  let t = captured - Math.floor((1 + rnd() * 20) * 3_600_000);
  for (let i = 0; i < n; i++) {
    list.push({ time: fmt(wallAt(t)), text: TRANSIT_TEXTS[TRANSIT_TEXTS.length - n + i] ?? '运输中', pickup: false });
    t -= Math.floor((4 + rnd() * 30) * 3_600_000);
  }
  if (pickupShown) list.push({ time: fmt(wallAt(t)), text: pick(rnd, PICKUP_TEXTS), pickup: true });
  t -= Math.floor((5 + rnd() * 40) * 3_600_000);
  list.push({ time: fmt(wallAt(t)), text: '卖家已发货，等待揽收', pickup: false });
  return { list, orderTime: fmt(wallAt(t - 86_400_000)) };
}

function orderNumber(rnd: Rand): string {
  let s = '30';
  while (s.length < 16) s += String(Math.floor(rnd() * 10));
  return s;
}

function trackingNumber(rnd: Rand, template: PageTemplate): string {
  const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  if (template === '4px') return `4PX${digits(13)}CN`;
  if (template === 'yunexpress') return `YT${digits(16)}`;
  return `LP${digits(14)}`;
}

const STYLES: StampStyle[] = [
  'seg7-short',
  'seg7-long',
  'camera-panel',
  'caption',
  'text-shadow',
  'text-outline',
  'text-plain',
  'text-translucent',
  'text-cjk',
  'text-white-translucent',
  'seg7-dashed',
  'camera-panel-stacked',
  'caption-bar',
];
const CORNERS: Corner[] = ['tl', 'tr', 'bl', 'br', 'top', 'bottom'];
const TEMPLATES: PageTemplate[] = ['aliexpress', 'cainiao', '4px', 'yunexpress', 'phone', 'seller'];
const DESKTOP: PageTemplate[] = ['aliexpress', 'cainiao', '4px', 'yunexpress', 'seller'];
const MARKS: MarkStyle[] = ['box', 'circle', 'arrow', 'highlighter'];
const PAGE_FONTS = ["'Noto Sans CJK SC'", "'WenQuanYi Micro Hei'", "'WenQuanYi Zen Hei'", "'Noto Serif CJK SC'"];

function kindFor(i: number, rnd: Rand): Kind {
  const r = rnd();
  if (i % 9 === 4) return 'none';
  if (i % 13 === 7) return 'statusbar';
  if (i % 11 === 5) return 'taskbar';
  if (i % 17 === 9) return 'menubar';
  return r < 0.02 ? 'none' : 'stamp';
}

/** The whole plan: `count` files, alternately calibration and held-out (stamps of `onlyStyles` alone when given: an extra calibration set). */
export function makePlan(
  count: number,
  seed: number,
  onlyStyles?: readonly StampStyle[],
  onlyCorners?: readonly Corner[],
): Plan[] {
  const styles = onlyStyles?.length ? onlyStyles : STYLES;
  // One draw per stamp either way, so the standard set's plan is unchanged by this option.
  const corners = onlyCorners?.length ? onlyCorners : CORNERS;
  const rnd = rng(seed);
  const plans: Plan[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kindFor(i, rnd);
    const range = rnd() < 0.22 ? (rnd() < 0.6 ? 'old' : 'future') : 'in';
    const template =
      kind === 'statusbar'
        ? 'phone'
        : kind === 'taskbar' || kind === 'menubar'
          ? pick(rnd, DESKTOP)
          : pick(rnd, TEMPLATES);
    const stamped = kind === 'stamp' || kind === 'taskbar' || kind === 'menubar';
    const captured = captureMs(rnd, stamped ? range : 'in');
    const pickupShown = rnd() < 0.75;
    const mark = pickupShown && rnd() < 0.6 ? pick(rnd, MARKS) : null;
    const ev = events(rnd, captured, pickupShown);
    const wall = wallAt(captured);
    const searchFrom = ymd(wallAt(captured - Math.floor(60 + rnd() * 150) * 86_400_000));
    const page: PageSpec = {
      template,
      orderId: orderNumber(rnd),
      tracking: trackingNumber(rnd, template),
      events: ev.list,
      orderTime: ev.orderTime,
      searchFrom,
      searchTo: ymd(wall),
      mark,
      font: pick(rnd, PAGE_FONTS),
      statusClock: `${p2(wall.h)}:${p2(wall.mi)}`,
    };
    const date = ymd(wall);
    plans.push({
      file: `independent-${String(i + 1).padStart(3, '0')}-${template}-${kind === 'stamp' ? 'x' : kind}.${rnd() < 0.5 ? 'png' : 'jpg'}`,
      split: i % 2 === 0 ? 'calibration' : 'heldout',
      kind,
      style: kind === 'stamp' ? pick(rnd, styles) : kind === 'taskbar' || kind === 'menubar' ? kind : null,
      corner: kind === 'stamp' ? pick(rnd, corners) : null,
      photo: rnd() < 0.35,
      stamp: stamped ? wall : null,
      stampText: null,
      page,
      orderInExport: rnd() < 0.8,
      jit: rnd() < 0.3,
      expected: {
        TIMESTAMP_MISSING: !stamped,
        TIMESTAMP_OUT_OF_RANGE: stamped && (date < WINDOW_FROM || date > INDEPENDENT_TODAY),
        LOGISTICS_PICKUP_NOT_SHOWN: !pickupShown,
        PICKUP_NOT_MARKED: pickupShown && mark === null,
      },
    });
  }
  return plans;
}

/** The companion order export (CSV, UTF-8 with BOM) holding the files' orders and others. */
export function orderExportCsv(plans: readonly Plan[], seed: number): string {
  const rnd = rng(seed ^ 0x5bd1e995);
  const rows = ['订单号,是否JIT,下单时间,最晚发货时间,揽收时间,订单状态'];
  const row = (id: string, jit: boolean, order: string): string => {
    const o = Date.parse(`${order.replace(' ', 'T')}Z`);
    const deadline = fmt(wallAt(o + 48 * 3_600_000));
    const pickup = fmt(wallAt(o + Math.floor((6 + rnd() * 30) * 3_600_000)));
    return `${id},${jit ? '是' : '否'},${order},${deadline},${pickup},已完成`;
  };
  for (const p of plans) if (p.orderInExport) rows.push(row(p.page.orderId, p.jit, p.page.orderTime));
  for (let i = 0; i < 20; i++)
    rows.push(
      row(orderNumber(rnd), rnd() < 0.3, fmt(wallAt(dayMs('2026-09-01') + Math.floor(rnd() * 80) * 86_400_000))),
    );
  return `\ufeff${rows.join('\r\n')}\r\n`;
}
