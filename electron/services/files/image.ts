import sharp from 'sharp';
import { FileProblem } from './problem';
import type { LoadedImage } from './types';

/** Default bound on decoded pixels (about 100 MP): a 30000×30000 PNG is refused, not decoded. */
export const DEFAULT_MAX_PIXELS = 100_000_000;

sharp.cache(false);
sharp.concurrency(1);

/** Wraps raw RGB pixels as a LoadedImage (PNG encoding is lazy and cached). */
export function rawImage(data: Uint8Array, width: number, height: number): LoadedImage {
  let png: Promise<Uint8Array> | null = null;
  return {
    data,
    width,
    height,
    png: () =>
      (png ??= sharp(data, { raw: { width, height, channels: 3 } })
        .png({ compressionLevel: 3 })
        .toBuffer()
        .then((b) => new Uint8Array(b))),
  };
}

/** Decodes an image with sharp: first frame only, EXIF orientation applied, sRGB 8-bit RGB. */
export async function decodeImage(input: string | Uint8Array, maxPixels = DEFAULT_MAX_PIXELS): Promise<LoadedImage> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false, failOn: 'none' }).metadata();
  } catch (e) {
    throw new FileProblem('FILE_UNREADABLE', { detail: (e as Error).message });
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > maxPixels)
    throw new FileProblem('IMAGE_TOO_LARGE', { width, height, limit: maxPixels.toLocaleString('en-US') });
  try {
    const { data, info } = await sharp(input, {
      limitInputPixels: maxPixels,
      failOn: 'truncated',
      animated: false,
      pages: 1,
    })
      .rotate()
      .toColourspace('srgb')
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const rgb =
      info.channels === 3
        ? new Uint8Array(data.buffer, data.byteOffset, data.length)
        : toRgb(data, info.channels, info.width, info.height);
    return rawImage(rgb, info.width, info.height);
  } catch (e) {
    throw new FileProblem('FILE_UNREADABLE', { detail: (e as Error).message });
  }
}

function toRgb(data: Buffer, channels: number, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    const v = data[j] ?? 0;
    out[i * 3] = v;
    out[i * 3 + 1] = channels >= 3 ? (data[j + 1] ?? v) : v;
    out[i * 3 + 2] = channels >= 3 ? (data[j + 2] ?? v) : v;
  }
  return out;
}
