import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No import cycles, between files or between folders: a service folder (electron/services/<name>),
 * a renderer folder, a shared module. Type-only imports count too — they tie the folders together
 * just the same. (Cheaper than a lint plugin: one regex pass over the sources.)
 */
const ROOT = resolve(__dirname, '../..');
const SOURCES = ['electron', 'shared', 'renderer/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // `from '…'` (static imports and re-exports), bare `import '…'` (side effects) and `import('…')`, either quote.
  const patterns = [
    /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g,
    /(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g,
    /import\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  const specs = patterns.flatMap((pattern) => [...text.matchAll(pattern)]);
  return specs
    .map((m) => resolveImport(file, m[1] as string))
    .filter((p): p is string => (p !== null && p.endsWith('.ts')) || p?.endsWith('.tsx') === true);
}

/**
 * The folder a file belongs to, for the folder-level graph. A service's `ipc.ts` is the wiring
 * layer above it (main -> register -> <service>/ipc -> services + context), so it is its own unit.
 */
function unitOf(file: string): string {
  const rel = relative(ROOT, file).replace(/\\/g, '/');
  const parts = rel.split('/');
  if (/^electron\/services\/[^/]+\/ipc\.ts$/.test(rel)) return rel;
  if (rel.startsWith('electron/services/')) return parts.length > 3 ? parts.slice(0, 3).join('/') : rel;
  if (rel.startsWith('electron/')) return parts.slice(0, 2).join('/');
  // Each step's folder of screens is a unit of its own: the steps must not import each other in a ring.
  if (rel.startsWith('renderer/src/screens/')) return parts.length > 4 ? parts.slice(0, 4).join('/') : rel;
  if (rel.startsWith('renderer/src/')) return parts.length > 3 ? parts.slice(0, 3).join('/') : rel;
  return parts.length > 2 ? parts.slice(0, 2).join('/') : rel;
}

/** Strongly connected components with more than one member (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/**
 * Cycles other branches are removing now (the signed-letter checker, issue 13; the renderer's
 * ScreenProps, issue 12 point 1). Listed so a new cycle fails at once; delete an entry when its
 * branch lands (the test fails while a listed cycle no longer exists).
 */
const KNOWN_FILE_CYCLES: string[][] = [];

describe('import graph', () => {
  const files = SOURCES.flatMap((d) => sourceFiles(join(ROOT, d)));
  const edges = files.map((f) => [f, importsOf(f)] as const);

  it('reads the imports it checks', () => {
    const checksIndex = edges.find(([f]) => f.endsWith('electron/services/checks/index.ts'));
    expect(checksIndex?.[1].length).toBeGreaterThan(3);
  });

  it('has no cycle between files', () => {
    const graph = new Map(edges.map(([f, to]) => [relative(ROOT, f), new Set(to.map((t) => relative(ROOT, t)))]));
    expect(cycles(graph).sort()).toEqual(KNOWN_FILE_CYCLES);
  });

  it('has no cycle between folders (services, renderer folders, shared modules)', () => {
    const graph = new Map<string, Set<string>>();
    for (const [f, to] of edges) {
      const from = unitOf(f);
      const set = graph.get(from) ?? new Set<string>();
      for (const t of to) if (unitOf(t) !== from) set.add(unitOf(t));
      graph.set(from, set);
    }
    expect(cycles(graph)).toEqual([]);
  });
});
