import { join } from 'node:path';
import { readLicence } from '../../../electron/services/licence';
import { shutdownOcr } from '../../../electron/services/ocr';
const dir = 'tests/fixtures/generated/independent-licences';
for (const f of process.argv.slice(2)) {
  const r = await readLicence(join(dir, f));
  console.log(f, JSON.stringify(r.findings.map((x) => [x.message, x.region])));
}
await shutdownOcr();
