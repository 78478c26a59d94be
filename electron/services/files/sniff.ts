import { openSync, readSync, closeSync, statSync } from 'node:fs';
import type { SniffedType } from './types';

/** Reads the first bytes of a file and names its real type; the extension is never trusted. */
export function sniffBytes(head: Uint8Array, size: number): SniffedType {
  if (size === 0) return 'empty';
  const b = (i: number) => head[i] ?? -1;
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if (b(0) === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if ((b(0) === 0x49 && b(1) === 0x49 && b(2) === 0x2a) || (b(0) === 0x4d && b(1) === 0x4d && b(3) === 0x2a))
    return 'tiff';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|mif1|msf1|heim|heis|avif)/.test(ascii(8, 12))) return 'heic';
  const text = ascii(0, Math.min(head.length, 1024));
  if (text.includes('%PDF-')) return 'pdf';
  if (b(0) === 0x4d && b(1) === 0x5a) return 'exe';
  if (b(0) === 0x7f && ascii(1, 4) === 'ELF') return 'exe';
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return 'xls';
  if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04) return officeZip(ascii(0, head.length));
  if (/<svg[\s>]/i.test(text) || (/^\s*<\?xml/.test(text) && /<svg/i.test(text))) return 'svg';
  if (looksLikeCsv(head)) return 'csv';
  return 'unknown';
}

/**
 * An Office file is a zip; its entry names tell Word from Excel from PowerPoint (a .docx
 * renamed to .pdf must not be called a spreadsheet). The whole head is searched: the part
 * folder's first entry can sit past the first KB.
 */
function officeZip(text: string): SniffedType {
  if (text.includes('word/')) return 'docx';
  if (text.includes('ppt/')) return 'pptx';
  if (text.includes('xl/') || text.includes('[Content_Types]')) return 'xlsx';
  return 'zip';
}

function looksLikeCsv(head: Uint8Array): boolean {
  const sample = head.subarray(0, Math.min(head.length, 2048));
  if (sample.some((c) => c === 0)) return false;
  const text = Buffer.from(sample).toString('latin1');
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  if (lines.length < 2) return false;
  const counts = lines.slice(0, 5).map((l) => (l.match(/[,\t;]/g) ?? []).length);
  return counts[0] !== undefined && counts[0] > 0 && counts.every((c) => c >= 1);
}

export function sniffFileSync(path: string): { type: SniffedType; size: number } {
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(4096, size));
    readSync(fd, head, 0, head.length, 0);
    return { type: sniffBytes(head, size), size };
  } finally {
    closeSync(fd);
  }
}

export const IMAGE_TYPES: readonly SniffedType[] = ['jpeg', 'png', 'webp', 'tiff', 'gif'];
