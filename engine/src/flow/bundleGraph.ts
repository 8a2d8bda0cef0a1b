// bundle → graph for drawing the flow: a start, one node per matter in its department's lane (泳道),
// dependency edges, and the unified issuance (统一发证) before the end. Tolerates incomplete definitions
// (the designer draws while the author types): unknown matters keep their id as label and have no lane,
// dependencies on matters outside the bundle are left out.
import type { Bundle, Matter } from '@onego/schemas/types';
import { inLang, type Lang } from '../i18n/lang.ts';

export interface FlowLane {
  /** The department id. */
  id: string;
  label: string;
}

export type FlowNodeKind = 'start' | 'matter' | 'issuance' | 'end';

export interface FlowNode {
  /** The matter id for matter nodes; START_NODE, ISSUANCE_NODE or END_NODE otherwise. */
  id: string;
  kind: FlowNodeKind;
  label: string;
  /** The lane (department id) of a matter node. */
  lane?: string;
  /** Its rejection does not reject the application. */
  optional?: boolean;
  /** Included only when the scenario answers meet its condition. */
  conditional?: boolean;
}

export interface FlowEdge {
  from: string;
  to: string;
  /** dependency: `to` waits for `from` to be approved; flow: the way in and out. */
  kind: 'dependency' | 'flow';
}

export interface FlowGraph {
  lanes: FlowLane[];
  nodes: FlowNode[];
  edges: FlowEdge[];
}

// '_' never occurs in a matter id, so these cannot collide with one.
export const START_NODE = '_start';
export const ISSUANCE_NODE = '_issuance';
export const END_NODE = '_end';

const LABELS = {
  start: { zh: '一表申请', en: 'Application' },
  issuance: { zh: '统一发证', en: 'Unified issuance' },
  end: { zh: '办结', en: 'Completed' },
};

export function bundleGraph(bundle: Bundle, matters: ReadonlyMap<string, Matter>, lang: Lang = 'zh'): FlowGraph {
  const inBundle = new Set(bundle.matters.map((entry) => entry.matter));
  const lanes: FlowLane[] = [];
  const nodes: FlowNode[] = [{ id: START_NODE, kind: 'start', label: inLang(LABELS.start, lang) }];
  const edges: FlowEdge[] = [];
  const hasDependents = new Set<string>();

  for (const entry of bundle.matters) {
    const matter = matters.get(entry.matter);
    const node: FlowNode = { id: entry.matter, kind: 'matter', label: matter ? inLang(matter.name, lang) : entry.matter };
    if (matter) {
      node.lane = matter.department.id;
      if (!lanes.some((lane) => lane.id === matter.department.id)) lanes.push({ id: matter.department.id, label: inLang(matter.department.name, lang) });
    }
    if (entry.optional === true) node.optional = true;
    if (entry.condition !== undefined) node.conditional = true;
    nodes.push(node);

    const dependencies = (entry.after ?? []).filter((dependency) => inBundle.has(dependency));
    if (dependencies.length === 0) edges.push({ from: START_NODE, to: entry.matter, kind: 'flow' });
    for (const dependency of dependencies) {
      edges.push({ from: dependency, to: entry.matter, kind: 'dependency' });
      hasDependents.add(dependency);
    }
  }

  for (const entry of bundle.matters) {
    if (!hasDependents.has(entry.matter)) edges.push({ from: entry.matter, to: ISSUANCE_NODE, kind: 'flow' });
  }
  nodes.push({ id: ISSUANCE_NODE, kind: 'issuance', label: inLang(LABELS.issuance, lang) }, { id: END_NODE, kind: 'end', label: inLang(LABELS.end, lang) });
  edges.push({ from: ISSUANCE_NODE, to: END_NODE, kind: 'flow' });
  return { lanes, nodes, edges };
}
