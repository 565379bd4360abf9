import dagre from '@dagrejs/dagre';
import type { ServiceImpact } from '../../../../../shared/api/services-api';

export const NODE_WIDTH = 216;
export const NODE_HEIGHT = 56;

export type ImpactNode = ServiceImpact['nodes'][number];

export interface PlacedNode {
  id: string;
  /** Top-left corner, as React Flow positions nodes. */
  x: number;
  y: number;
  service: ImpactNode;
}

export interface PlacedEdge {
  id: string;
  /** The service depended on (drawn on the left). */
  source: string;
  /** The service that depends on it (drawn on the right). */
  target: string;
  /** Downstream edges carry the failure towards the services hit. */
  side: 'upstream' | 'downstream';
}

export interface ImpactLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

/**
 * Left-to-right layers: what the service depends on, the service, then what depends on it —
 * the direction a failure travels. Every edge points from the service depended on to the one
 * that depends on it, so dagre's ranks put dependencies left and dependents right.
 */
export function layoutImpact(impact: ServiceImpact): ImpactLayout {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 10, ranksep: 56, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  const relation = new Map(impact.nodes.map((node) => [node.id, node.relation]));
  for (const node of impact.nodes) graph.setNode(String(node.id), { width: NODE_WIDTH, height: NODE_HEIGHT });
  const edges: PlacedEdge[] = [];
  for (const edge of impact.edges) {
    if (!relation.has(edge.serviceId) || !relation.has(edge.dependsOnId)) continue;
    const source = String(edge.dependsOnId);
    const target = String(edge.serviceId);
    graph.setEdge(source, target);
    const side = relation.get(edge.serviceId) === 'dependent' ? 'downstream' : 'upstream';
    edges.push({ id: `${source}->${target}`, source, target, side });
  }
  dagre.layout(graph);
  const nodes = impact.nodes.map((service) => {
    const placed = graph.node(String(service.id));
    return { id: String(service.id), x: placed.x - NODE_WIDTH / 2, y: placed.y - NODE_HEIGHT / 2, service };
  });
  const { width = NODE_WIDTH, height = NODE_HEIGHT } = graph.graph();
  return { nodes, edges, width, height };
}

/** More than this and a drawing stops being readable; the nearest ones are drawn, all are listed. */
export const MAX_GRAPH_NODES = 40;

export interface GraphSelection {
  impact: ServiceImpact;
  /** Services in the whole neighbourhood (the service included). */
  total: number;
  /** The furthest step drawn, when not everything is; null when all is drawn. */
  depthShown: number | null;
}

function relationOrder(node: ImpactNode): number {
  return node.relation === 'self' ? 0 : node.relation === 'dependsOn' ? 1 : 2;
}

/**
 * The part of a large neighbourhood worth drawing: the service and as many whole steps around it
 * as fit; when even the direct neighbours are too many, the most critical of them.
 */
export function nearestNeighbourhood(impact: ServiceImpact, max = MAX_GRAPH_NODES): GraphSelection {
  const total = impact.nodes.length;
  if (total <= max) return { impact, total, depthShown: null };
  const deepest = Math.max(...impact.nodes.map((node) => node.depth));
  let depth = 1;
  while (depth < deepest && impact.nodes.filter((node) => node.depth <= depth + 1).length <= max) depth += 1;
  let chosen = impact.nodes.filter((node) => node.depth <= depth);
  if (chosen.length > max) {
    chosen = [...chosen].sort((a, b) => relationOrder(a) - relationOrder(b) || a.criticality - b.criticality || a.code.localeCompare(b.code)).slice(0, max);
  }
  const ids = new Set(chosen.map((node) => node.id));
  return {
    impact: { nodes: chosen, edges: impact.edges.filter((edge) => ids.has(edge.serviceId) && ids.has(edge.dependsOnId)) },
    total,
    depthShown: depth,
  };
}
