/**
 * "Captures" of a clean licence rendering with sharp only: skew, quarter turns, phone photo
 * (uneven light, blur, slight shear), black-and-white photocopy (toner speckles, a grey
 * band, crushed contrast), small scans 500–700 px, a framed licence behind glass (a glare
 * highlight), and a second document lying beside the licence. Seeded through the caller's
 * rng; nothing here imports the app.
 */
import sharp from 'sharp';
import { between, pick, type Rng } from './content';

export type CaptureMode = 'scan' | 'photo' | 'photocopy' | 'bwCopy' | 'smallScan' | 'glare' | 'secondDocument';
export type Capture = {
  turn: 0 | 90 | 180 | 270;
  skew: number;
  mode: CaptureMode;
  width: number;
  quality: number;
  /** Where the glare or the second document sits (0..1 across and down the licence). */
  spotX: number;
  spotY: number;
};

const MODES: CaptureMode[] = [
  'scan',
  'photo',
  'photocopy',
  'bwCopy',
  'smallScan',
  'smallScan',
  'glare',
  'secondDocument',
];
const BACKGROUND = '#d9d6cf';

export function captureFor(rng: Rng, i: number): Capture {
  const mode = pick(rng, MODES);
  return {
    // Every quarter turn appears in both halves (index pairs share a turn).
    turn: ([0, 90, 180, 270] as const)[Math.floor(i / 2) % 4] ?? 0,
    skew: Math.round((rng() * 5 - 2.5) * 10) / 10,
    mode,
    width: mode === 'smallScan' ? between(rng, 500, 700) : between(rng, 1000, 1800),
    quality: between(rng, 55, 90),
    spotX: Math.round(rng() * 100) / 100,
    spotY: Math.round(rng() * 100) / 100,
  };
}

function svg(width: number, height: number, body: string): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`);
}

/** Light falling off towards one side, as in a hand-held phone photo. */
function unevenLight(w: number, h: number, c: Capture): Buffer {
  return svg(
    w,
    h,
    `<defs><linearGradient id="l" x1="${c.spotX}" y1="0" x2="${1 - c.spotX}" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.28"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#l)"/>`,
  );
}

/** A bright highlight of the glass in front of a framed licence: text under it stays faintly visible. */
function glare(w: number, h: number, c: Capture): Buffer {
  const rx = Math.round(w * 0.16);
  const ry = Math.round(h * 0.1);
  return svg(
    w,
    h,
    `<defs><radialGradient id="g"><stop offset="0" stop-color="#fff" stop-opacity="0.7"/><stop offset="0.6" stop-color="#fff" stop-opacity="0.35"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs><ellipse cx="${Math.round(w * (0.15 + 0.7 * c.spotX))}" cy="${Math.round(h * (0.2 + 0.6 * c.spotY))}" rx="${rx}" ry="${ry}" fill="url(#g)" transform="rotate(-20 ${w / 2} ${h / 2})"/>`,
  );
}

/** Toner specks and a faint grey streak of a worn photocopier drum. */
function toner(w: number, h: number, rng: Rng): Buffer {
  let dots = '';
  for (let i = 0; i < 260; i++)
    dots += `<circle cx="${Math.round(rng() * w)}" cy="${Math.round(rng() * h)}" r="${(0.6 + rng() * 1.6).toFixed(1)}" fill="#000" fill-opacity="${(0.4 + rng() * 0.5).toFixed(2)}"/>`;
  const band = Math.round(rng() * w);
  return svg(
    w,
    h,
    `${dots}<rect x="${band}" y="0" width="${Math.round(w * 0.03)}" height="${h}" fill="#000" fill-opacity="0.12"/>`,
  );
}

/** A second paper (an ID card or a receipt) lying beside the licence, partly in the frame. */
function secondPaper(w: number, h: number, rng: Rng): Buffer {
  const cw = Math.round(w * 0.34);
  const ch = Math.round(cw * 0.63);
  const lines = pick(rng, [
    ['姓名 李晓红', '性别 女 民族 汉', '出生 1990年3月8日', '公民身份号码 330106199003081523'],
    ['收款收据', '今收到 货款', '人民币 壹仟元整', '经手人 王'],
  ]);
  const text = lines
    .map(
      (t, i) =>
        `<text x="24" y="${60 + i * Math.round(ch / 5)}" font-family="Noto Sans CJK SC" font-size="${Math.round(cw / 16)}" fill="#333">${t}</text>`,
    )
    .join('');
  return svg(cw, ch, `<rect width="100%" height="100%" rx="18" fill="#eef3f6" stroke="#999"/>${text}`);
}

async function size(buf: Buffer): Promise<{ w: number; h: number }> {
  const m = await sharp(buf).metadata();
  return { w: m.width ?? 1, h: m.height ?? 1 };
}

/** Turns a clean PNG rendering into one capture (JPEG bytes). */
export async function capture(png: Buffer, c: Capture, rng: Rng): Promise<Buffer> {
  let base = png;
  if (c.mode === 'secondDocument') {
    // Widen the frame and lay the other paper in the new margin, overlapping the licence edge a little.
    const { w, h } = await size(png);
    const paper = secondPaper(w, h, rng);
    const card = await size(paper);
    const pad = Math.round(card.w * 0.85);
    const top = Math.round((h - card.h) * c.spotY);
    base = await sharp(png)
      .extend({ right: pad, background: BACKGROUND })
      .composite([{ input: paper, left: w + pad - card.w - 10, top }])
      .png()
      .toBuffer();
  }
  let img = sharp(base).rotate(c.skew, { background: BACKGROUND }).flatten({ background: BACKGROUND });
  let buf = await img.resize({ width: c.width }).png().toBuffer();
  const { w, h } = await size(buf);
  img = sharp(buf);
  if (c.mode === 'photo') img = img.composite([{ input: unevenLight(w, h, c) }]);
  if (c.mode === 'glare') img = img.composite([{ input: glare(w, h, c) }]);
  if (c.mode === 'photocopy' || c.mode === 'bwCopy') img = img.greyscale().composite([{ input: toner(w, h, rng) }]);
  buf = await img.png().toBuffer();
  img = sharp(buf);
  if (c.mode === 'photo' || c.mode === 'glare')
    img = img.modulate({ brightness: 0.94, saturation: 0.85 }).blur(0.6 + 0.5 * c.spotY);
  if (c.mode === 'photo') img = img.affine([1, 0.02 * (c.spotX - 0.5), 0, 1], { background: BACKGROUND });
  if (c.mode === 'photocopy')
    img = img
      .greyscale()
      .linear(1.4 + 0.4 * c.spotX, -60 - 40 * c.spotX)
      .blur(0.5);
  if (c.mode === 'smallScan') img = img.sharpen();
  // A black-and-white copy: one threshold, no grey left (fine strokes break, the watermark goes solid or away).
  if (c.mode === 'bwCopy')
    img = img
      .greyscale()
      .blur(0.4)
      .threshold(Math.round(150 + 40 * c.spotX));
  return sharp(await img.png().toBuffer())
    .rotate(c.turn)
    .jpeg({ quality: c.quality })
    .toBuffer();
}
