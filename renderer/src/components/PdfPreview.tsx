import { useEffect, useRef, useState } from 'react';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { t } from '../../../shared/i18n';

// The worker is a same-origin file emitted by the build: allowed by the CSP (script-src 'self').
GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Renders a PDF in-page with pdf.js onto canvases. The CSP forbids <object>/<iframe>
 * (object-src/frame-src 'none'), and canvases also print well with window.print().
 */
export function PdfPreview({ bytes, testId }: { bytes: Uint8Array; testId?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const container = host.current;
    if (!container) return;
    container.replaceChildren();
    // pdf.js transfers the buffer to its worker: give it a copy, keep ours intact.
    const task = getDocument({ data: bytes.slice(), isEvalSupported: false });
    void (async () => {
      try {
        const doc = await task.promise;
        for (let n = 1; n <= doc.numPages && !cancelled; n++) {
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: 1.6 });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.setAttribute('aria-label', t('ui.letter.pageLabel', { page: n, total: doc.numPages }));
          canvas.setAttribute('role', 'img');
          container.append(canvas);
          await page.render({ canvas, viewport }).promise;
        }
        if (!cancelled) setPages(doc.numPages);
      } catch (e) {
        if (!cancelled) setFailed(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [bytes]);

  return (
    <div className="pdf-preview">
      {failed && (
        <div className="notice notice-error" role="alert">
          {t('ui.letter.previewFailed', { detail: failed })}
        </div>
      )}
      <div className="pdf-pages" ref={host} data-testid={testId} data-pages={pages} />
    </div>
  );
}
