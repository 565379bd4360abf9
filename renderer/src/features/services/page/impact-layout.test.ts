import { describe, expect, it } from 'vitest';
import type { ServiceImpact } from '../../../../../shared/api/services-api';
import { MAX_GRAPH_NODES, NODE_WIDTH, layoutImpact, nearestNeighbourhood } from './impact-layout';

const node = (id: number, relation: 'self' | 'dependsOn' | 'dependent', depth: number) => ({
  id,
  code: `SVC-${id}`,
  name: `Service ${id}`,
  lifecycle: 'live' as const,
  criticality: 2,
  relation,
  depth,
});

describe('layoutImpact', () => {
  it('puts dependencies left of the service and dependents right of it', () => {
    const impact: ServiceImpact = {
      nodes: [node(2, 'self', 0), node(1, 'dependsOn', 1), node(3, 'dependent', 1), node(4, 'dependent', 2)],
      edges: [
        { serviceId: 2, dependsOnId: 1 },
        { serviceId: 3, dependsOnId: 2 },
        { serviceId: 4, dependsOnId: 3 },
      ],
    };
    const layout = layoutImpact(impact);
    const x = (id: number) => layout.nodes.find((n) => n.id === String(id))!.x;
    expect(x(1)).toBeLessThan(x(2));
    expect(x(2)).toBeLessThan(x(3));
    expect(x(3)).toBeLessThan(x(4));
    expect(layout.edges).toEqual([
      { id: '1->2', source: '1', target: '2', side: 'upstream' },
      { id: '2->3', source: '2', target: '3', side: 'downstream' },
      { id: '3->4', source: '3', target: '4', side: 'downstream' },
    ]);
  });

  it('lays out a lone service and a wide fan of forty', () => {
    const lone = layoutImpact({ nodes: [node(1, 'self', 0)], edges: [] });
    expect(lone.nodes).toHaveLength(1);
    expect(lone.width).toBeGreaterThanOrEqual(NODE_WIDTH);

    const fan: ServiceImpact = {
      nodes: [node(1, 'self', 0), ...Array.from({ length: 39 }, (_, i) => node(i + 2, 'dependent', 1))],
      edges: Array.from({ length: 39 }, (_, i) => ({ serviceId: i + 2, dependsOnId: 1 })),
    };
    const layout = layoutImpact(fan);
    expect(layout.nodes).toHaveLength(40);
    const positions = new Set(layout.nodes.map((n) => `${n.x},${n.y}`));
    expect(positions.size).toBe(40);
    expect(layout.edges).toHaveLength(39);
  });

  it('ignores edges to services outside the neighbourhood', () => {
    const layout = layoutImpact({ nodes: [node(1, 'self', 0)], edges: [{ serviceId: 1, dependsOnId: 99 }] });
    expect(layout.edges).toEqual([]);
  });
});

describe('nearestNeighbourhood', () => {
  const chain = (counts: number[]): ServiceImpact => {
    const nodes = [node(1, 'self', 0)];
    let id = 2;
    counts.forEach((count, index) => {
      for (let i = 0; i < count; i += 1) nodes.push({ ...node(id++, 'dependent', index + 1), criticality: (i % 4) + 1 });
    });
    return { nodes, edges: nodes.slice(1).map((n) => ({ serviceId: n.id, dependsOnId: 1 })) };
  };

  it('draws everything up to the limit', () => {
    const small = chain([10, 20]);
    expect(nearestNeighbourhood(small)).toEqual({ impact: small, total: 31, depthShown: null });
  });

  it('draws whole steps around the service while they fit', () => {
    const selection = nearestNeighbourhood(chain([10, 20, 30]));
    expect(selection.depthShown).toBe(2);
    expect(selection.impact.nodes).toHaveLength(31);
    expect(selection.impact.edges).toHaveLength(30);
    expect(selection.total).toBe(61);
  });

  it('keeps the most critical direct neighbours when even they are too many', () => {
    const selection = nearestNeighbourhood(chain([300, 1000]));
    expect(selection.depthShown).toBe(1);
    expect(selection.impact.nodes).toHaveLength(MAX_GRAPH_NODES);
    expect(selection.impact.nodes[0]!.relation).toBe('self');
    expect(selection.impact.nodes.slice(1).every((n) => n.criticality === 1)).toBe(true);
  });
});
