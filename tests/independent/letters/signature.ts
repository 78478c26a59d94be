/**
 * Handwritten signatures as SVG: a cursive scribble of 2–4 "characters", each a few smooth strokes
 * (oscillating pen trajectories with loops), drawn as short segments whose width
 * follows the pen's pressure, so the stroke swells and thins as ballpoint or gel ink does.
 */
import type { Rng } from './rng';

export interface SignatureSpec {
  characters: number;
  /** Ballpoint (thin, a little pale) or gel (wider, full ink). */
  pen: 'ballpoint' | 'gel';
  opacity: number;
  widthMm: number;
  heightMm: number;
  color: string;
  penMm: number;
  slantDeg: number;
  seed: number;
}

const INKS = ['#15151c', '#1b1b26', '#23232b', '#1d2f8f', '#1a3a9c', '#28408f', '#0f2a6e'];

export function makeSignatureSpec(rng: Rng, characters: number): SignatureSpec {
  const perChar = rng.range(6, 13);
  const pen = rng.pick(['ballpoint', 'gel'] as const);
  return {
    characters,
    pen,
    opacity: pen === 'ballpoint' ? rng.range(0.62, 0.9) : rng.range(0.85, 0.95),
    widthMm: perChar * characters * rng.range(0.8, 1.1),
    heightMm: perChar * rng.range(0.8, 1.25),
    color: rng.pick(INKS),
    penMm: pen === 'ballpoint' ? rng.range(0.25, 0.42) : rng.range(0.45, 0.75),
    slantDeg: rng.range(-18, 6),
    seed: rng.int(1, 1e9),
  };
}

type Point = [number, number];

function catmullRom(points: Point[], samplesPerSpan: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)] as Point;
    const p1 = points[i] as Point;
    const p2 = points[i + 1] as Point;
    const p3 = points[Math.min(points.length - 1, i + 2)] as Point;
    for (let s = 0; s < samplesPerSpan; s++) {
      const t = s / samplesPerSpan;
      const t2 = t * t;
      const t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number): number =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      out.push([f(p0[0], p1[0], p2[0], p3[0]), f(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  out.push(points[points.length - 1] as Point);
  return out;
}

/**
 * One character as pen trajectories: steady progress to the right plus coupled oscillations in x and
 * y (the classic oscillation model of cursive handwriting), whose phase shift makes loops and whose
 * amplitudes drift; one to three strokes with pen lifts between them.
 */
function characterStrokes(rng: Rng, x0: number, cell: number, height: number): Point[][] {
  const strokes: Point[][] = [];
  const count = rng.int(1, 3);
  for (let s = 0; s < count; s++) {
    const start = s / count;
    const end = Math.min(1, start + rng.range(0.5, 1.0) / count + 0.15);
    const cycles = rng.range(0.9, 2.6) * (end - start) * count;
    const phaseX = rng.range(0, Math.PI * 2);
    const lag = rng.range(0.6, 2.2);
    const ax = cell * rng.range(0.12, 0.3);
    const ay = height * rng.range(0.25, 0.45);
    const drift = rng.range(-0.25, 0.25) * height;
    const n = Math.max(24, Math.round(60 * (end - start) * count));
    const points: Point[] = [];
    for (let i = 0; i <= n; i++) {
      const t = start + ((end - start) * i) / n;
      const u = (i / n) * Math.PI * 2 * cycles;
      const amp = 0.65 + 0.35 * Math.sin(u * 0.37 + phaseX);
      points.push([
        x0 + cell * t + ax * amp * Math.sin(u + phaseX),
        height / 2 + drift * (i / n - 0.5) + ay * amp * Math.sin(u + phaseX + lag),
      ]);
    }
    strokes.push(points);
  }
  // A quick straight-ish stroke (a dash or a down stroke), as CJK signatures keep some of them.
  if (rng.chance(0.45)) {
    const horizontal = rng.chance(0.5);
    const cx = x0 + cell * rng.range(0.2, 0.8);
    const cy = height * rng.range(0.2, 0.8);
    const len = (horizontal ? cell : height) * rng.range(0.4, 0.9);
    const a: Point = horizontal ? [cx - len / 2, cy] : [cx, cy - len / 2];
    const b: Point = horizontal ? [cx + len / 2, cy + rng.range(-1, 1)] : [cx + rng.range(-1.5, 1.5), cy + len / 2];
    const mid: Point = [(a[0] + b[0]) / 2 + rng.range(-0.8, 0.8), (a[1] + b[1]) / 2 + rng.range(-0.8, 0.8)];
    strokes.push(catmullRom([a, mid, b], 8));
  }
  return strokes;
}

function strokeSegments(samples: Point[], pen: number, rng: Rng): string {
  const segments: string[] = [];
  const phase = rng.range(0, Math.PI * 2);
  for (let i = 0; i < samples.length - 2; i += 2) {
    const a = samples[i] as Point;
    const b = samples[i + 1] as Point;
    const c = samples[i + 2] as Point;
    const t = i / samples.length;
    // Pressure: heavier mid-stroke, light at the start and the lifted end, with a slow wobble.
    const pressure = Math.sin(Math.PI * Math.min(1, t * 1.1)) * 0.6 + 0.4 + 0.2 * Math.sin(phase + t * 9);
    const width = Math.max(0.12, pen * pressure);
    segments.push(
      `<path d="M${a[0].toFixed(2)} ${a[1].toFixed(2)} Q${b[0].toFixed(2)} ${b[1].toFixed(2)} ${c[0].toFixed(2)} ${c[1].toFixed(2)}" stroke-width="${width.toFixed(3)}"/>`,
    );
  }
  return segments.join('');
}

export function signatureSvg(spec: SignatureSpec, rng: Rng): { svg: string; widthMm: number; heightMm: number } {
  const pad = 2;
  const cell = spec.widthMm / spec.characters;
  const paths: string[] = [];
  for (let c = 0; c < spec.characters; c++) {
    for (const control of characterStrokes(rng, pad + c * cell, cell, spec.heightMm)) {
      const shifted = control.map(([x, y]) => [x, y + pad] as Point);
      paths.push(strokeSegments(shifted, spec.penMm, rng));
    }
  }
  // A flourish under or through the name, as many signers add.
  if (rng.chance(0.5)) {
    const y = pad + spec.heightMm * rng.range(0.6, 1.0);
    const flourish: Point[] = [
      [pad, y],
      [pad + spec.widthMm * 0.4, y + rng.range(-2, 2)],
      [pad + spec.widthMm * 1.05, y - rng.range(0, 3)],
    ];
    paths.push(strokeSegments(catmullRom(flourish, 14), spec.penMm * 0.8, rng));
  }
  const w = spec.widthMm + pad * 2 + cell * 0.4;
  const h = spec.heightMm + pad * 2;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w.toFixed(2)}mm" height="${h.toFixed(2)}mm" viewBox="0 0 ${w.toFixed(2)} ${h.toFixed(2)}">` +
    `<g transform="skewX(${spec.slantDeg.toFixed(1)}) translate(${(h * Math.tan((-spec.slantDeg * Math.PI) / 180) * 0.5).toFixed(2)} 0)" fill="none" stroke="${spec.color}" stroke-linecap="round" stroke-linejoin="round" opacity="${spec.opacity.toFixed(2)}">${paths.join('')}</g></svg>`;
  return { svg, widthMm: w, heightMm: h };
}
