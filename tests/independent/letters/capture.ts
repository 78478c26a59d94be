/**
 * Capture conditions applied to the rendered PNG with sharp (our own code, not the project's):
 * flatbed scans (slight rotation, scanner-lid border, grey cast, noise), phone photos (softness,
 * colour cast, sensor noise), image-only PDFs from scanners (the JPEG wrapped by pdf-lib) and PDF
 * viewer screenshots; JPEG quality 60–95; whole-image rotation for the upside-down and 90° cases.
 */
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import type { Rng } from './rng';
import type { Capture } from './plan';

export interface CaptureResult {
  bytes: Buffer;
  ext: 'jpg' | 'png' | 'pdf';
  details: Record<string, number | string>;
}

/** Gaussian-ish sensor noise added in place to raw pixels (a table of values, a cheap index walk). */
function addNoise(data: Buffer, sigma: number, rng: Rng): void {
  const table = new Int16Array(4096);
  for (let i = 0; i < table.length; i++) {
    const g = (rng.next() + rng.next() + rng.next() + rng.next() - 2) * 1.73;
    table[i] = Math.round(g * sigma);
  }
  let k = rng.int(0, 4095);
  const step = 1 + 2 * rng.int(200, 900);
  for (let i = 0; i < data.length; i++) {
    k = (k + step) & 4095;
    const v = (data[i] ?? 0) + (table[k] ?? 0);
    data[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
}

interface Raw {
  data: Buffer;
  info: sharp.OutputInfo;
}

function fromRaw(raw: Raw, rotation: number): sharp.Sharp {
  const image = sharp(raw.data, {
    raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels },
  });
  return rotation ? image.rotate(rotation) : image;
}

async function scan(
  png: Buffer,
  rng: Rng,
  rotation: number,
): Promise<{ image: sharp.Sharp; details: CaptureResult['details'] }> {
  const meta = await sharp(png).metadata();
  const w = meta.width ?? 1240;
  const h = meta.height ?? 1754;
  const angle = rng.range(-1.6, 1.6);
  const lid = rng.pick([
    { r: 236, g: 236, b: 236 },
    { r: 250, g: 250, b: 250 },
    { r: 40, g: 40, b: 42 },
    { r: 214, g: 214, b: 210 },
  ]);
  // Rotated about the centre, the bounding box grows: cut the original size back out of its middle.
  const rad = (Math.abs(angle) * Math.PI) / 180;
  const rw = Math.floor(w * Math.cos(rad) + h * Math.sin(rad));
  const rh = Math.floor(w * Math.sin(rad) + h * Math.cos(rad));
  const grey = rng.range(0.88, 0.98);
  const lift = rng.range(4, 18);
  const blur = rng.range(0.3, 0.7);
  const raw = await sharp(png)
    .removeAlpha()
    .rotate(angle, { background: lid })
    .extract({
      left: Math.max(0, Math.floor((rw - w) / 2)),
      top: Math.max(0, Math.floor((rh - h) / 2)),
      width: w,
      height: h,
    })
    .linear([grey, grey, grey * rng.range(0.96, 1.0)], [lift, lift, lift])
    .modulate({ saturation: rng.range(0.8, 1.0) })
    .blur(blur)
    .raw()
    .toBuffer({ resolveWithObject: true });
  addNoise(raw.data, rng.range(3, 7), rng);
  return {
    image: fromRaw(raw, rotation),
    details: { skewDeg: Number(angle.toFixed(2)), blurSigma: Number(blur.toFixed(2)) },
  };
}

/**
 * Uneven light as a small multiplicative map (a bright spot, darker corners, sometimes the shadow of
 * the phone or a hand from one side), computed at low resolution and smoothly scaled up.
 */
async function lightMap(rng: Rng, width: number, height: number): Promise<Buffer> {
  const w = 48;
  const h = Math.round((48 * height) / width);
  const data = Buffer.alloc(w * h * 3);
  const sx = rng.range(0.1, 0.9);
  const sy = rng.range(0.05, 0.6);
  const dark = rng.range(0.18, 0.5);
  const warm = rng.range(-0.05, 0.06);
  const shadow = rng.chance(0.55)
    ? { angle: rng.range(0, Math.PI * 2), depth: rng.range(0.18, 0.42), reach: rng.range(0.25, 0.5) }
    : null;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const d = Math.hypot(x / w - sx, (y / h - sy) * (height / width));
      let v = 1 - dark * Math.min(1, Math.max(0, (d - 0.2) / 0.9)) ** 1.3;
      if (shadow) {
        const t = 0.5 + ((x / w - 0.5) * Math.cos(shadow.angle) + (y / h - 0.5) * Math.sin(shadow.angle));
        if (t < shadow.reach) v *= 1 - shadow.depth * (1 - t / shadow.reach) ** 1.5;
      }
      const i = (y * w + x) * 3;
      data[i] = Math.round(255 * Math.min(1, v * (1 + warm)));
      data[i + 1] = Math.round(255 * v);
      data[i + 2] = Math.round(255 * Math.min(1, v * (1 - warm)));
    }
  }
  return sharp(data, { raw: { width: w, height: h, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

async function photo(
  png: Buffer,
  rng: Rng,
  rotation: number,
): Promise<{ image: sharp.Sharp; details: CaptureResult['details'] }> {
  const blur = rng.range(0.35, 0.9);
  const warm = rng.range(-0.06, 0.08);
  const meta = await sharp(png).metadata();
  const light = await lightMap(rng, meta.width ?? 1500, meta.height ?? 2000);
  const lit = await sharp(png)
    .removeAlpha()
    .composite([{ input: light, blend: 'multiply' }])
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = await sharp(lit.data, {
    raw: { width: lit.info.width, height: lit.info.height, channels: lit.info.channels },
  })
    .blur(blur)
    .linear([1 + warm, 1, 1 - warm], [0, 0, 0])
    .modulate({ brightness: rng.range(0.9, 1.08), saturation: rng.range(0.85, 1.1) })
    .raw()
    .toBuffer({ resolveWithObject: true });
  addNoise(raw.data, rng.range(4, 10), rng);
  return { image: fromRaw(raw, rotation), details: { blurSigma: Number(blur.toFixed(2)) } };
}

/** Stores the pixels turned the way a phone held sideways does, with the EXIF tag that turns them back. */
function withExifOrientation(image: sharp.Sharp, orientation: 1 | 6 | 8): sharp.Sharp {
  if (orientation === 1) return image;
  return image.rotate(orientation === 6 ? 270 : 90).withMetadata({ orientation });
}

export async function applyCapture(
  png: Buffer,
  capture: Capture,
  rng: Rng,
  rotation: number,
  dpi: number,
  exifOrientation: 1 | 6 | 8 = 1,
): Promise<CaptureResult> {
  const quality = rng.int(60, 95);
  if (capture === 'viewer') {
    let image = sharp(png);
    if (rotation) image = image.rotate(rotation);
    if (rng.chance(0.5)) return { bytes: await image.png().toBuffer(), ext: 'png', details: {} };
    return {
      bytes: await image.jpeg({ quality: Math.max(80, quality) }).toBuffer(),
      ext: 'jpg',
      details: { quality: Math.max(80, quality) },
    };
  }
  const { image, details } = capture === 'photo' ? await photo(png, rng, rotation) : await scan(png, rng, rotation);
  const turned = capture === 'photo' ? withExifOrientation(image, exifOrientation) : image;
  const jpeg = await turned.jpeg({ quality, chromaSubsampling: quality > 90 ? '4:4:4' : '4:2:0' }).toBuffer();
  if (capture !== 'scan-pdf')
    return {
      bytes: jpeg,
      ext: 'jpg',
      details: {
        ...details,
        quality,
        ...(capture === 'scan' ? { dpi } : {}),
        ...(exifOrientation !== 1 ? { exifOrientation } : {}),
      },
    };
  const pdf = await PDFDocument.create();
  pdf.setProducer(rng.pick(['Canon MF Scan Utility', 'EPSON Scan 2', 'HP Scan', 'Brother iPrint&Scan']));
  const embedded = await pdf.embedJpg(jpeg);
  const landscape = rotation === 90 || rotation === 270;
  const [pw, ph] = landscape ? [841.89, 595.28] : [595.28, 841.89];
  const page = pdf.addPage([pw, ph]);
  page.drawImage(embedded, { x: 0, y: 0, width: pw, height: ph });
  return { bytes: Buffer.from(await pdf.save()), ext: 'pdf', details: { ...details, quality, dpi } };
}
