// Positions for the flow diagram: dagre orders the nodes left to right along the dependencies; each
// department gets its own horizontal lane (the bundle's own steps — application, issuance — the first).
import { layout, graphlib } from '@dagrejs/dagre';
import type { FlowGraph } from '@onego/engine';

// Sizes at the normal text size; the large-text mode (html.large-text, 125 %) multiplies them by its
// scale, so that the labels, which are sized in rem, grow with their boxes.
const NODE_WIDTH = 140;
const NODE_HEIGHT = 56;
const ROW_GAP = 20;
const LANE_PADDING = 18;
const LANE_LABEL_WIDTH = 130;

export interface FlowSizes {
  nodeWidth: number;
  nodeHeight: number;
  laneLabelWidth: number;
}

export function flowSizes(scale: number): FlowSizes {
  return { nodeWidth: Math.round(NODE_WIDTH * scale), nodeHeight: Math.round(NODE_HEIGHT * scale), laneLabelWidth: Math.round(LANE_LABEL_WIDTH * scale) };
}

export interface PlacedNode {
  id: string;
  label: string;
  kind: string;
  conditional: boolean;
  optional: boolean;
  x: number;
  y: number;
}

export interface PlacedLane {
  id: string;
  label: string;
  y: number;
  height: number;
}

export function flowLayout(graph: FlowGraph, bundleLaneLabel: string, sizes: FlowSizes = flowSizes(1)): { nodes: PlacedNode[]; lanes: PlacedLane[]; width: number } {
  const { nodeWidth, nodeHeight, laneLabelWidth } = sizes;
  const row = nodeHeight + ROW_GAP;
  const g = new graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 20, ranksep: 36 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width: nodeWidth, height: nodeHeight });
  for (const edge of graph.edges) g.setEdge(edge.from, edge.to);
  layout(g);
  const at = (id: string): { x: number; y: number } => {
    const placed = g.node(id) as { x?: number; y?: number } | undefined;
    return { x: placed?.x ?? 0, y: placed?.y ?? 0 };
  };
  const laneIds = ['', ...graph.lanes.map((l) => l.id)];
  const laneLabels = new Map<string, string>([['', bundleLaneLabel], ...graph.lanes.map((l) => [l.id, l.label] as [string, string])]);
  // within a lane, nodes at the same column stack in rows
  const rows = new Map<string, number>();
  const rowOf = new Map<string, number>();
  const laneRows = new Map<string, number>();
  const sorted = [...graph.nodes].sort((a, b) => at(a.id).y - at(b.id).y);
  for (const node of sorted) {
    const lane = node.lane ?? '';
    const column = `${lane}|${Math.round(at(node.id).x)}`;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    rowOf.set(node.id, row);
    laneRows.set(lane, Math.max(laneRows.get(lane) ?? 1, row + 1));
  }
  const lanes: PlacedLane[] = [];
  let y = 0;
  for (const id of laneIds) {
    const height = (laneRows.get(id) ?? 1) * row + LANE_PADDING;
    lanes.push({ id: id || '_bundle', label: laneLabels.get(id) ?? id, y, height });
    y += height;
  }
  const laneY = new Map(lanes.map((l) => [l.id === '_bundle' ? '' : l.id, l.y]));
  let width = 0;
  const nodes = graph.nodes.map((node) => {
    const x = laneLabelWidth + at(node.id).x - nodeWidth / 2;
    width = Math.max(width, x + nodeWidth);
    return {
      id: node.id,
      label: node.label,
      kind: node.kind,
      conditional: node.conditional === true,
      optional: node.optional === true,
      x,
      y: (laneY.get(node.lane ?? '') ?? 0) + LANE_PADDING / 2 + (rowOf.get(node.id) ?? 0) * row,
    };
  });
  return { nodes, lanes, width: width + 20 };
}
