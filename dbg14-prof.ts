import { readLicence } from './electron/services/licence';
import * as ocr from './electron/services/ocr';
const files = process.argv.slice(2);
await readLicence(files[0] as string);
for (const f of files) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await readLicence(f);
  const c = process.cpuUsage(c0);
  console.log(f.split('/').pop(), Math.round(performance.now() - t0), 'ms', Math.round((c.user + c.system) / 1000), 'cpu-ms', r.orientation ?? 0, JSON.stringify(r.fields));
}
await ocr.shutdownOcr();
