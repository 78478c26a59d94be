/**
 * Company seals (公章) as SVG in millimetres: a ring, the company name along the upper arc, a star,
 * sometimes a bottom line (合同专用章) or a serial number along the lower arc. Ink varies (pale, dense,
 * uneven, purple-red, stamped twice); 'blurry' variants are smeared, motion-blurred or double-stamped
 * with a small offset, which is what a checker must call SEAL_BLURRY.
 */
import type { Rng } from './rng';

export type SealInk = 'normal' | 'pale' | 'dense' | 'uneven' | 'purple' | 'twice';
export type SealBlur = 'gaussian' | 'motion' | 'double';

export interface SealSpec {
  text: string;
  widthMm: number;
  heightMm: number;
  ink: SealInk;
  blur: SealBlur | null;
  bottomText: string | null;
  serial: string | null;
  rotationDeg: number;
  color: string;
  opacity: number;
  noiseSeed: number;
  font: string;
}

const REDS = ['#d7141e', '#e0262f', '#c8102e', '#d42a2a', '#e23b3b'];
const PURPLES = ['#b0246a', '#a8306e', '#b83a64'];

export function makeSealSpec(rng: Rng, text: string, blurry: boolean): SealSpec {
  const oval = rng.chance(0.15);
  const widthMm = oval ? rng.range(42, 45) : rng.range(38, 45);
  const ink: SealInk = rng.pick(['normal', 'normal', 'pale', 'dense', 'uneven', 'uneven', 'purple', 'twice']);
  const blur: SealBlur | null = blurry ? rng.pick(['gaussian', 'motion', 'double'] as const) : null;
  const opacity = ink === 'pale' ? rng.range(0.45, 0.62) : ink === 'dense' ? 1 : rng.range(0.78, 0.95);
  return {
    text,
    widthMm,
    heightMm: oval ? widthMm * rng.range(0.66, 0.75) : widthMm,
    ink,
    blur,
    bottomText: rng.chance(0.15) ? rng.pick(['合同专用章', '业务专用章']) : null,
    serial: rng.chance(0.35) ? String(rng.int(1e12, 9.99e12)).slice(0, 13) : null,
    rotationDeg: rng.range(-25, 25),
    color: ink === 'purple' ? rng.pick(PURPLES) : rng.pick(REDS),
    opacity,
    noiseSeed: rng.int(1, 9999),
    font: rng.pick(['Noto Serif CJK SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei']),
  };
}

function star(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(3)},${(cy + radius * Math.sin(angle)).toFixed(3)}`);
  }
  return `<polygon points="${points.join(' ')}"/>`;
}

/** An elliptical arc path through the upper (or lower) part of the ring, for textPath. */
function arcPath(id: string, cx: number, cy: number, rx: number, ry: number, upper: boolean, spanDeg: number): string {
  const half = (spanDeg / 2) * (Math.PI / 180);
  const mid = upper ? -Math.PI / 2 : Math.PI / 2;
  const a0 = upper ? mid - half : mid + half;
  const a1 = upper ? mid + half : mid - half;
  const x0 = cx + rx * Math.cos(a0);
  const y0 = cy + ry * Math.sin(a0);
  const x1 = cx + rx * Math.cos(a1);
  const y1 = cy + ry * Math.sin(a1);
  const large = spanDeg > 180 ? 1 : 0;
  const sweep = upper ? 1 : 0;
  return `<path id="${id}" d="M ${x0.toFixed(3)} ${y0.toFixed(3)} A ${rx} ${ry} 0 ${large} ${sweep} ${x1.toFixed(3)} ${y1.toFixed(3)}" fill="none"/>`;
}

function arcLength(rx: number, ry: number, spanDeg: number): number {
  const r = Math.sqrt((rx * rx + ry * ry) / 2);
  return (r * spanDeg * Math.PI) / 180;
}

function inkFilter(spec: SealSpec, id: string): string {
  const parts: string[] = [];
  // Ink always soaks into the paper a little; the uneven pad leaves holes and faint patches.
  if (spec.ink === 'uneven' || spec.ink === 'pale' || spec.ink === 'twice') {
    parts.push(
      `<feTurbulence type="fractalNoise" baseFrequency="${spec.ink === 'uneven' ? 0.35 : 0.8}" numOctaves="3" seed="${spec.noiseSeed}" result="noise"/>`,
    );
    const slope = spec.ink === 'uneven' ? -3.2 : -1.6;
    const intercept = spec.ink === 'uneven' ? 2.3 : 1.75;
    parts.push(
      `<feColorMatrix in="noise" type="matrix" values="0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 ${slope} 0 0 0 ${intercept}" result="mask"/>`,
    );
    parts.push('<feComposite in="SourceGraphic" in2="mask" operator="in" result="inked"/>');
  } else {
    parts.push(
      `<feTurbulence type="fractalNoise" baseFrequency="1.6" numOctaves="2" seed="${spec.noiseSeed}" result="noise"/>`,
    );
    parts.push(
      '<feColorMatrix in="noise" type="matrix" values="0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 -0.9 0 0 0 1.35" result="mask"/>',
    );
    parts.push('<feComposite in="SourceGraphic" in2="mask" operator="in" result="inked"/>');
  }
  if (spec.blur === 'gaussian')
    parts.push(`<feGaussianBlur in="inked" stdDeviation="${(0.35 + (spec.noiseSeed % 5) * 0.07).toFixed(2)}"/>`);
  if (spec.blur === 'motion')
    parts.push(`<feGaussianBlur in="inked" stdDeviation="${(0.6 + (spec.noiseSeed % 4) * 0.15).toFixed(2)} 0.08"/>`);
  return `<filter id="${id}" x="-10%" y="-10%" width="120%" height="120%" color-interpolation-filters="sRGB">${parts.join('')}</filter>`;
}

function sealBody(spec: SealSpec, id: string): string {
  const w = spec.widthMm;
  const h = spec.heightMm;
  const cx = w / 2 + 2;
  const cy = h / 2 + 2;
  const ring = Math.max(0.9, w * 0.028);
  const rx = w / 2 - ring / 2;
  const ry = h / 2 - ring / 2;
  const fontSize = Math.min(h * 0.15, (w * 0.95 * Math.PI) / Math.max(8, spec.text.length * 1.15));
  const textRx = rx - ring / 2 - fontSize * 0.92;
  const textRy = ry - ring / 2 - fontSize * 0.92;
  const span = Math.min(250, 150 + spec.text.length * 5.5);
  const length = arcLength(textRx, textRy, span) * 0.97;
  const starR = h * 0.16;
  const starCy = cy - (spec.bottomText ? h * 0.06 : 0);
  const parts = [
    `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="none" stroke-width="${ring.toFixed(2)}" stroke="currentColor"/>`,
    arcPath(`${id}-arc`, cx, cy, textRx, textRy, true, span),
    `<text font-family="${spec.font}" font-weight="700" font-size="${fontSize.toFixed(2)}" fill="currentColor">` +
      `<textPath href="#${id}-arc" textLength="${length.toFixed(2)}" lengthAdjust="spacingAndGlyphs">${spec.text}</textPath></text>`,
    `<g fill="currentColor">${star(cx, starCy, starR)}</g>`,
  ];
  if (spec.bottomText) {
    parts.push(
      `<text x="${cx}" y="${(cy + h * 0.27).toFixed(2)}" text-anchor="middle" font-family="${spec.font}" font-weight="700" font-size="${(h * 0.085).toFixed(2)}" fill="currentColor">${spec.bottomText}</text>`,
    );
  }
  if (spec.serial) {
    const serialRx = rx - ring / 2 - h * 0.045;
    const serialRy = ry - ring / 2 - h * 0.045;
    parts.push(arcPath(`${id}-low`, cx, cy, serialRx, serialRy, false, 70));
    parts.push(
      `<text font-family="DejaVu Sans, sans-serif" font-size="${(h * 0.05).toFixed(2)}" fill="currentColor"><textPath href="#${id}-low" textLength="${arcLength(serialRx, serialRy, 70).toFixed(2)}" lengthAdjust="spacing">${spec.serial}</textPath></text>`,
    );
  }
  return parts.join('');
}

/** The seal as an SVG element sized in mm, its centre at the element's centre. */
export function sealSvg(spec: SealSpec, id: string): { svg: string; widthMm: number; heightMm: number } {
  const box = Math.max(spec.widthMm, spec.heightMm) + 4;
  const pad = spec.ink === 'twice' ? 18 : 3;
  const size = box + pad * 2;
  const body = sealBody(spec, id);
  const offX = (size - spec.widthMm - 4) / 2;
  const offY = (size - spec.heightMm - 4) / 2;
  const rotate = `rotate(${spec.rotationDeg.toFixed(1)} ${size / 2} ${size / 2})`;
  const copies: string[] = [];
  const place = (dx: number, dy: number, opacity: number, extraRotate: number): void => {
    copies.push(
      `<g transform="translate(${(offX + dx).toFixed(2)} ${(offY + dy).toFixed(2)}) rotate(${extraRotate} ${spec.widthMm / 2 + 2} ${spec.heightMm / 2 + 2})" opacity="${opacity.toFixed(2)}">${body}</g>`,
    );
  };
  if (spec.blur === 'double') {
    const dx = 0.5 + (spec.noiseSeed % 7) * 0.15;
    place(0, 0, 0.7, 0);
    place(dx, dx * 0.6, 0.6, 0.6);
  } else if (spec.ink === 'twice') {
    // Stamped twice: a second, clear impression well apart from the first (partly overlapping).
    place(-12, -8, 0.55, 4);
    place(4, 3, 1, 0);
  } else {
    place(0, 0, 1, 0);
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}mm" height="${size}mm" viewBox="0 0 ${size} ${size}" style="color:${spec.color};opacity:${spec.opacity.toFixed(2)}">` +
    `<defs>${inkFilter(spec, `${id}-ink`)}</defs><g filter="url(#${id}-ink)" transform="${rotate}">${copies.join('')}</g></svg>`;
  return { svg, widthMm: size, heightMm: size };
}
