import type { OcrEngine, OcrEngineName } from './types';

/** Creates an engine by name; each is imported lazily so one failing to load spares the other. */
export async function createEngine(name: OcrEngineName): Promise<OcrEngine> {
  if (name === 'tesseract') {
    const { TesseractEngine } = await import('./tesseract');
    return TesseractEngine.create();
  }
  const { PaddleEngine } = await import('./paddle/engine');
  return PaddleEngine.create();
}
