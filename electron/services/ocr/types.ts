/**
 * The OCR engine interface every feature codes against. Implementations: PaddleOCR
 * (PP-OCRv4 on onnxruntime-node, the default for Chinese) and tesseract.js (fallback).
 * Both run in worker threads (see ./pool.ts), reused between files, with progress and cancel.
 */
export type Box = { x: number; y: number; width: number; height: number };

export type OcrLine = {
  text: string;
  /** 0..1 */
  confidence: number;
  /** Axis-aligned box in the pixel space of the image passed in. */
  box: Box;
  /** Per-character confidences where the engine gives them (same length as text). */
  charConfidences?: number[];
  /** Per-character position along the line in recogniser steps (PaddleOCR; same length as text). */
  charSteps?: number[];
  /** The detected line as a rotated rectangle (PaddleOCR only), for reading it again later. */
  line?: RotatedLine;
};

/** A text line as a rotated rectangle in image pixels: centre, size along/across, angle (radians). */
export type RotatedLine = { cx: number; cy: number; width: number; height: number; angle: number };

export type OcrEngineName = 'paddle' | 'tesseract';

export type OcrImage =
  /** Encoded image bytes (PNG/JPEG/…); the engine decodes with sharp. */
  | { kind: 'encoded'; data: Uint8Array }
  /** Raw RGB or greyscale pixels. */
  | { kind: 'raw'; data: Uint8Array; width: number; height: number; channels: 1 | 3 | 4 };

export type RecognizeOptions = {
  engine?: OcrEngineName;
  /** Only read these regions (coordinates of the full image); lines come back in full-image space. */
  regions?: Box[];
  /** Skip text detection and read each region as one line (fast path for known field boxes). */
  regionsAreLines?: boolean;
  /** Only detect: lines come back with empty text and their `line` geometry (PaddleOCR). */
  detectOnly?: boolean;
  /** Read exactly these rotated lines (e.g. from a detectOnly pass); skips detection (PaddleOCR). */
  lines?: RotatedLine[];
  /** Same key as an earlier job on this image: the worker reuses its decoded pixels. */
  cacheKey?: string;
  /**
   * Lines per recogniser batch (PaddleOCR; default 8). 1 reads each line at its own width,
   * without grey padding to a wider neighbour's: about 25% less CPU on the independent
   * logistics set, but some lines read differently (see README, known issues).
   */
  recBatch?: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
};

export interface OcrEngine {
  readonly name: OcrEngineName;
  recognize(image: OcrImage, options?: RecognizeOptions): Promise<OcrLine[]>;
  close(): Promise<void>;
}
