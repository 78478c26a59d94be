/** Where a letter's page was found in a scan or photo (signed-letter/locate.ts finds it). */
import type { Homography, Point } from './geometry';
import type { PixelBox } from './raster';

export type Edge = 'top' | 'right' | 'bottom' | 'left';

export type PageLocation =
  | { kind: 'marks'; mmToImage: Homography; pxPerMm: number; marks: Point[]; cutEdges: Edge[] }
  | {
      kind: 'paper' | 'whole';
      bounds: PixelBox;
      pxPerMm: number;
      cutEdges: Edge[];
      /** The sheet's corners in image pixels (image order: top-left, top-right, bottom-right, bottom-left). */
      quad: Point[];
      /** Sheets of paper seen: two means two pages photographed together. */
      sheets: number;
    };
