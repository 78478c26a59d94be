/**
 * How bytes cross the loopback bridge: JSON with `{ "__bytes": base64 }` in place of each
 * Uint8Array, in both directions. Pure code (no Node, no DOM) so the server and the browser
 * script share it.
 */
type Encoded = { __bytes: string };

function isEncoded(v: unknown): v is Encoded {
  return (
    typeof v === 'object' && v !== null && typeof (v as Encoded).__bytes === 'string' && Object.keys(v).length === 1
  );
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  // Chunked so very large files do not overflow the argument list of fromCharCode.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeBridge(value: unknown): string {
  return JSON.stringify(value, function replacer(this: unknown, key: string, v: unknown) {
    // JSON.stringify has already called toJSON on Buffers; look at the raw holder value.
    const raw = key === '' ? v : (this as Record<string, unknown>)[key];
    if (raw instanceof Uint8Array) return { __bytes: toBase64(raw) };
    return v;
  });
}

export function decodeBridge(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => (isEncoded(v) ? fromBase64(v.__bytes) : v));
}
