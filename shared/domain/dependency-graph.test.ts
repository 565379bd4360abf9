import { describe, expect, it } from 'vitest';
import { dependencyPaths, findDependencyCycle, reachable, type DependencyEdge } from './dependency-graph';

// 1 Email → 2 Identity → 3 Network; 4 EPR → 2, 4 → 5 Database → 3
const edges: DependencyEdge[] = [
  { serviceId: 1, dependsOnId: 2 },
  { serviceId: 2, dependsOnId: 3 },
  { serviceId: 4, dependsOnId: 2 },
  { serviceId: 4, dependsOnId: 5 },
  { serviceId: 5, dependsOnId: 3 },
];

describe('dependency graph', () => {
  it('finds no cycle for a new supporting dependency', () => {
    expect(findDependencyCycle(edges, 1, [2, 5])).toBeNull();
  });

  it('names the shortest cycle a new dependency would close', () => {
    expect(findDependencyCycle(edges, 3, [1])).toEqual([3, 1, 2, 3]);
    expect(findDependencyCycle(edges, 3, [4])).toEqual([3, 4, 2, 3]);
  });

  it('refuses a service depending on itself', () => {
    expect(findDependencyCycle(edges, 2, [2])).toEqual([2, 2]);
  });

  it('replaces the service own dependencies rather than adding to them', () => {
    // 2 currently depends on 3; giving 2 only [5] is fine even though 5 → 3.
    expect(findDependencyCycle(edges, 2, [5])).toBeNull();
  });

  it('lists what a service depends on and what it would hit, transitively, with depth', () => {
    expect(reachable(edges, 4, 'dependsOn')).toEqual([
      { id: 2, depth: 1 },
      { id: 5, depth: 1 },
      { id: 3, depth: 2 },
    ]);
    expect(reachable(edges, 3, 'dependents')).toEqual([
      { id: 2, depth: 1 },
      { id: 5, depth: 1 },
      { id: 1, depth: 2 },
      { id: 4, depth: 2 },
    ]);
    expect(reachable(edges, 1, 'dependents')).toEqual([]);
  });
});

describe('dependencyPaths', () => {
  it('gives each service depended on, directly or not, with its shortest path, ignoring cycles', () => {
    // Email → Identity → Network → Core switching; Email → Network too; Core switching → Email (a cycle).
    const chain = [
      { serviceId: 1, dependsOnId: 2 },
      { serviceId: 2, dependsOnId: 3 },
      { serviceId: 3, dependsOnId: 4 },
      { serviceId: 1, dependsOnId: 3 },
      { serviceId: 4, dependsOnId: 1 },
    ];
    expect([...dependencyPaths(chain, 1)]).toEqual([
      [2, [2]],
      [3, [3]],
      [4, [3, 4]],
    ]);
    expect(dependencyPaths(chain, 9).size).toBe(0);
  });
});
