/**
 * The checks worker-thread entry (built as out/main/checks-worker.js): content detection and
 * the per-kind checkers (pixel analysis of the letter, pdfjs parsing, screenshot reading) run
 * here, so they never stall the main process. Jobs run concurrently, as they did on the main
 * thread; the caller bounds how many are in flight. OCR goes to the main thread's pool over
 * the port the client sends first, so the models are loaded once per process.
 */
import { parentPort } from 'node:worker_threads';
import { setLocale, setStandingParams } from '../../../shared/i18n';
import { rulebookParams, type Rulebook } from '../../../shared/rulebook';
import { shutdownOcr, useOcrHost } from '../ocr';
import { checkOne } from './index';
import { checkLogisticsSet } from './logistics';
import type { FromChecksWorker, ToChecksWorker } from './worker-messages';

const running = new Map<number, AbortController>();
let paramsOf: Rulebook | null = null;

function post(message: FromChecksWorker): void {
  parentPort?.postMessage(message);
}

function useRulebook(book: Rulebook): void {
  if (paramsOf === book) return;
  paramsOf = book;
  setStandingParams(rulebookParams(book));
}

async function run(msg: Extract<ToChecksWorker, { type: 'check' | 'set' }>): Promise<void> {
  const controller = new AbortController();
  running.set(msg.id, controller);
  try {
    if (msg.type === 'check') {
      const { input } = msg;
      setLocale(input.locale);
      useRulebook(input.rulebook);
      const kinds = input.kind ? { [input.file]: input.kind } : undefined;
      const check = await checkOne(input.file, {
        kinds,
        caseInfo: input.caseInfo,
        orders: input.orders,
        today: input.today,
        rulebook: input.rulebook,
        signal: controller.signal,
      });
      post({ type: 'checked', id: msg.id, check });
    } else {
      setLocale(msg.locale);
      useRulebook(msg.rulebook);
      post({
        type: 'set',
        id: msg.id,
        findings: await checkLogisticsSet(msg.checks, { today: msg.today, rulebook: msg.rulebook }),
      });
    }
  } catch (err) {
    post({
      type: 'error',
      id: msg.id,
      cancelled: controller.signal.aborted,
      message: err instanceof Error ? err.message : String(err),
    });
  } finally {
    running.delete(msg.id);
  }
}

parentPort?.on('message', (msg: ToChecksWorker) => {
  if (msg.type === 'cancel') running.get(msg.id)?.abort();
  else if (msg.type === 'ocrPort') useOcrHost(msg.port);
  else if (msg.type === 'shutdown') void shutdownOcr().finally(() => post({ type: 'closed' }));
  else void run(msg);
});
