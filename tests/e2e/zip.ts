import { createHash } from 'node:crypto';
import yauzl from 'yauzl';

/** Each file inside a zip (directories left out) with the SHA-256 of its bytes, read with yauzl. */
export function zipEntryHashes(file: string): Promise<{ name: string; sha256: string }[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const out: { name: string; sha256: string }[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(e, (streamErr, stream) => {
          if (streamErr || !stream) return reject(streamErr ?? new Error('no stream'));
          const hash = createHash('sha256');
          stream.on('data', (chunk: Buffer) => hash.update(chunk));
          stream.on('end', () => {
            out.push({ name: e.fileName, sha256: hash.digest('hex') });
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The file names inside a zip (directories left out), read with yauzl. */
export async function zipEntries(file: string): Promise<string[]> {
  return (await zipEntryHashes(file)).map((e) => e.name);
}
