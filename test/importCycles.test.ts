// No import loops in the sources, counting type-only imports too: lint's import-x/no-cycle sees the
// imports that run (types are erased), this sees every one, since a loop of types knots the reading as
// much (issue #14 named one: applicationRoutes → draftUploads → materialRoutes → applicationRoutes).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Loops known and left to the work that removes them (none now: the web app's API types are generated, #14). */
const KNOWN: string[][] = [];

function importGraph(root: string): Map<string, string[]> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const from = path.posix.join(root, file.split(path.sep).join('/'));
    const text = readFileSync(from, 'utf8');
    const specifiers = [...text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+)'|import\('(\.[^']+)'\)/gms)].map((m) => m[1] ?? m[2] ?? '');
    graph.set(
      from,
      specifiers.map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(from), s))),
    );
  }
  return graph;
}

/** The strongly connected components of more than one file (Tarjan). */
function loops(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
        onStack.delete(w);
        component.push(w);
        if (w === v) break;
      }
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import loops', () => {
  it.each(['engine/src', 'runtime/src', 'designer/src'])('none in %s, type-only imports included', (root) => {
    const known = KNOWN.map((loop) => loop.join(' → '));
    expect(loops(importGraph(root)).filter((loop) => !known.includes(loop.join(' → ')))).toEqual([]);
  });

  it('sees a loop through a type-only import', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(loops(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
