// The flow of the bundle as the engine draws it (bundleGraph): a lane per department, the matters in
// their lanes, arrows for the dependencies. React Flow renders it (read-only) at its real size — never
// zoomed out to fit, which clipped the last nodes of a long bundle and shrank the labels — in a box that
// scrolls sideways when the bundle is wider than the page; the large-text mode enlarges the boxes with
// their labels. A list says the same in words.
import { Background, MarkerType, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { FlowGraph } from '@onego/engine';
import { useMemo } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';
import { flowLayout, flowSizes } from './flowLayout.ts';

/** html.large-text sets the root font size to 125 %. */
const LARGE_TEXT_SCALE = 1.25;

/** A department's lane: a band with the department's name, no handles (nothing connects to it). */
function LaneNode({ data }: NodeProps) {
  return <div className="flow-lane-label">{String(data['label'])}</div>;
}
const NODE_TYPES = { lane: LaneNode };

export function FlowDiagram({ graph }: { graph: FlowGraph }) {
  const { t, largeText } = usePreferences();
  const { nodes, edges, height, width, lanes } = useMemo(() => {
    const sizes = flowSizes(largeText ? LARGE_TEXT_SCALE : 1);
    const placed = flowLayout(graph, t('dz.bundleLane'), sizes);
    const laneNodes: Node[] = placed.lanes.map((lane, i) => ({
      id: `lane-${lane.id}`,
      type: 'lane',
      position: { x: 0, y: lane.y },
      data: { label: lane.label },
      className: `flow-lane ${i % 2 === 0 ? 'even' : 'odd'}`,
      style: { width: placed.width, height: lane.height },
      selectable: false,
      draggable: false,
      focusable: false,
      zIndex: -1,
    }));
    const matterNodes: Node[] = placed.nodes.map((node) => ({
      id: node.id,
      position: { x: node.x, y: node.y },
      data: { label: `${node.label}${node.conditional ? ' ◇' : ''}` },
      className: `flow-node flow-${node.kind}${node.optional ? ' optional' : ''}`,
      style: { width: sizes.nodeWidth, height: sizes.nodeHeight },
      draggable: false,
      focusable: false,
      sourcePosition: 'right' as Node['sourcePosition'],
      targetPosition: 'left' as Node['targetPosition'],
    }));
    const flowEdges: Edge[] = graph.edges.map((edge) => ({
      id: `${edge.from}->${edge.to}`,
      source: edge.from,
      target: edge.to,
      markerEnd: { type: MarkerType.ArrowClosed },
      className: edge.kind === 'dependency' ? 'flow-dependency' : 'flow-edge',
      focusable: false,
    }));
    const bottom = placed.lanes.reduce((h, lane) => Math.max(h, lane.y + lane.height), 0);
    return { nodes: [...laneNodes, ...matterNodes], edges: flowEdges, height: bottom, width: placed.width, lanes: placed.lanes };
  }, [graph, t, largeText]);
  const byLane = (laneId: string) => graph.nodes.filter((n) => (n.lane ?? '_bundle') === laneId);
  return (
    <figure className="flow-figure">
      {/* focusable, so that keyboard users can scroll a bundle wider than the page */}
      <div className="flow-scroll" tabIndex={0} role="region" aria-label={t('dz.flowScroll')}>
        <div className="flow-canvas" style={{ width: `${width}px`, height: `${height}px` }} role="group" aria-label={t('dz.flowCanvas')} data-testid="flow-diagram">
          <ReactFlow
            key={largeText ? 'large' : 'normal'}
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            defaultViewport={{ x: 0, y: 0, zoom: 1 }}
            minZoom={1}
            maxZoom={1}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            panOnDrag={false}
            panOnScroll={false}
            zoomOnScroll={false}
            zoomOnPinch={false}
            zoomOnDoubleClick={false}
            preventScrolling={false}
          >
            <Background gap={24} />
          </ReactFlow>
        </div>
      </div>
      <figcaption>
        {t('dz.flowCaption')}
        <ul className="flow-text">
          {lanes.map((lane) => (
            <li key={lane.id}>
              <strong>{lane.label}</strong>：{byLane(lane.id).map((n) => n.label).join('、') || t('common.none')}
            </li>
          ))}
          {graph.edges
            .filter((e) => e.kind === 'dependency')
            .map((e) => {
              const from = graph.nodes.find((n) => n.id === e.from)?.label ?? e.from;
              const to = graph.nodes.find((n) => n.id === e.to)?.label ?? e.to;
              return <li key={`${e.from}->${e.to}`}>{t('dz.flowDependency', { from, to })}</li>;
            })}
        </ul>
      </figcaption>
    </figure>
  );
}
