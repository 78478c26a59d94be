import type { Result } from '../../shared/result';
import type { ProgressEvent } from '../../shared/ipc';

/**
 * A loose door to `window.jitkit` for channels owned by features that may not have landed
 * yet: the renderer must show "not available yet" instead of crashing when a domain or a
 * method is missing from the preload's API. Typed call sites use `window.jitkit` directly.
 */
export const NOT_AVAILABLE = 'NOT_AVAILABLE';

type LooseFn = (args: unknown) => Promise<Result<unknown>>;

function lookup(channel: string): LooseFn | null {
  const [domain, method] = channel.split(':') as [string, string];
  const api = (globalThis as { jitkit?: Record<string, Record<string, LooseFn> | undefined> }).jitkit;
  const fn = api?.[domain]?.[method];
  return typeof fn === 'function' ? fn : null;
}

export function hasChannel(channel: string): boolean {
  return lookup(channel) !== null;
}

/** Calls `domain:method` if it exists; a missing channel is an ordinary NOT_AVAILABLE result. */
export async function call<T>(channel: string, args: unknown = {}): Promise<Result<T>> {
  const fn = lookup(channel);
  if (!fn) return notAvailable(channel);
  try {
    const r = (await fn(args)) as Result<T>;
    // The bridge answers UNKNOWN_CHANNEL for a declared channel no service registered yet.
    if (!r.ok && r.error.code === 'UNKNOWN_CHANNEL') return notAvailable(channel);
    return r;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Electron rejects invoke() with "No handler registered" for the same situation.
    if (message.includes('No handler registered')) return notAvailable(channel);
    return { ok: false, error: { code: 'INTERNAL', message } };
  }
}

function notAvailable<T>(channel: string): Result<T> {
  return { ok: false, error: { code: NOT_AVAILABLE, message: channel, params: { channel } } };
}

/** Like call() but throws the error shape, for effects that render errors centrally. */
export async function callOrThrow<T>(channel: string, args: unknown = {}): Promise<T> {
  const r = await call<T>(channel, args);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { shape: r.error });
  return r.value;
}

export function onProgress(listener: (event: ProgressEvent) => void): () => void {
  const api = (globalThis as { jitkit?: { onProgress?: (l: typeof listener) => () => void } }).jitkit;
  return api?.onProgress ? api.onProgress(listener) : () => undefined;
}

/** Reads a dropped or picked File as bytes: the same in Electron and in the browser bridge. */
export async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
