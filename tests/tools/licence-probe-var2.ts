import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadImageFile } from '../../electron/services/files';
import { recognize, shutdownOcr } from '../../electron/services/ocr';
import { licenceLines } from '../../electron/services/licence/ocr-pass';
import { parseLicence } from '../../shared/licence-parse';
import type { IndependentManifest } from '../independent/licences/generate';
import { FIXTURES_DIR } from '../fixtures';

async function main(): Promise<void> {
  const dir = join(FIXTURES_DIR, 'independent-licences');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as IndependentManifest;
  const only = process.argv[2];
  for (const e of manifest.licences.filter((l) => l.split === 'calibration' && (!only || new RegExp(only).test(l.file)))) {
    const l = await loadImageFile(join(dir, e.file), { dpi: 200 });
    const pass = await licenceLines({ kind: 'raw', data: l.data, width: l.width, height: l.height, channels: 3 });
    const parsed = parseLicence(pass.lines);
    for (const k of ['companyName', 'legalRepresentative'] as const) {
      const fld = parsed.fields[k];
      if (!fld || fld.dropped) continue;
      if ((fld.weakest ?? 1) > 0.985) continue;
      const r = fld.region;
      const src = pass.lines.find((o) => o.line && o.box.x === r.x && o.box.y === r.y && o.box.width === r.width);
      if (!src?.line) { console.log(JSON.stringify({ f: e.file, k, v: fld.value, nosrc: true })); continue; }
      const L = src.line;
      const h = L.height;
      const variants = [
        { ...L, height: h * 1.15 },
        { ...L, height: h * 0.9 },
        { ...L, width: L.width + h * 0.6 },
        { ...L, cy: L.cy + h * 0.06 },
        { ...L, cy: L.cy - h * 0.06 },
        { ...L, height: h * 1.3 },
        { ...L, height: h * 0.8 },
        { ...L, width: L.width + h * 1.2 },
        { ...L, cx: L.cx + h * 0.15 },
        { ...L, cx: L.cx - h * 0.15 },
        { ...L, angle: L.angle + 0.01 },
        { ...L, angle: L.angle - 0.01 },
      ];
      const reads: string[] = [];
      for (const v of variants) { const o = await recognize(pass.image, { lines: [v], recBatch: 1, ...(pass.cacheKey ? { cacheKey: pass.cacheKey } : {}) }); reads.push(o[0]?.text ?? ''); }
      const out = reads;
      const wi = (() => { const c = src.charConfidences ?? []; let m = 0; c.forEach((x, i) => { if (x < (c[m] ?? 1)) m = i; }); return m; })();
      console.log(JSON.stringify({ f: e.file, k, ok: fld.value === e.facts[k], v: fld.value, src: src.text, wc: [...src.text][wi], w: fld.weakest, reads, n: out.length }));
    }
  }
  await shutdownOcr();
}
void main();
