/**
 * Names that come from users never become paths: strip folders, control characters and
 * characters Windows forbids, avoid reserved device names, and bound the length.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const FORBIDDEN = /[<>:"/\\|?*]/g;

export function sanitizeFileName(name: string, fallback = 'file'): string {
  let base = name.split(/[/\\]/).pop() ?? '';
  base = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(FORBIDDEN, '_')
    .trim();
  base = base.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (!base || base === '.' || base === '..') base = fallback;
  if (WINDOWS_RESERVED.test(base)) base = `_${base}`;
  return truncateUtf8(base, 120);
}

/** Keeps the extension while cutting a long name to at most `maxBytes` UTF-8 bytes. */
export function truncateUtf8(name: string, maxBytes: number): string {
  if (utf8Length(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  let stem = ext ? name.slice(0, dot) : name;
  while (utf8Length(stem + ext) > maxBytes && stem.length > 1) stem = Array.from(stem).slice(0, -1).join('');
  return stem + ext;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}
