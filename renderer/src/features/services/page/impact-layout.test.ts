import { describe, expect, it } from 'vitest';
import type { ServiceImpact } from '../../../../../shared/api/services-api';
import { NODE_WIDTH, layoutImpact } from './impact-layout';

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
