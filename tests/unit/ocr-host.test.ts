import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { OcrHostClient, serveOcr } from '../../electron/services/ocr/host';
import { OcrError } from '../../electron/services/ocr/messages';
import type { OcrImage, OcrLine, RecognizeOptions } from '../../electron/services/ocr/types';

const IMAGE: OcrImage = { kind: 'raw', data: new Uint8Array(12).fill(255), width: 2, height: 2, channels: 3 };
const LINE: OcrLine = { text: '营业执照', confidence: 0.97, box: { x: 1, y: 2, width: 3, height: 4 } };

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

/** A host whose "pool" records what it was asked and answers with `answer`. */
function connect(answer: (options: RecognizeOptions) => Promise<OcrLine[]>): {
  client: OcrHostClient;
  seen: RecognizeOptions[];
} {
  const { port1, port2 } = new MessageChannel();
  const seen: RecognizeOptions[] = [];
  const stop = serveOcr(port1, (_image, options) => (seen.push(options), answer(options)));
  const client = new OcrHostClient(port2);
  closers.push(stop, () => client.close());
  return { client, seen };
}

describe('OCR host (one pool per process)', () => {
  it("runs a client thread's jobs on the host, with its progress and the engine left to the host", async () => {
    const { client, seen } = connect((options) => {
      options.onProgress?.(0.5);
      return Promise.resolve([LINE]);
    });
    const progress: number[] = [];
    const lines = await client.recognize(IMAGE, { detectOnly: true, onProgress: (f) => progress.push(f) });
    expect(lines).toEqual([LINE]);
    expect(progress).toEqual([0.5]);
    expect(seen[0]).toMatchObject({ detectOnly: true, engine: undefined });
  });

  it("keeps the client's cache keys apart from the host's own (both count from 1)", async () => {
    const first = connect(() => Promise.resolve([]));
    const second = connect(() => Promise.resolve([]));
    await first.client.recognize(IMAGE, { cacheKey: 'licence-1-1' });
    await second.client.recognize(IMAGE, { cacheKey: 'licence-1-1' });
    const keys = [first.seen[0]?.cacheKey, second.seen[0]?.cacheKey];
    expect(keys.every((k) => k?.endsWith(':licence-1-1'))).toBe(true);
    expect(new Set([...keys, 'licence-1-1']).size).toBe(3);
  });

  it('passes the recogniser batch size on only when the caller set it', async () => {
    const { client, seen } = connect(() => Promise.resolve([]));
    await client.recognize(IMAGE, { recBatch: 1 });
    await client.recognize(IMAGE, {});
    expect(seen[0]?.recBatch).toBe(1);
    expect(seen[1] && 'recBatch' in seen[1]).toBe(false);
  });

  it('passes the error code through, and a cancel reaches the host job', async () => {
    const failing = connect(() => Promise.reject(new OcrError('OCR_ENGINE_UNAVAILABLE', 'paddle: no onnxruntime')));
    await expect(failing.client.recognize(IMAGE)).rejects.toMatchObject({ code: 'OCR_ENGINE_UNAVAILABLE' });
    let aborted: Promise<void> = Promise.resolve();
    const slow = connect((options) => {
      aborted = new Promise((resolve) => options.signal?.addEventListener('abort', () => resolve()));
      return new Promise(() => undefined);
    });
    const controller = new AbortController();
    const job = slow.client.recognize(IMAGE, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await expect(job).rejects.toMatchObject({ code: 'OCR_CANCELLED' });
    await aborted;
  });
});
