/**
 * A photo of two pages side by side where only one sheet was found as paper (the other
 * is in shadow, or runs out of the frame, so it did not separate from the desk). Beside
 * the sheet, to its left or right, lies another page when that strip is paper-bright and
 * colourless and carries lines of print spread over most of its height; a desk, a white
 * table top or a PDF viewer's canvas and toolbar do not.
 */
import sharp from 'sharp';
import type { PixelBox, RgbImage } from './raster';

/** Analysis copy: text lines of a page are still a few pixels high at this size. */
const LONG_SIDE = 600;
/** A strip narrower than this share of the sheet holds no page worth the name. */
const MIN_STRIP_SHARE = 0.35;
const MIN_PAPER_SHARE = 0.55;
/** Rows of the strip with print in them, as a share of its height: a page's text block. */
const MIN_TEXT_ROW_SPREAD = 0.3;

type Grey = { data: Uint8Array; width: number; height: number; scale: number };

async function smallGrey(img: RgbImage): Promise<Grey> {
  const scale = Math.min(1, LONG_SIDE / Math.max(img.width, img.height));
  const width = Math.max(1, Math.round(img.width * scale));
  const height = Math.max(1, Math.round(img.height * scale));
  const data = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .resize(width, height, { fit: 'fill' })
    .greyscale()
    .raw()
    .toBuffer();
  return { data: new Uint8Array(data), width, height, scale };
}

function paperLevel(g: Grey, b: PixelBox): number {
  const values: number[] = [];
  for (let y = b.y; y < b.y + b.height; y += 2)
    for (let x = b.x; x < b.x + b.width; x += 2) values.push(g.data[y * g.width + x] ?? 0);
  values.sort((a, c) => a - c);
  return values[Math.floor(values.length * 0.75)] ?? 255;
}

/** Whether the strip looks like another printed page: mostly paper, print on many rows. */
function stripIsPage(g: Grey, strip: PixelBox, paper: number): boolean {
  // The other page may be in shadow: its paper is judged against its own bright level.
  const own = paperLevel(g, strip);
  if (own < 0.6 * paper) return false;
  let paperPx = 0;
  let rowsWithPrint = 0;
  for (let y = strip.y; y < strip.y + strip.height; y++) {
    let print = 0;
    for (let x = strip.x; x < strip.x + strip.width; x++) {
      const v = g.data[y * g.width + x] ?? 0;
      if (v > 0.85 * own) paperPx++;
      else if (v < 0.6 * own) print++;
    }
    if (print >= 3 && print < 0.5 * strip.width) rowsWithPrint++;
  }
  return paperPx > MIN_PAPER_SHARE * strip.width * strip.height && rowsWithPrint > MIN_TEXT_ROW_SPREAD * strip.height;
}

/** `sheet`: the sheet found, in image pixels. */
export async function pageBesideSheet(img: RgbImage, sheet: PixelBox): Promise<boolean> {
  const g = await smallGrey(img);
  const s = g.scale;
  const b = {
    x: Math.round(sheet.x * s),
    y: Math.round(sheet.y * s),
    width: Math.round(sheet.width * s),
    height: Math.round(sheet.height * s),
  };
  if (b.width < 8 || b.height < 8) return false;
  const paper = paperLevel(g, b);
  const y = Math.max(0, b.y);
  const height = Math.min(g.height, b.y + b.height) - y;
  const margin = Math.round(0.02 * g.width);
  const strips: PixelBox[] = [
    { x: 0, y, width: Math.max(0, b.x - margin), height },
    { x: b.x + b.width + margin, y, width: Math.max(0, g.width - b.x - b.width - margin), height },
  ];
  return strips.some((strip) => strip.width >= MIN_STRIP_SHARE * b.width && height > 0 && stripIsPage(g, strip, paper));
}
