/**
 * Scenes the letter page is rendered in, in Chromium: a flat page (scanner), a page lying on a desk
 * seen by a phone camera (CSS 3D perspective, desk texture, drop shadow, uneven light, a hand's
 * shadow, sometimes a corner out of frame; the uneven light is added afterwards in capture.ts), and a PDF viewer window around the page.
 */
import type { Rng } from './rng';

export const MM_PX = 96 / 25.4;
export const PAGE_W = Math.round(210 * MM_PX);
export const PAGE_H = Math.round(297 * MM_PX);

export interface Scene {
  /** CSS for the body and scene elements. */
  css: string;
  /** Wraps the page markup (one or more .page divs) into the scene. */
  wrap: (pages: string[]) => string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  /** Applied to #stage after the overlays are placed (so anchors are measured on the flat page). */
  stageTransform: string;
}

export function scanScene(dpi: number): Scene {
  return {
    css: 'body{margin:0;background:#fff}#stage{position:relative;width:210mm;height:297mm}',
    wrap: (pages) => `<div id="stage">${pages[0] ?? ''}</div>`,
    viewport: { width: PAGE_W, height: PAGE_H },
    deviceScaleFactor: dpi / 96,
    stageTransform: 'none',
  };
}

const DESKS = [
  // wood
  (rng: Rng) =>
    `background:repeating-linear-gradient(${rng.int(80, 100)}deg,#8a5a35 0 ${rng.int(6, 14)}px,#7a4c2c ${rng.int(15, 22)}px,#93633d ${rng.int(26, 40)}px)`,
  // grey office desk
  (rng: Rng) => `background:linear-gradient(${rng.int(0, 360)}deg,#6f7377,#8c9095)`,
  // white/light desk: low contrast with the paper
  (rng: Rng) => `background:linear-gradient(${rng.int(0, 360)}deg,#d8d4cc,#c9c5bd)`,
  // dark desk or mat
  (rng: Rng) => `background:radial-gradient(circle at ${rng.int(20, 80)}% ${rng.int(20, 80)}%,#3b3d40,#1f2022)`,
  // green cutting mat with grid
  (rng: Rng) =>
    `background:repeating-linear-gradient(0deg,rgba(255,255,255,.15) 0 1px,transparent 1px ${rng.int(28, 40)}px),repeating-linear-gradient(90deg,rgba(255,255,255,.15) 0 1px,transparent 1px ${rng.int(28, 40)}px),#2f6b4f`,
];

export interface PhotoOptions {
  pages: number;
  cutCorner: boolean;
}

export function photoScene(rng: Rng, options: PhotoOptions): Scene {
  const landscape = options.pages > 1;
  const viewport = landscape ? { width: 1333, height: 1000 } : { width: 1000, height: 1333 };
  // Mostly the page fills most of the frame; sometimes it was taken from further away.
  const fill = options.cutCorner
    ? rng.range(1.0, 1.08)
    : rng.chance(0.15)
      ? rng.range(0.62, 0.75)
      : rng.range(0.76, 0.92);
  const pageScale = landscape
    ? (viewport.width * fill) / (PAGE_W * 2 + 60)
    : Math.min((viewport.height * fill) / PAGE_H, (viewport.width * 0.98) / PAGE_W);
  // A cut-off corner is always a top corner: the signing block at the bottom stays in the frame.
  const tx = options.cutCorner ? rng.pick([-1, 1]) * rng.range(25, 45) : rng.range(-30, 30);
  const ty = options.cutCorner ? -rng.range(40, 75) : rng.range(-25, 25);
  const rx = rng.range(-14, 14);
  const ry = rng.range(-10, 10);
  const rz = rng.range(-5, 5);
  const stageTransform = `translate(-50%,-50%) translate(${tx.toFixed(0)}px,${ty.toFixed(0)}px) perspective(${rng.int(1300, 2600)}px) rotateX(${rx.toFixed(1)}deg) rotateY(${ry.toFixed(1)}deg) rotateZ(${rz.toFixed(1)}deg) scale(${pageScale.toFixed(3)})`;
  const desk = rng.pick(DESKS)(rng);
  const shadow = `${rng.int(4, 18)}px ${rng.int(6, 22)}px ${rng.int(18, 40)}px rgba(0,0,0,${rng.range(0.3, 0.6).toFixed(2)})`;
  const paperTint = rng.pick(['#fff', '#fdfcf8', '#fbfaf5', '#f8f8f6']);
  const css =
    `body{margin:0;overflow:hidden}#desk{position:absolute;inset:0;${desk}}` +
    `#stage{position:absolute;left:50%;top:50%;display:flex;gap:60px;transform-origin:50% 50%}` +
    `#stage .page{box-shadow:${shadow};background:${paperTint}}`;
  return {
    css,
    wrap: (pages) => `<div id="desk"></div><div id="stage">${pages.join('')}</div>`,
    viewport,
    deviceScaleFactor: 1.5,
    stageTransform,
  };
}

const VIEWERS = [
  { width: 1920, height: 1080, dsf: 1 },
  { width: 1440, height: 900, dsf: 2 },
  { width: 1600, height: 900, dsf: 1.25 },
  { width: 1280, height: 800, dsf: 2 },
];

export function viewerScene(rng: Rng, fileName: string): Scene {
  const v = rng.pick(VIEWERS);
  const dark = rng.chance(0.6);
  const bar = dark ? '#323639' : '#f1f1f1';
  const barText = dark ? '#f1f1f1' : '#333';
  const canvas = dark ? '#525659' : '#e6e6e6';
  const barH = rng.int(40, 56);
  const scale = (v.height - barH - rng.int(16, 40)) / PAGE_H;
  const zoom = Math.round(scale * 100 * (96 / 96));
  const toolbar =
    `<div id="bar" style="height:${barH}px;background:${bar};color:${barText}">` +
    `<span>☰</span><span class="name">${fileName}</span><span class="mid">1 / 1 &nbsp;&nbsp; — &nbsp;${zoom}%&nbsp; + &nbsp;&nbsp; ⤢ ⟲</span><span class="right">↓ &nbsp; ▤ &nbsp; ⋮</span></div>`;
  const css =
    `body{margin:0;overflow:hidden;background:${canvas};font-family:'Noto Sans CJK SC',sans-serif}` +
    `#bar{position:absolute;left:0;right:0;top:0;display:flex;align-items:center;gap:18px;padding:0 16px;font-size:14px;box-shadow:0 1px 4px rgba(0,0,0,.4);z-index:2}` +
    '#bar .mid{margin-left:auto;margin-right:auto}#bar .name{max-width:360px;overflow:hidden;white-space:nowrap}' +
    `#stage{position:absolute;left:50%;top:${barH + (v.height - barH) / 2}px;transform-origin:50% 50%}` +
    '#stage .page{box-shadow:0 2px 8px rgba(0,0,0,.45)}';
  return {
    css,
    wrap: (pages) => `${toolbar}<div id="stage">${pages[0] ?? ''}</div>`,
    viewport: { width: v.width, height: v.height },
    deviceScaleFactor: v.dsf,
    stageTransform: `translate(-50%,-50%) scale(${scale.toFixed(4)}) rotate(${rng.range(-0.6, 0.6).toFixed(2)}deg)`,
  };
}
