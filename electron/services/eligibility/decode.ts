import iconv from 'iconv-lite';

/**
 * Order exports come from the AliExpress back office (UTF-8, often with a BOM so Excel opens
 * it) and from Chinese ERPs and Excel "Save as CSV" on Chinese Windows (GBK/GB18030, no BOM).
 * Detection: a BOM decides; otherwise bytes that are valid UTF-8 are UTF-8, and anything
 * else is GB18030 (a superset of GBK and GB2312, so one decoder covers all three).
 */
export type { TextEncoding } from '../../../shared/eligibility/api';
import type { TextEncoding } from '../../../shared/eligibility/api';

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return isValidUtf8(bytes) ? 'utf-8' : 'gb18030';
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case 'utf-8-bom':
      return { text: buf.subarray(3).toString('utf8'), encoding };
    case 'utf-8':
      return { text: buf.toString('utf8'), encoding };
    case 'utf-16le':
      return { text: buf.subarray(2).toString('utf16le'), encoding };
    case 'utf-16be':
      return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding };
    default:
      return { text: decodeGb18030(buf), encoding };
  }
}

/** Native decoder when the runtime has full ICU (Node and Electron do; ~3x faster), else iconv-lite. */
function decodeGb18030(buf: Buffer): string {
  try {
    return new TextDecoder('gb18030').decode(buf);
  } catch {
    return iconv.decode(buf, 'gb18030');
  }
}
