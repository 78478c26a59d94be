import sharp from 'sharp';
import type { Box, OcrImage } from './types';

/** Decoded RGB pixels, 3 channels, row-major. */
export type Rgb = { data: Uint8Array; width: number; height: number };

/** Limits what an engine will decode, so a hostile file cannot exhaust memory. */
const MAX_INPUT_PIXELS = 80_000_000;

/** Decodes any OcrImage to 3-channel RGB (EXIF orientation applied for encoded input). */
export async function toRgb(image: OcrImage): Promise<Rgb> {
  if (image.kind === 'raw' && image.channels === 3) {
    return { data: image.data, width: image.width, height: image.height };
  }
  const input =
    image.kind === 'encoded'
      ? sharp(image.data, { limitInputPixels: MAX_INPUT_PIXELS }).rotate()
      : sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } });
  const { data, info } = await input.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  if (info.channels === 3)
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
  // Greyscale input: expand to RGB so engines see one layout.
  const rgb = new Uint8Array(info.width * info.height * 3);
  for (let i = 0, j = 0; i < data.length; i += info.channels, j += 3) {
    const v = data[i] ?? 0;
    rgb[j] = v;
    rgb[j + 1] = v;
    rgb[j + 2] = v;
  }
  return { data: rgb, width: info.width, height: info.height };
}

export { clampBox } from '../util/box';

/** Copies an axis-aligned crop out of an RGB image. */
export function cropRgb(img: Rgb, box: Box): Rgb {
  const out = new Uint8Array(box.width * box.height * 3);
  for (let y = 0; y < box.height; y++) {
    const src = ((box.y + y) * img.width + box.x) * 3;
    out.set(img.data.subarray(src, src + box.width * 3), y * box.width * 3);
  }
  return { data: out, width: box.width, height: box.height };
}

/** Sorts lines top-to-bottom, then left-to-right when they share a row. */
export function readingOrder<T extends { box: Box }>(items: T[]): T[] {
  return [...items].sort((a, b) => {
    const overlap = Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
    const sameRow = overlap > 0.5 * Math.min(a.box.height, b.box.height);
    return sameRow ? a.box.x - b.box.x : a.box.y - b.box.y;
  });
}
