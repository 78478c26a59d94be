import { join } from 'node:path';
import sharp from 'sharp';
import { createWorker, PSM, type Worker as TessWorker } from 'tesseract.js';
import { packageDir } from '../paths';
import { clampBox, readingOrder, toRgb, type Rgb } from './image';
import type { Box, OcrEngine, OcrImage, OcrLine, RecognizeOptions } from './types';

/** Spaces tesseract puts between Chinese characters are layout noise, not text. */
const CJK_GAP = /(?<=[\u3400-\u9fff\uff08\uff09])\s+(?=[\u3400-\u9fff\uff08\uff09])/g;

type TessLine = {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  words: { symbols: { text: string; confidence: number }[] }[];
};

/**
 * tesseract.js, fully offline: traineddata from the @tesseract.js-data package (never the
 * CDN default), no cache written to the working directory, the worker script from
 * node_modules. The fallback engine; weak on rare characters in names.
 */
export class TesseractEngine implements OcrEngine {
  readonly name = 'tesseract' as const;
  private constructor(private readonly worker: TessWorker) {}

  static async create(): Promise<TesseractEngine> {
    const worker = await createWorker('chi_sim', 1, {
      langPath: join(packageDir('@tesseract.js-data/chi_sim'), '4.0.0_best_int'),
      gzip: true,
      cacheMethod: 'none',
      workerPath: join(packageDir('tesseract.js'), 'src', 'worker-script', 'node', 'index.js'),
      corePath: packageDir('tesseract.js-core'),
    });
    await worker.setParameters({ preserve_interword_spaces: '1', tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
    return new TesseractEngine(worker);
  }

  async recognize(image: OcrImage, options: RecognizeOptions = {}): Promise<OcrLine[]> {
    const img = await toRgb(image);
    const png = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
      .png({ compressionLevel: 1 })
      .toBuffer();
    const regions = (options.regions ?? [{ x: 0, y: 0, width: img.width, height: img.height }])
      .map((r) => clampBox(r, img.width, img.height))
      .filter((r): r is Box => r !== null);
    const lines: OcrLine[] = [];
    for (const [i, region] of regions.entries()) {
      if (options.signal?.aborted) throw new Error('aborted');
      await this.worker.setParameters({
        tessedit_pageseg_mode: options.regionsAreLines ? PSM.SINGLE_LINE : PSM.SINGLE_BLOCK,
      });
      const rectangle = { left: region.x, top: region.y, width: region.width, height: region.height };
      const { data } = await this.worker.recognize(png, { rectangle }, { blocks: true });
      lines.push(...toLines(data.blocks ?? [], img));
      options.onProgress?.((i + 1) / regions.length);
    }
    return readingOrder(lines);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

function toLines(blocks: { paragraphs: { lines: unknown[] }[] }[], img: Rgb): OcrLine[] {
  const out: OcrLine[] = [];
  for (const block of blocks) {
    for (const para of block.paragraphs) {
      for (const raw of para.lines as TessLine[]) {
        const text = raw.text.replace(CJK_GAP, '').trim();
        if (!text) continue;
        const symbols = raw.words.flatMap((w) => w.symbols);
        const box = clampBox(
          { x: raw.bbox.x0, y: raw.bbox.y0, width: raw.bbox.x1 - raw.bbox.x0, height: raw.bbox.y1 - raw.bbox.y0 },
          img.width,
          img.height,
        );
        if (!box) continue;
        const line: OcrLine = { text, confidence: raw.confidence / 100, box };
        if (symbols.map((s) => s.text).join('') === text) line.charConfidences = symbols.map((s) => s.confidence / 100);
        out.push(line);
      }
    }
  }
  return out;
}
