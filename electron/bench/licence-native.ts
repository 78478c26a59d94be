import { spawnSync } from 'node:child_process';
import type { ParseLine } from '../../shared/licence-parse';

/**
 * Native Debian `tesseract` as a user would script it: one process per image, `--psm 6`,
 * chi_sim, OMP_THREAD_LIMIT=1. TSV output gives word boxes, grouped here into lines so the
 * same parser reads its output.
 */
export function nativeTesseractAvailable(): boolean {
  const r = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  return r.status === 0 && /chi_sim/.test(`${r.stdout}${r.stderr}`);
}

type Word = { key: string; text: string; conf: number; left: number; top: number; width: number; height: number };

function parseTsv(tsv: string): Word[] {
  const words: Word[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5' || !(c[11] ?? '').trim()) continue;
    words.push({
      key: `${c[2]}.${c[3]}.${c[4]}`,
      text: (c[11] ?? '').trim(),
      conf: Number(c[10]) / 100,
      left: Number(c[6]),
      top: Number(c[7]),
      width: Number(c[8]),
      height: Number(c[9]),
    });
  }
  return words;
}

function toLines(words: Word[]): ParseLine[] {
  const groups = new Map<string, Word[]>();
  for (const w of words) groups.set(w.key, [...(groups.get(w.key) ?? []), w]);
  return [...groups.values()].map((ws) => {
    const x0 = Math.min(...ws.map((w) => w.left));
    const y0 = Math.min(...ws.map((w) => w.top));
    const x1 = Math.max(...ws.map((w) => w.left + w.width));
    const y1 = Math.max(...ws.map((w) => w.top + w.height));
    const text = ws.map((w) => w.text).join(' ');
    return {
      text,
      confidence: ws.reduce((s, w) => s + w.conf, 0) / ws.length,
      box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
    };
  });
}

/** Runs native tesseract on an image file; returns its lines and the wall time of the process. */
export function nativeTesseract(file: string): { lines: ParseLine[]; ms: number } {
  const t0 = performance.now();
  const r = spawnSync('tesseract', [file, 'stdout', '-l', 'chi_sim', '--psm', '6', 'tsv'], {
    encoding: 'utf8',
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Math.round(performance.now() - t0);
  return { lines: r.status === 0 ? toLines(parseTsv(r.stdout)) : [], ms };
}
