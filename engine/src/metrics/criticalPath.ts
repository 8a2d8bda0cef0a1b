// The longest path (in days) through the matters' dependencies: when every matter starts as soon as
// the matters it waits for are approved, the whole bundle takes this long.

export interface PathNode {
  id: string;
  days: number;
  after: readonly string[];
}

export interface CriticalPath {
  days: number;
  /** The matters along the longest path, first to last. */
  path: string[];
}

/** Dependencies on ids that are not among the nodes are ignored. Nodes must form a DAG. */
export function criticalPath(nodes: readonly PathNode[]): CriticalPath {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const finish = new Map<string, { days: number; via?: string }>();
  const visiting = new Set<string>();
  const finishOf = (id: string): number => {
    const known = finish.get(id);
    if (known) return known.days;
    if (visiting.has(id)) throw new Error(`dependency cycle through ${id}`);
    visiting.add(id);
    const node = byId.get(id) as PathNode;
    let start = 0;
    let via: string | undefined;
    for (const dep of node.after) {
      if (!byId.has(dep)) continue;
      const depFinish = finishOf(dep);
      if (via === undefined || depFinish > start) {
        start = depFinish;
        via = dep;
      }
    }
    visiting.delete(id);
    finish.set(id, { days: start + node.days, ...(via !== undefined ? { via } : {}) });
    return start + node.days;
  };
  let last: string | undefined;
  let longest = 0;
  for (const node of nodes) {
    const days = finishOf(node.id);
    if (last === undefined || days > longest) {
      longest = days;
      last = node.id;
    }
  }
  const path: string[] = [];
  for (let at = last; at !== undefined; at = finish.get(at)?.via) path.unshift(at);
  return { days: longest, path };
}
