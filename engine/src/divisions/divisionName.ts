// A division code as people read it: 410105 → 河南省 郑州市 金水区. The names come from a GB/T 2260 data
// set the caller loads (the web app on demand, the runtime from its package), looked up by the code of
// each level: 2 digits for the province, 4 for the city, 6 for the district, 9 for the township.

/** The name of the division with this 2-, 4-, 6- or 9-digit code, or undefined. */
export type DivisionNames = (code: string) => string | undefined;

/** A division and its children, as GB/T 2260 data packages nest them. */
export interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[];
}

// Grouping names of the statistics office's lists that are not places people name: the districts of a
// municipality under 北京市 appear under 市辖区, county-level cities directly under a province under
// 省直辖县级行政区划.
const GROUPINGS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** The codes of the levels a code names: 410105 → 41, 4101, 410105; 410100 → 41, 4101; 410105001 → …, 410105001. */
export function divisionLevels(code: string): string[] {
  if (!/^[0-9]{6}([0-9]{3})?$/.test(code)) return [];
  const levels = [code.slice(0, 2)];
  if (code.slice(2, 4) !== '00') levels.push(code.slice(0, 4));
  if (code.slice(4, 6) !== '00') levels.push(code.slice(0, 6));
  if (code.length === 9) levels.push(code);
  return levels;
}

/** The names along a code, province first, without grouping names; empty when a level is unknown. */
export function divisionPath(code: string, names: DivisionNames): string[] {
  const path: string[] = [];
  for (const level of divisionLevels(code)) {
    const name = names(level);
    if (name === undefined) return [];
    // a city with no districts stands again for itself at the district level (嘉峪关市 620201)
    if (!GROUPINGS.has(name) && name !== path[path.length - 1]) path.push(name);
  }
  return path;
}

/** 河南省 郑州市 金水区 for 410105, or the code itself when the data does not know it. */
export function divisionName(code: string, names: DivisionNames): string {
  const path = divisionPath(code, names);
  return path.length > 0 ? path.join(' ') : code;
}

/** Every code of a tree with its name, for a DivisionNames lookup. */
export function indexDivisions(tree: readonly DivisionNode[], into = new Map<string, string>()): Map<string, string> {
  for (const node of tree) {
    into.set(node.code, node.name);
    if (node.children) indexDivisions(node.children, into);
  }
  return into;
}
