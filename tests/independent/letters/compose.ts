/**
 * Puts a planned letter together: the template's page, then a seal and a signature placed against
 * the measured anchors (over the company name, the date, the signature or beside the labels), the
 * way a seller signs and stamps a printed letter.
 */
import type { Rng } from './rng';
import type { AnchorRect, Anchors, Overlay } from './browser';
import { makeSealSpec, sealSvg } from './seal';
import { makeSignatureSpec, signatureSvg } from './signature';
import { renderTemplate } from './templates';
import { licencePage } from './licence';
import type { PlannedFile } from './plan';

const FONTS = [
  'Noto Sans CJK SC',
  'Noto Serif CJK SC',
  'WenQuanYi Zen Hei',
  'WenQuanYi Micro Hei',
  'Noto Serif CJK SC',
];

export interface ComposedPages {
  pages: string[];
  /** Decides where the seal and signature go once the anchors are measured. */
  overlays: (anchors: Anchors[]) => Overlay[];
  /** What was placed, for the truth file (mm on the page, before capture). */
  placed: { seal: AnchorRect | null; signature: AnchorRect | null; sealStyle: SealStyle | null; folded: boolean };
}

/** How the seal was inked, for looking into a checker's misses. */
export interface SealStyle {
  ink: string;
  blur: string | null;
  oval: boolean;
  widthMm: number;
  color: string;
  opacity: number;
}

const centre = (r: AnchorRect): [number, number] => [r.x + r.w / 2, r.y + r.h / 2];
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

function sealCentre(rng: Rng, a: Anchors): [number, number] {
  const choices: [string, number][] = [
    ['company', 5],
    ['stamp', 2],
    ['date', 2],
    ['sign-field', 2],
    ['legal', 1],
  ];
  const available = choices.filter(([name]) => a[name]);
  const weighted = available.flatMap(([name, w]) => Array.from({ length: w }, () => name));
  const name = rng.pick(weighted.length > 0 ? weighted : ['stamp']);
  const r = a[name] ?? { x: 120, y: 230, w: 30, h: 6 };
  const [cx0, cy] = centre(r);
  let cx = cx0;
  if (name === 'stamp') cx = r.x + r.w + rng.range(8, 22);
  if (name === 'company') cx = r.x + r.w * rng.range(0.3, 0.95);
  return [clamp(cx + rng.range(-8, 8), 32, 178), clamp(cy + rng.range(-10, 8), 40, 265)];
}

/** Where the signature goes, kept on the sheet (a right-aligned block leaves no room to its right). */
function signaturePlace(rng: Rng, a: Anchors, w: number, h: number): [number, number] {
  const [x, y] = signatureSpot(rng, a, w, h);
  return [clamp(x, 12, 205 - w), y];
}

function signatureSpot(rng: Rng, a: Anchors, w: number, h: number): [number, number] {
  const label = a.sign;
  const field = a['sign-field'];
  const mode = rng.pick(['field', 'field', 'field', 'cross', 'below']);
  if (mode === 'field' && field) {
    const [cx] = centre(field);
    return [cx - w / 2 + rng.range(-6, 6), field.y + field.h - h * rng.range(0.55, 0.85)];
  }
  if (label && mode === 'cross')
    return [label.x + label.w * rng.range(0.55, 0.85), label.y + label.h / 2 - h * rng.range(0.4, 0.7)];
  if (label && mode === 'below') return [label.x + rng.range(0, 15), label.y + label.h + rng.range(-1, 3)];
  if (label) return [label.x + label.w + rng.range(0, 5), label.y + label.h / 2 - h / 2];
  return [120, 240];
}

/** A letter folded in three for the envelope: two soft creases across the page. */
function withFolds(html: string, rng: Rng): string {
  const crease = (yMm: number): string =>
    `<div class="overlay" style="left:0;right:0;top:${(yMm - 3).toFixed(1)}mm;height:6mm;z-index:1;` +
    `background:linear-gradient(180deg,rgba(0,0,0,0) 0%,rgba(0,0,0,${rng.range(0.04, 0.1).toFixed(2)}) 48%,rgba(255,255,255,0) 52%,rgba(0,0,0,${rng.range(0.02, 0.05).toFixed(2)}) 60%,rgba(0,0,0,0) 100%)"></div>`;
  return html.replace(/<\/div>$/, `${crease(99 + rng.range(-3, 3))}${crease(198 + rng.range(-3, 3))}</div>`);
}

export function composeLetter(rng: Rng, file: PlannedFile): ComposedPages {
  const font = rng.pick(FONTS);
  const input = {
    printedCompany: file.printedCompany,
    printedLegal: file.printedLegal,
    legalLabel: file.legalLabel,
    uscc: file.seller.uscc,
    shopName: file.seller.shopName,
    font,
  };
  if (file.kind === 'blank')
    return {
      pages: ['<div class="page"></div>'],
      overlays: () => [],
      placed: { seal: null, signature: null, sealStyle: null, folded: false },
    };
  if (file.kind === 'licence') {
    const licence = licencePage(rng, file.seller, font);
    return {
      pages: [licence.html],
      overlays: () => licence.overlays,
      placed: { seal: null, signature: null, sealStyle: null, folded: false },
    };
  }
  const folded = rng.chance(0.3) && file.capture !== 'viewer';
  const page = renderTemplate(file.template, rng, input);
  const second = file.kind === 'two-pages' ? [renderTemplate(file.template, rng.fork('second'), input).html] : [];
  const pages = [page.html, ...second].map((html) => (folded ? withFolds(html, rng) : html));
  const placed: ComposedPages['placed'] = { seal: null, signature: null, sealStyle: null, folded };
  const sealRng = rng.fork('seal');
  const signRng = rng.fork('sign');
  const overlays = (anchors: Anchors[]): Overlay[] => {
    const out: Overlay[] = [];
    anchors.forEach((a, pageIndex) => {
      const sealOnTop = sealRng.chance(0.7);
      if (file.signature) {
        const chars = file.seller.legalRepresentative.length;
        const spec = makeSignatureSpec(signRng, Math.max(2, Math.min(3, chars)));
        // Small handwriting (a scribble a third of a label's width), ordinary, or large across the block.
        const size = signRng.pick(['small', 'normal', 'normal', 'large'] as const);
        const scale =
          size === 'small'
            ? signRng.range(0.45, 0.65)
            : size === 'large'
              ? signRng.range(1.4, 1.9)
              : signRng.range(0.7, 1.1);
        spec.widthMm *= scale;
        spec.heightMm *= scale;
        const sig = signatureSvg(spec, signRng);
        const [x, y] = signaturePlace(signRng, a, sig.widthMm, sig.heightMm);
        out.push({ page: pageIndex, svg: sig.svg, leftMm: x, topMm: y, z: sealOnTop ? 2 : 4 });
        if (pageIndex === 0) placed.signature = { x, y, w: sig.widthMm, h: sig.heightMm };
      }
      if (file.seal !== 'none') {
        const sealText = (file.kind === 'company-mismatch' ? file.printedCompany : file.seller.companyName)
          .replace(/\(/g, '（')
          .replace(/\)/g, '）');
        const spec = makeSealSpec(sealRng, sealText, file.seal === 'blurry');
        const seal = sealSvg(spec, `seal${pageIndex}`);
        const [cx, cy] = sealCentre(sealRng, a);
        out.push({
          page: pageIndex,
          svg: seal.svg,
          leftMm: cx - seal.widthMm / 2,
          topMm: cy - seal.heightMm / 2,
          z: 3,
        });
        if (pageIndex === 0) {
          placed.seal = { x: cx - spec.widthMm / 2, y: cy - spec.heightMm / 2, w: spec.widthMm, h: spec.heightMm };
          placed.sealStyle = {
            ink: spec.ink,
            blur: spec.blur,
            oval: spec.heightMm < spec.widthMm,
            widthMm: spec.widthMm,
            color: spec.color,
            opacity: spec.opacity,
          };
        }
      }
    });
    return out;
  };
  return { pages, overlays, placed };
}
