/**
 * How every checker receives a user's file: sniffed by content (never by extension),
 * decoded with limits, EXIF orientation applied, PDFs rendered page by page on demand.
 */
export type SniffedType =
  | 'jpeg'
  | 'png'
  | 'webp'
  | 'tiff'
  | 'gif'
  | 'heic'
  | 'pdf'
  | 'svg'
  | 'xlsx'
  | 'xls'
  | 'csv'
  | 'docx'
  | 'pptx'
  | 'zip'
  | 'exe'
  | 'empty'
  | 'unknown';

export type LoadedImage = {
  /** Orientation-corrected RGB pixels (3 channels). */
  data: Uint8Array;
  width: number;
  height: number;
  /** PNG re-encoding of the corrected image, for OCR engines and previews. */
  png: () => Promise<Uint8Array>;
};
