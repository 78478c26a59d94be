import { closeSync, createWriteStream, fsyncSync, openSync } from 'node:fs';
import { ZipFile } from 'yazl';

/**
 * Streams files into a zip on disk: each entry is read from its file while being written,
 * so memory stays flat whatever the bundle size. yazl flags every name as UTF-8
 * (general-purpose bit 11), which is what makes Explorer, Archive Utility and unzip show
 * the Chinese names.
 */
export type ZipEntry = { source: string; name: string; compress: boolean };

export function writeZip(target: string, entries: readonly ZipEntry[], mtime: Date): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const zip = new ZipFile();
    const out = createWriteStream(target, { flags: 'wx' });
    let failed = false;
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      out.destroy();
      reject(e);
    };
    zip.on('error', fail);
    out.on('error', fail);
    out.on('close', () => {
      if (failed) return;
      try {
        fsyncFile(target);
        resolvePromise();
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
    zip.outputStream.on('error', fail).pipe(out);
    for (const e of entries) zip.addFile(e.source, e.name, { mtime, mode: 0o100644, compress: e.compress });
    zip.end();
  });
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
