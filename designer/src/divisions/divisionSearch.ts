// Finding a place by what a person types ("金水", "郑州 金水"): every word must appear in the place's
// full name (河南省郑州市金水区); places named by the words first, then by code. Pure, over the tree.
import { divisionName } from '@onego/engine';
import type { Division } from './divisionData.ts';

export interface DivisionMatch {
  code: string;
  /** 河南省 郑州市 金水区 */
  label: string;
}

/**
 * Places down to `depth` (1 provinces, 2 cities, 3 districts) whose full name holds every word: a place
 * whose own name holds one comes first (郑州市, then its districts), then in the tree's order.
 */
export function searchDivisions(provinces: Division[], names: ReadonlyMap<string, string>, query: string, depth: number, limit = 8): DivisionMatch[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const lookup = (code: string) => names.get(code);
  const found: { match: DivisionMatch; own: boolean }[] = [];
  const visit = (list: Division[], level: number) => {
    for (const division of list) {
      const own = words.some((w) => division.name.includes(w));
      const leaf = level >= depth || division.children.length === 0;
      if (own || leaf) {
        const code = division.code.padEnd(6, '0');
        const label = divisionName(code, lookup);
        if (words.every((w) => label.replace(/\s+/g, '').includes(w))) found.push({ match: { code, label }, own });
      }
      if (!leaf) visit(division.children, level + 1);
    }
  };
  visit(provinces, 1);
  return [...found.filter((f) => f.own), ...found.filter((f) => !f.own)].slice(0, limit).map((f) => f.match);
}
