/**
 * One Chromium for the whole run (playwright-core, Debian's chromium, system CJK fonts). A page is
 * rendered in two steps: lay out and measure the anchors on the flat page, then place the seal and
 * signature overlays where the caller decided and apply the scene's transform, then screenshot.
 * In-page code is passed as strings so that the TypeScript loader's helpers never reach the browser.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../helpers/chromium';
import { PAGE_CSS } from './templates';
import type { Scene } from './scene';

export interface AnchorRect {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** Anchor rectangles per page, in mm from the page's top-left corner. */
export type Anchors = Record<string, AnchorRect>;

export interface Overlay {
  /** index of the .page element */
  page: number;
  svg: string;
  leftMm: number;
  topMm: number;
  z: number;
}

export async function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Shrinks the text until the page does not overflow, then measures every data-anchor element. */
const MEASURE = `(() => {
  const MM = 96 / 25.4;
  const out = [];
  for (const page of document.querySelectorAll('.page')) {
    let n = 0;
    let fs = parseFloat(getComputedStyle(page).fontSize);
    while (page.scrollHeight > page.clientHeight + 1 && n < 40) { fs *= 0.96; page.style.fontSize = fs + 'px'; n++; }
    const p = page.getBoundingClientRect();
    const anchors = {};
    for (const el of page.querySelectorAll('[data-anchor]')) {
      let r = el.getBoundingClientRect();
      if (el.textContent && el.textContent.trim().length > 0) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const rr = range.getBoundingClientRect();
        if (rr.width > 0) r = rr;
      }
      for (const name of el.getAttribute('data-anchor').split(' ')) {
        anchors[name] = { x: (r.left - p.left) / MM, y: (r.top - p.top) / MM, w: r.width / MM, h: r.height / MM };
      }
    }
    out.push(anchors);
  }
  return out;
})()`;

function placeScript(overlays: Overlay[], stageTransform: string): string {
  return `(() => {
    const overlays = ${JSON.stringify(overlays)};
    const pages = document.querySelectorAll('.page');
    for (const o of overlays) {
      const div = document.createElement('div');
      div.className = 'overlay';
      div.style.left = o.leftMm + 'mm';
      div.style.top = o.topMm + 'mm';
      div.style.zIndex = String(o.z);
      div.innerHTML = o.svg;
      pages[o.page].appendChild(div);
    }
    document.getElementById('stage').style.transform = ${JSON.stringify(stageTransform)};
  })()`;
}

export class Renderer {
  private readonly pages = new Map<string, Page>();

  constructor(private readonly browser: Browser) {}

  private async pageFor(scene: Scene): Promise<Page> {
    const key = `${scene.viewport.width}x${scene.viewport.height}@${scene.deviceScaleFactor}`;
    const existing = this.pages.get(key);
    if (existing) return existing;
    const context = await this.browser.newContext({
      viewport: scene.viewport,
      deviceScaleFactor: scene.deviceScaleFactor,
    });
    const page = await context.newPage();
    this.pages.set(key, page);
    return page;
  }

  /** Lays out the pages in the scene and returns the anchors; call place() next. */
  async layout(scene: Scene, pagesHtml: string[]): Promise<{ page: Page; anchors: Anchors[] }> {
    const page = await this.pageFor(scene);
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>${PAGE_CSS}${scene.css}</style></head><body>${scene.wrap(pagesHtml)}</body></html>`;
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    const anchors = await page.evaluate<Anchors[]>(MEASURE);
    return { page, anchors };
  }

  /**
   * lossless: a PNG (viewer screenshots, which may be stored as PNG). Otherwise a JPEG at quality 95:
   * photos and scans are JPEG-compressed again anyway, and Chromium's PNG encoding of a 300 dpi page
   * was the largest share of the generator's CPU.
   */
  async place(page: Page, scene: Scene, overlays: Overlay[], lossless: boolean): Promise<Buffer> {
    await page.evaluate(placeScript(overlays, scene.stageTransform));
    return lossless
      ? page.screenshot({ type: 'png', fullPage: false })
      : page.screenshot({ type: 'jpeg', quality: 95, fullPage: false });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
