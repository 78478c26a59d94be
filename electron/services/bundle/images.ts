import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import exifr from 'exifr';

/**
 * Upload copies of photos and screenshots: orientation applied (reviewers see it upright),
 * every EXIF tag dropped except the capture time (a phone photo of the warehouse must not
 * leak its GPS position), and re-encoded under the per-file limit. Shrinking first lowers
 * JPEG quality, then the size, never below a long side where a time watermark stays legible.
 */
export type NormaliseOptions = { maxBytes: number; maxPixels?: number; minLongSide?: number };
export type NormalisedImage = {
  bytes: number;
  width: number;
  height: number;
  quality: number;
  scaled: boolean;
  withinLimit: boolean;
  captureTime: string | null;
};

const QUALITIES = [92, 85, 78, 70];
const SCALE_STEP = 0.8;
/** About the width of a phone screenshot: watermark digits stay 15+ px tall. */
const DEFAULT_MIN_LONG_SIDE = 1280;

type CaptureTags = { DateTimeOriginal?: string; OffsetTimeOriginal?: string; CreateDate?: string };

/** The capture time as EXIF writes it ("YYYY:MM:DD HH:MM:SS"), if the file has one. */
export async function readCaptureTags(file: string): Promise<CaptureTags> {
  try {
    const tags = (await exifr.parse(file, {
      pick: ['DateTimeOriginal', 'OffsetTimeOriginal', 'CreateDate'],
      reviveValues: false,
    })) as CaptureTags | undefined;
    return tags ?? {};
  } catch {
    return {}; // No EXIF or unreadable EXIF: nothing to keep.
  }
}

function exifToWrite(tags: CaptureTags): Record<string, Record<string, string>> {
  const ifd2: Record<string, string> = {};
  const original = tags.DateTimeOriginal ?? tags.CreateDate;
  if (typeof original === 'string') ifd2.DateTimeOriginal = original;
  if (typeof tags.OffsetTimeOriginal === 'string') ifd2.OffsetTimeOriginal = tags.OffsetTimeOriginal;
  return { IFD0: {}, IFD2: ifd2 };
}

export async function normaliseImage(
  source: string,
  target: string,
  options: NormaliseOptions,
): Promise<NormalisedImage> {
  const tags = await readCaptureTags(source);
  // Decoded once (upright, no alpha); every attempt re-encodes these pixels.
  const decoded = await sharp(source, { limitInputPixels: options.maxPixels ?? 100_000_000, pages: 1 })
    .rotate()
    .flatten({ background: '#ffffff' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = decoded.info;
  const minLong = options.minLongSide ?? DEFAULT_MIN_LONG_SIDE;
  const exif = exifToWrite(tags);
  let best: { data: Buffer; width: number; height: number; quality: number; scale: number } | null = null;
  for (let scale = 1; ; scale *= SCALE_STEP) {
    const w = Math.max(1, Math.round(width * scale));
    const h = Math.max(1, Math.round(height * scale));
    for (const quality of QUALITIES) {
      let pipeline = sharp(decoded.data, { raw: { width, height, channels: 3 } });
      if (scale < 1) pipeline = pipeline.resize(w, h, { kernel: 'lanczos3' });
      const data = await pipeline
        .jpeg({ quality, chromaSubsampling: '4:4:4', mozjpeg: false })
        .withExif(exif)
        .toBuffer();
      best = { data, width: w, height: h, quality, scale };
      if (data.length <= options.maxBytes) return write(target, best, true, exif);
    }
    if (Math.max(w, h) * SCALE_STEP < minLong) break;
  }
  // Could not get under the limit without losing legibility: keep the smallest legible copy.
  if (!best) throw new Error('image could not be encoded');
  return write(target, best, false, exif);
}

function write(
  target: string,
  best: { data: Buffer; width: number; height: number; quality: number; scale: number },
  withinLimit: boolean,
  exif: Record<string, Record<string, string>>,
): NormalisedImage {
  writeFileSync(target, best.data, { flag: 'wx' });
  return {
    bytes: best.data.length,
    width: best.width,
    height: best.height,
    quality: best.quality,
    scaled: best.scale < 1,
    withinLimit,
    captureTime: exif.IFD2?.DateTimeOriginal ?? null,
  };
}
