/** One "service depends on service" edge. */
export interface DependencyEdge {
  serviceId: number;
  dependsOnId: number;
}

function adjacency(edges: readonly DependencyEdge[], direction: 'dependsOn' | 'dependents'): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const edge of edges) {
    const [from, to] = direction === 'dependsOn' ? [edge.serviceId, edge.dependsOnId] : [edge.dependsOnId, edge.serviceId];
    const list = map.get(from);
    if (list) list.push(to);
    else map.set(from, [to]);
  }
  return map;
}

/**
 * The cycle that giving `serviceId` the dependencies `dependsOn` would create, as the path
 * [serviceId, …, serviceId], or null when the graph stays acyclic. The service's current
 * dependencies are replaced, not added to.
 */
export function findDependencyCycle(edges: readonly DependencyEdge[], serviceId: number, dependsOn: readonly number[]): number[] | null {
  if (dependsOn.includes(serviceId)) return [serviceId, serviceId];
  const others = edges.filter((edge) => edge.serviceId !== serviceId);
  const next = adjacency(others, 'dependsOn');
  // Breadth-first from each new dependency, looking for a way back to the service: shortest cycle first.
  for (const start of dependsOn) {
    const previous = new Map<number, number>([[start, serviceId]]);
    const queue = [start];
    while (queue.length) {
      const node = queue.shift()!;
      for (const target of next.get(node) ?? []) {
        if (target === serviceId) {
          const path = [serviceId];
          for (let at: number | undefined = node; at !== undefined && at !== serviceId; at = previous.get(at)) path.unshift(at);
          return [serviceId, ...path];
        }
        if (!previous.has(target)) {
          previous.set(target, node);
          queue.push(target);
        }
      }
    }
  }
  return null;
}

export interface ReachedService {
  id: number;
  /** 1 for a direct neighbour, 2 for one step further, … */
  depth: number;
}

/** Every service reachable from `serviceId` in one direction, with its shortest distance. */
export function reachable(edges: readonly DependencyEdge[], serviceId: number, direction: 'dependsOn' | 'dependents'): ReachedService[] {
  const next = adjacency(edges, direction);
  const depth = new Map<number, number>([[serviceId, 0]]);
  const queue = [serviceId];
  while (queue.length) {
    const node = queue.shift()!;
    for (const target of next.get(node) ?? []) {
      if (!depth.has(target)) {
        depth.set(target, depth.get(node)! + 1);
        queue.push(target);
      }
    }
  }
  depth.delete(serviceId);
  return [...depth].map(([id, d]) => ({ id, depth: d })).sort((a, b) => a.depth - b.depth || a.id - b.id);
}

/**
 * Every service a service depends on, directly or through others, with one shortest path to it:
 * the ids from the first dependency to that service ("via Network → Core switching" is [Network,
 * Core switching]). Breadth-first, so the path is never longer than needed; cycles are harmless.
 */
export function dependencyPaths(edges: readonly DependencyEdge[], serviceId: number): Map<number, number[]> {
  const next = new Map<number, number[]>();
  for (const edge of edges) next.set(edge.serviceId, [...(next.get(edge.serviceId) ?? []), edge.dependsOnId]);
  const paths = new Map<number, number[]>();
  let frontier = [serviceId];
  while (frontier.length) {
    const following: number[] = [];
    for (const node of frontier) {
      for (const target of (next.get(node) ?? []).slice().sort((a, b) => a - b)) {
        if (target === serviceId || paths.has(target)) continue;
        paths.set(target, [...(paths.get(node) ?? []), target]);
        following.push(target);
      }
    }
    frontier = following;
  }
  return paths;
}
