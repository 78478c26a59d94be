/**
 * Capture-time stamps as HTML/SVG overlays, in the styles real tools produce: camera date
 * imprints (seven-segment digits drawn as SVG segments), watermark-camera panels, 截图时间
 * captions, text overlays (shadow, outline, plain, translucent), a desktop taskbar clock and
 * (no stamp at all) a phone status bar. Independent of the project's drawing code.
 */
import type { Rand } from './pages';

export type StampStyle =
  | 'seg7-short'
  | 'seg7-long'
  | 'camera-panel'
  | 'caption'
  | 'text-shadow'
  | 'text-outline'
  | 'text-plain'
  | 'text-translucent'
  | 'text-cjk'
  | 'text-white-translucent'
  | 'seg7-dashed'
  | 'camera-panel-stacked'
  | 'caption-bar'
  | 'taskbar'
  | 'menubar';
export type Corner = 'tl' | 'tr' | 'bl' | 'br' | 'top' | 'bottom';
export type WallTime = { y: number; mo: number; d: number; h: number; mi: number; s: number };

const p2 = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const PLACES = ['广东省深圳市宝安区福永街道', '广东省东莞市长安镇', '浙江省义乌市稠江街道', '广东省广州市白云区太和镇'];
const FONTS = [
  "'Noto Sans CJK SC'",
  "'WenQuanYi Zen Hei'",
  "'DejaVu Sans Mono'",
  "'Noto Serif CJK SC'",
  "'DejaVu Sans'",
  "'WenQuanYi Micro Hei'",
];

function weekday(t: WallTime): string {
  return WEEKDAYS[new Date(Date.UTC(t.y, t.mo - 1, t.d)).getUTCDay()] ?? '';
}

/** Which segments (a..g) light up per digit. */
const SEGMENTS: Record<string, string> = {
  '0': 'abcdef',
  '1': 'bc',
  '2': 'abdeg',
  '3': 'abcdg',
  '4': 'bcfg',
  '5': 'acdfg',
  '6': 'acdefg',
  '7': 'abc',
  '8': 'abcdefg',
  '9': 'abcdfg',
};

/** One seven-segment string ("'26 10 05", "2026/10/28 20:41") as an SVG, digits w×h px. */
export function sevenSegmentSvg(text: string, h: number, colour: string): string {
  const w = h * 0.55;
  const t = Math.max(2, h * 0.12);
  const seg: Record<string, [number, number, number, number]> = {
    a: [t, 0, w - 2 * t, t],
    d: [t, h - t, w - 2 * t, t],
    g: [t, h / 2 - t / 2, w - 2 * t, t],
    f: [0, t, t, h / 2 - t],
    b: [w - t, t, t, h / 2 - t],
    e: [0, h / 2, t, h / 2 - t],
    c: [w - t, h / 2, t, h / 2 - t],
  };
  let x = 0;
  const parts: string[] = [];
  for (const ch of text) {
    const lit = SEGMENTS[ch];
    if (lit) {
      for (const s of lit) {
        const [sx, sy, sw, sh] = seg[s] ?? [0, 0, 0, 0];
        parts.push(
          `<rect x="${(x + sx).toFixed(1)}" y="${sy.toFixed(1)}" width="${sw.toFixed(1)}" height="${sh.toFixed(1)}" rx="${(t / 3).toFixed(1)}"/>`,
        );
      }
      x += w + t * 1.2;
    } else if (ch === ':') {
      parts.push(
        `<rect x="${x}" y="${h * 0.28}" width="${t}" height="${t}"/><rect x="${x}" y="${h * 0.66}" width="${t}" height="${t}"/>`,
      );
      x += t * 2.5;
    } else if (ch === '/' || ch === '-') {
      parts.push(
        ch === '/'
          ? `<path d="M${x} ${h} L${x + w * 0.5} 0 L${x + w * 0.5 + t} 0 L${x + t} ${h}Z"/>`
          : `<rect x="${x}" y="${h / 2 - t / 2}" width="${w * 0.6}" height="${t}"/>`,
      );
      x += w * 0.8;
    } else if (ch === "'") {
      parts.push(`<rect x="${x}" y="0" width="${t}" height="${h * 0.3}"/>`);
      x += t * 2.5;
    } else x += w * 0.7;
  }
  return `<svg width="${Math.ceil(x)}" height="${Math.ceil(h)}" style="fill:${colour};filter:drop-shadow(0 0 ${(h / 14).toFixed(1)}px ${colour});display:block">${parts.join('')}</svg>`;
}

function place(corner: Corner, margin: number): string {
  switch (corner) {
    case 'tl':
      return `top:${margin}px;left:${margin}px;`;
    case 'tr':
      return `top:${margin}px;right:${margin}px;`;
    case 'bl':
      return `bottom:${margin}px;left:${margin}px;`;
    case 'br':
      return `bottom:${margin}px;right:${margin}px;`;
    case 'top':
      return `top:${margin}px;left:50%;transform:translateX(-50%);`;
    case 'bottom':
      return `bottom:${margin}px;left:50%;transform:translateX(-50%);`;
  }
}

export type StampHtml = { html: string; text: string; barBottom?: number; barTop?: number };

function cameraPanel(t: WallTime, rnd: Rand, font: string): { inner: string; text: string } {
  const sep = rnd() < 0.5 ? '.' : '-';
  const date = `${t.y}${sep}${p2(t.mo)}${sep}${p2(t.d)}`;
  const code =
    rnd() < 0.5
      ? `<div style="font-size:13px;opacity:.85">防伪码 ${Math.floor(rnd() * 1e6)
          .toString(36)
          .toUpperCase()}Q${Math.floor(rnd() * 90 + 10)}</div>`
      : '';
  const place = PLACES[Math.floor(rnd() * PLACES.length)] ?? '';
  const inner = `<div style="background:rgba(0,0,0,${(0.25 + rnd() * 0.3).toFixed(2)});color:#fff;padding:10px 16px;border-radius:6px;font-family:${font};display:flex;gap:12px">
    <div style="font-size:${40 + Math.floor(rnd() * 16)}px;font-weight:bold;line-height:1">${p2(t.h)}:${p2(t.mi)}</div>
    <div style="border-left:4px solid #ffc400;padding-left:10px;font-size:16px;line-height:1.35"><div>${date}</div><div>${weekday(t)}</div>
    <div style="font-size:13px">${place}</div>${code}</div></div>`;
  return { inner, text: `${date} ${p2(t.h)}:${p2(t.mi)}` };
}

/** A watermark-camera panel in the other common layout: big time, date and weekday on one line, the place under it. */
function stackedPanel(t: WallTime, rnd: Rand, font: string): { inner: string; text: string } {
  const date = `${t.y}/${p2(t.mo)}/${p2(t.d)}`;
  const place = PLACES[Math.floor(rnd() * PLACES.length)] ?? '';
  const inner = `<div style="background:rgba(${rnd() < 0.5 ? '0,0,0' : '20,60,120'},${(0.2 + rnd() * 0.35).toFixed(2)});color:#fff;padding:8px 14px;border-radius:4px;font-family:${font};text-shadow:0 1px 2px rgba(0,0,0,.6)">
    <div style="font-size:${44 + Math.floor(rnd() * 14)}px;font-weight:bold;line-height:1.05">${p2(t.h)}:${p2(t.mi)}</div>
    <div style="font-size:17px">${date} ${weekday(t)}</div><div style="font-size:13px;opacity:.9">📍 ${place}</div></div>`;
  return { inner, text: `${date} ${p2(t.h)}:${p2(t.mi)}` };
}

/** The HTML of one stamp over a page of the given size. */
export function stampHtml(style: StampStyle, corner: Corner, t: WallTime, rnd: Rand): StampHtml {
  const font = FONTS[Math.floor(rnd() * FONTS.length)] ?? 'sans-serif';
  const margin = 8 + Math.floor(rnd() * 30);
  const long = `${t.y}-${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`;
  const size = 20 + Math.floor(rnd() * 16);
  const box = (inner: string, extra = ''): string =>
    `<div style="position:absolute;z-index:9;${place(corner, margin)}${extra}">${inner}</div>`;
  switch (style) {
    case 'seg7-short': {
      const text = `'${p2(t.y % 100)} ${p2(t.mo)} ${p2(t.d)}`;
      return { html: box(sevenSegmentSvg(text, 26 + rnd() * 14, rnd() < 0.5 ? '#ff8a1c' : '#ffc21a')), text };
    }
    case 'seg7-long': {
      const text = `${t.y}/${p2(t.mo)}/${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}`;
      return { html: box(sevenSegmentSvg(text, 24 + rnd() * 12, rnd() < 0.5 ? '#ffb000' : '#ff7a12')), text };
    }
    case 'camera-panel': {
      const { inner, text } = cameraPanel(t, rnd, font);
      return { html: box(inner), text };
    }
    case 'caption': {
      const text = `截图时间：${long}`;
      const top = corner === 'tl' || corner === 'tr' || corner === 'top';
      const html = `<div style="position:absolute;z-index:9;left:0;right:0;${top ? 'top:0' : 'bottom:0'};background:#fafafa;border-${top ? 'bottom' : 'top'}:1px solid #ddd;color:#666;font-size:${14 + Math.floor(rnd() * 6)}px;padding:8px 16px;text-align:${rnd() < 0.5 ? 'left' : 'right'};font-family:${font}">${text}</div>`;
      return { html, text };
    }
    case 'text-shadow':
      return {
        html: box(long, `color:#fff;font:bold ${size}px ${font};text-shadow:2px 2px 3px rgba(0,0,0,.85)`),
        text: long,
      };
    case 'text-outline':
      return {
        html: box(
          long,
          `color:${rnd() < 0.5 ? '#fff' : '#ffe14a'};font:bold ${size}px ${font};-webkit-text-stroke:1.2px #000;paint-order:stroke fill`,
        ),
        text: long,
      };
    case 'text-plain': {
      const colours = ['#e53935', '#ff6d00', '#1e88e5', '#d81b60', '#2e7d32', '#f9a825'];
      return {
        html: box(long, `color:${colours[Math.floor(rnd() * colours.length)]};font:bold ${size}px ${font}`),
        text: long,
      };
    }
    case 'text-translucent':
      return {
        html: box(
          long,
          `color:rgba(${rnd() < 0.5 ? '255,60,40' : '20,90,230'},${(0.55 + rnd() * 0.3).toFixed(2)});font:bold ${size + 6}px ${font}`,
        ),
        text: long,
      };
    case 'text-cjk': {
      const text = `${t.y}年${t.mo}月${t.d}日 ${p2(t.h)}:${p2(t.mi)}`;
      return {
        html: box(
          text,
          `color:${rnd() < 0.5 ? '#fff' : '#ff3d00'};font:bold ${size}px ${font};text-shadow:1px 1px 2px #000`,
        ),
        text,
      };
    }
    case 'text-white-translucent':
      return {
        html: box(
          long,
          `color:rgba(255,255,255,${(0.6 + rnd() * 0.3).toFixed(2)});font:bold ${size + 4}px ${font};${rnd() < 0.5 ? '-webkit-text-stroke:1px rgba(0,0,0,.6);paint-order:stroke fill' : 'text-shadow:0 0 3px rgba(0,0,0,.9)'}`,
        ),
        text: long,
      };
    case 'seg7-dashed': {
      const text = `${t.y}-${p2(t.mo)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}`;
      return { html: box(sevenSegmentSvg(text, 22 + rnd() * 14, rnd() < 0.5 ? '#ffd000' : '#ff9100')), text };
    }
    case 'camera-panel-stacked': {
      const { inner, text } = stackedPanel(t, rnd, font);
      return { html: box(inner), text };
    }
    case 'caption-bar': {
      const text = `${rnd() < 0.5 ? '截屏时间' : '截图时间'} ${t.y}/${p2(t.mo)}/${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}`;
      const top = corner === 'tl' || corner === 'tr' || corner === 'top';
      const bg = ['rgba(0,0,0,.55)', 'rgba(30,110,230,.8)', 'rgba(230,70,40,.75)'][Math.floor(rnd() * 3)] ?? '#000';
      const html = `<div style="position:absolute;z-index:9;${top ? 'top' : 'bottom'}:${margin}px;${corner.endsWith('l') ? 'left' : 'right'}:${margin}px;background:${bg};color:#fff;border-radius:14px;font-size:${15 + Math.floor(rnd() * 6)}px;padding:6px 14px;font-family:${font}">${text}</div>`;
      return { html, text };
    }
    case 'menubar': {
      const html = `<div style="position:absolute;z-index:9;left:0;right:0;top:0;height:26px;background:rgba(236,236,236,.96);color:#111;display:flex;align-items:center;justify-content:space-between;padding:0 14px;font:13px 'Noto Sans CJK SC'">
        <span> Chrome &nbsp; 文件 &nbsp; 编辑 &nbsp; 显示 &nbsp; 历史记录</span><span>🔋 &nbsp; ${t.y}年${t.mo}月${t.d}日 ${weekday(t).replace('星期', '周')} ${p2(t.h)}:${p2(t.mi)}</span></div>`;
      return { html, text: `${t.y}年${t.mo}月${t.d}日 ${p2(t.h)}:${p2(t.mi)}`, barTop: 26 };
    }
    case 'taskbar': {
      const html = `<div style="position:absolute;z-index:9;left:0;right:0;bottom:0;height:44px;background:#202020;color:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 14px;font-family:'Noto Sans CJK SC'">
        <span style="font-size:18px">⊞ &nbsp; 🔍 搜索 &nbsp; ▣ ▣ ▣</span><span style="text-align:center;font-size:12px;line-height:1.35">${p2(t.h)}:${p2(t.mi)}<br>${t.y}/${t.mo}/${t.d}</span></div>`;
      return { html, text: `${t.y}/${t.mo}/${t.d} ${p2(t.h)}:${p2(t.mi)}`, barBottom: 44 };
    }
  }
}
