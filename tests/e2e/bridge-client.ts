/**
 * The browser side of the e2e bridge: defines `window.jitkit` with exactly the preload's
 * shape (buildDomainApi over a fetch transport) plus onProgress over Server-Sent Events.
 * Bundled by bridge-server.ts with esbuild and served as /__bridge.js.
 */
import { buildDomainApi, type ExposedApi, type JitkitApi, type ProgressEvent } from '../../shared/ipc';
import { decodeBridge, encodeBridge } from './bridge-codec';

/** The few browser globals used here, typed locally: this file is checked with Node's libs. */
type BrowserGlobals = {
  document: { currentScript: { src: string } | null };
  location: { href: string };
  EventSource: new (url: string) => { onmessage: ((m: { data: string }) => void) | null };
  jitkit?: ExposedApi;
};
const browser = globalThis as unknown as BrowserGlobals;
const token = new URL(browser.document.currentScript?.src ?? browser.location.href).searchParams.get('token') ?? '';

const invoke: JitkitApi['invoke'] = async (channel, args) => {
  const res = await fetch('/__invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-jitkit-token': token },
    body: encodeBridge({ channel, args }),
  });
  return decodeBridge(await res.text()) as never;
};

const listeners = new Set<(event: ProgressEvent) => void>();
let source: { onmessage: ((m: { data: string }) => void) | null } | null = null;

function ensureEvents(): void {
  if (source) return;
  source = new browser.EventSource(`/__events?token=${encodeURIComponent(token)}`);
  source.onmessage = (m) => {
    const event = JSON.parse(m.data) as ProgressEvent;
    for (const l of listeners) l(event);
  };
}

const api: ExposedApi = {
  ...buildDomainApi(invoke),
  onProgress(listener) {
    ensureEvents();
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

browser.jitkit = api;
