/**
 * Tracking pages of several apps and sites as plain HTML (rendered by Chromium with the
 * system CJK fonts). Written for this generator only: nothing here comes from the project's
 * own drawing code. Each page shows an order number, a tracking number, page dates (labels,
 * a search box, the event list) and, when asked, the pickup (揽收) event, optionally marked.
 */
export type Rand = () => number;
export type PageTemplate = 'aliexpress' | 'cainiao' | '4px' | 'yunexpress' | 'phone' | 'seller';
export type MarkStyle = 'box' | 'circle' | 'arrow' | 'highlighter';
export type PageEvent = { time: string; text: string; pickup: boolean };
export type PageSpec = {
  template: PageTemplate;
  orderId: string;
  tracking: string;
  events: PageEvent[];
  orderTime: string;
  searchFrom: string;
  searchTo: string;
  mark: MarkStyle | null;
  font: string;
  /** Phone status bar clock (HH:MM), only on the phone template. */
  statusClock: string;
};

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Inline style wrapping the pickup row's time cell in the chosen mark. */
function markCss(mark: MarkStyle | null): string {
  switch (mark) {
    case 'box':
      return 'outline:3px solid #e02020;outline-offset:3px;';
    case 'circle':
      return 'border:3px solid #e8262a;border-radius:50%;padding:6px 14px;margin:-9px -17px;';
    case 'highlighter':
      return 'background:rgba(255,236,0,.75);';
    default:
      return '';
  }
}

function arrow(mark: MarkStyle | null): string {
  if (mark !== 'arrow') return '';
  return `<span style="display:inline-block;position:relative;width:70px;height:20px;vertical-align:middle;margin-left:10px">
    <svg width="70" height="24" viewBox="0 0 70 24"><path d="M68 12 H18" stroke="#e3161d" stroke-width="5"/><path d="M4 12 L22 2 L22 22 Z" fill="#e3161d"/></svg></span>`;
}

function eventRows(spec: PageSpec, rowStyle: string): string {
  return spec.events
    .map((e, i) => {
      const cell = e.pickup && spec.mark ? `<span style="${markCss(spec.mark)}">${esc(e.time)}</span>` : esc(e.time);
      const dot = i === 0 ? '#ff6a00' : '#c8c8c8';
      return `<tr style="${rowStyle}"><td style="width:14px"><span style="display:inline-block;width:10px;height:10px;border-radius:5px;background:${dot}"></span></td>
      <td style="white-space:nowrap;padding:10px 18px 10px 4px;color:${i === 0 ? '#222' : '#555'}">${cell}${e.pickup ? arrow(spec.mark) : ''}</td>
      <td style="padding:10px 4px;color:${i === 0 ? '#ff6a00' : '#333'}">${esc(e.text)}</td></tr>`;
    })
    .join('\n');
}

function pickupLabel(spec: PageSpec): string {
  const p = spec.events.find((e) => e.pickup);
  return p ? `<span style="margin-right:28px">揽收时间：${esc(p.time)}</span>` : '';
}

function aliexpress(spec: PageSpec): string {
  return `<div style="background:#f5f5f5;padding:0">
  <div style="background:#fff;height:56px;display:flex;align-items:center;padding:0 24px;border-bottom:1px solid #eee">
    <b style="color:#e62e04;font-size:22px">AliExpress</b><span style="margin-left:14px;color:#666">卖家中心 · 订单管理 · 物流详情</span></div>
  <div style="margin:18px 24px;background:#fff;padding:16px 20px;font-size:14px;color:#333">
    <div style="margin-bottom:10px">订单查询：<span style="border:1px solid #ccc;padding:5px 10px;color:#555">${spec.searchFrom} 至 ${spec.searchTo}</span>
      <span style="background:#e62e04;color:#fff;padding:5px 14px;margin-left:8px">搜索</span></div>
    <div style="line-height:2">订单号：<b>${spec.orderId}</b> &nbsp;&nbsp; 运单号：${spec.tracking} &nbsp;&nbsp; 物流服务：无忧物流-标准</div>
    <div style="line-height:2;color:#555"><span style="margin-right:28px">下单时间：${esc(spec.orderTime)}</span>${pickupLabel(spec)}</div>
  </div>
  <div style="margin:0 24px 24px;background:#fff;padding:12px 20px;font-size:14px">
    <div style="font-weight:bold;margin-bottom:6px">物流跟踪</div>
    <table style="border-collapse:collapse">${eventRows(spec, 'border-bottom:1px solid #f0f0f0')}</table></div></div>`;
}

function cainiao(spec: PageSpec): string {
  return `<div style="background:#fff">
  <div style="background:#ff5000;color:#fff;height:60px;display:flex;align-items:center;padding:0 30px;font-size:22px">菜鸟 · 包裹查询</div>
  <div style="padding:20px 30px;font-size:15px;color:#333">
    <div style="border:2px solid #ff5000;border-radius:22px;padding:8px 18px;width:520px;color:#999">${spec.tracking}</div>
    <div style="margin-top:14px">运单号 ${spec.tracking} &nbsp; | &nbsp; 关联订单 ${spec.orderId}</div>
    <div style="margin-top:6px;color:#666">查询区间：${spec.searchFrom} ~ ${spec.searchTo}</div>
    <div style="margin-top:16px;border-top:1px solid #eee;padding-top:8px"><table style="border-collapse:collapse">${eventRows(spec, '')}</table></div>
  </div></div>`;
}

function fourPx(spec: PageSpec): string {
  return `<div style="background:#eef2f7">
  <div style="background:#0b3d91;color:#fff;height:52px;display:flex;align-items:center;padding:0 24px;font-size:20px">4PX 递四方 · 轨迹查询 Tracking</div>
  <div style="margin:16px 24px;background:#fff;padding:14px 18px;font-size:14px;color:#222">
    <table style="border-collapse:collapse;width:100%"><tr style="background:#f3f6fa"><td style="padding:8px">Tracking No. 单号</td><td>Order 订单</td><td>下单时间</td><td>状态</td></tr>
    <tr><td style="padding:8px">${spec.tracking}</td><td>${spec.orderId}</td><td>${esc(spec.orderTime)}</td><td style="color:#0b8a3e">运输中</td></tr></table>
    <div style="margin-top:14px;font-weight:bold">轨迹详情 Details</div>
    <table style="border-collapse:collapse;margin-top:6px">${eventRows(spec, 'border-bottom:1px dashed #dde')}</table></div></div>`;
}

function yunExpress(spec: PageSpec): string {
  return `<div style="background:#fff">
  <div style="height:58px;display:flex;align-items:center;padding:0 28px;border-bottom:3px solid #1a73e8;font-size:21px;color:#1a73e8">云途物流 YunExpress</div>
  <div style="display:flex"><div style="width:220px;background:#f7f9fc;padding:18px;font-size:13px;color:#555;line-height:2.2">
    运单查询<br>批量查询<br>时效查询<br><span style="color:#999">日期 ${spec.searchFrom}</span></div>
  <div style="padding:18px 26px;font-size:14px;color:#333;flex:1">
    <div>运单号：${spec.tracking}</div><div>订单号：${spec.orderId}</div>
    <div style="color:#666">${pickupLabel(spec)}</div>
    <table style="border-collapse:collapse;margin-top:10px">${eventRows(spec, 'border-left:2px solid #dfe6f0')}</table></div></div></div>`;
}

function phone(spec: PageSpec): string {
  return `<div style="background:#f2f2f2;min-height:100%">
  <div style="height:34px;display:flex;justify-content:space-between;align-items:center;padding:0 22px;font-size:16px;font-weight:600;background:#fff">
    <span>${spec.statusClock}</span><span>●●●● 5G ▮▮▮</span></div>
  <div style="background:#fff;height:48px;display:flex;align-items:center;padding:0 16px;font-size:18px">‹ &nbsp; 物流详情</div>
  <div style="margin:10px;background:#fff;border-radius:10px;padding:12px 14px;font-size:15px;line-height:1.9">
    <div>订单号 ${spec.orderId}</div><div style="color:#666">运单号 ${spec.tracking}</div>
    <div style="color:#666">下单时间 ${esc(spec.orderTime)}</div></div>
  <div style="margin:10px;background:#fff;border-radius:10px;padding:8px 12px;font-size:14px">
    <table style="border-collapse:collapse">${eventRows(spec, '')}</table></div></div>`;
}

/** A seller back-office order list: a date-range search box, a table with 下单时间 and 揽收时间 columns, then the track. */
function seller(spec: PageSpec): string {
  const pickup = spec.events.find((e) => e.pickup);
  return `<div style="background:#f0f2f5;font-size:14px;color:#333">
  <div style="background:#1f2d3d;color:#fff;height:50px;display:flex;align-items:center;padding:0 22px;font-size:18px">卖家后台 · 订单 · 发货管理</div>
  <div style="margin:14px 20px;background:#fff;padding:14px 18px">
    <div>下单日期 <span style="border:1px solid #c0c4cc;border-radius:3px;padding:5px 10px;color:#606266">${spec.searchFrom} → ${spec.searchTo}</span>
      <span style="border:1px solid #c0c4cc;border-radius:3px;padding:5px 10px;margin-left:10px;color:#aaa">请输入订单号</span>
      <span style="background:#409eff;color:#fff;padding:5px 14px;margin-left:8px;border-radius:3px">查询</span></div>
    <table style="border-collapse:collapse;width:100%;margin-top:14px"><tr style="background:#fafafa;color:#909399"><td style="padding:8px">订单号</td><td>运单号</td><td>下单时间</td><td>揽收时间</td><td>状态</td></tr>
    <tr><td style="padding:8px">${spec.orderId}</td><td>${spec.tracking}</td><td>${esc(spec.orderTime)}</td><td>${pickup ? esc(pickup.time) : '—'}</td><td style="color:#67c23a">已发货</td></tr></table></div>
  <div style="margin:0 20px 20px;background:#fff;padding:12px 18px">
    <div style="font-weight:bold;margin-bottom:6px">物流轨迹</div>
    <table style="border-collapse:collapse">${eventRows(spec, 'border-bottom:1px solid #ebeef5')}</table></div></div>`;
}

const TEMPLATES: Record<PageTemplate, (spec: PageSpec) => string> = {
  seller,
  aliexpress,
  cainiao,
  '4px': fourPx,
  yunexpress: yunExpress,
  phone,
};

export const PAGE_SIZES: Record<PageTemplate, { width: number; height: number }> = {
  aliexpress: { width: 1280, height: 800 },
  cainiao: { width: 1200, height: 820 },
  '4px': { width: 1280, height: 760 },
  yunexpress: { width: 1180, height: 780 },
  phone: { width: 540, height: 1120 },
  seller: { width: 1240, height: 800 },
};

export function pageBody(spec: PageSpec): string {
  return TEMPLATES[spec.template](spec);
}

/** Event descriptions, newest first; the pickup is the oldest event after 已下单. */
export const TRANSIT_TEXTS = [
  '【目的国】包裹已妥投 Delivered',
  '【目的国】派送中，快递员正在派件',
  '【目的国】到达当地分拣中心',
  '航班已抵达目的国机场',
  '【深圳】航班已起飞',
  '【深圳】已完成出口清关',
  '【深圳】离开深圳转运中心，发往机场',
  '【深圳】到达菜鸟深圳转运中心',
];
export const PICKUP_TEXTS = [
  '【深圳市】快递员已揽收',
  '【东莞市】揽收成功，揽收员：王师傅',
  '【广州】包裹已被揽收 Picked up',
  '卖家已交接，揽收完成',
];
