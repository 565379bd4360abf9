// Builders for the services screens' component tests (not a test file itself).
import type { ServiceListInput, ServiceDetail, ServiceImpact, ServiceSummary } from '../../../../shared/api/services-api';

export function serviceSummary(overrides: Partial<ServiceSummary> = {}): ServiceSummary {
  return {
    id: 1,
    code: 'SVC-001',
    name: 'Network',
    category: 'Infrastructure',
    kind: 'supporting',
    lifecycle: 'live',
    ownerId: 1,
    ownerName: 'Priya Shah',
    criticality: 1,
    customers: ['IT Services'],
    tags: ['network'],
    serviceHoursText: '24x7',
    supportContact: 'Network team',
    lastReviewDate: '2026-01-10',
    nextReviewDate: '2099-07-10',
    dependsOnCount: 0,
    dependentCount: 2,
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

/** The list row of a service page's detail: exactly the summary's fields, as services.list returns them. */
export function summaryOfDetail(detail: ServiceDetail): ServiceSummary {
  const {
    id,
    code,
    name,
    category,
    kind,
    lifecycle,
    ownerId,
    ownerName,
    criticality,
    customers,
    tags,
    serviceHoursText,
    supportContact,
    lastReviewDate,
    nextReviewDate,
    dependsOnCount,
    dependentCount,
    updatedAt,
  } = detail;
  return {
    id,
    code,
    name,
    category,
    kind,
    lifecycle,
    ownerId,
    ownerName,
    criticality,
    customers,
    tags,
    serviceHoursText,
    supportContact,
    lastReviewDate,
    nextReviewDate,
    dependsOnCount,
    dependentCount,
    updatedAt,
  };
}

export function serviceDetail(overrides: Partial<ServiceDetail> = {}): ServiceDetail {
  return {
    ...serviceSummary(),
    description: '**Wired network** across all sites.\n\n- Core switching\n- WAN links',
    serviceHours: { mode: '24x7' },
    dependsOn: [],
    dependents: [],
    lifecycleEvents: [
      { lifecycle: 'pipeline', at: '2020-01-01T09:00:00.000Z' },
      { lifecycle: 'live', at: '2020-03-01T09:00:00.000Z' },
    ],
    contracts: [],
    slas: [],
    risks: [],
    inheritedRisks: [],
    inheritedRiskCount: 0,
    createdAt: '2020-01-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A small catalogue: Network ← Identity ← Email, plus a retired Fax. */
export function sampleCatalogue(): ServiceSummary[] {
  return [
    serviceSummary(),
    serviceSummary({
      id: 2,
      code: 'SVC-002',
      name: 'Identity',
      category: 'Security',
      ownerId: 2,
      ownerName: 'Daniel Kowalski',
      dependsOnCount: 1,
      dependentCount: 1,
    }),
    serviceSummary({
      id: 3,
      code: 'SVC-003',
      name: 'Email',
      kind: 'customer-facing',
      category: 'Communication',
      criticality: 2,
      dependsOnCount: 1,
      dependentCount: 0,
      tags: ['messaging'],
    }),
    serviceSummary({
      id: 4,
      code: 'SVC-004',
      name: 'Fax gateway',
      lifecycle: 'retired',
      category: 'Communication',
      criticality: 4,
      dependentCount: 0,
      ownerId: null,
      ownerName: null,
    }),
  ];
}

/** `services.list` over an array, close enough to the host for screen tests: filters, search, sort, paging. */
export function listServicesFrom(services: ServiceSummary[]) {
  return (input: Partial<ServiceListInput>) => {
    const search = input.search?.toLowerCase();
    const matching = services.filter(
      (s) =>
        (!input.lifecycle?.length || input.lifecycle.includes(s.lifecycle)) &&
        (!input.kind?.length || input.kind.includes(s.kind)) &&
        (!input.ownerIds?.length || (s.ownerId !== null && input.ownerIds.includes(s.ownerId))) &&
        (!input.categories?.length || (s.category !== null && input.categories.includes(s.category))) &&
        (!input.tiers?.length || input.tiers.includes(s.criticality)) &&
        (!input.tags?.length || s.tags.some((tag) => input.tags!.includes(tag))) &&
        (!search || `${s.code} ${s.name} ${s.category ?? ''}`.toLowerCase().includes(search)),
    );
    const sort = input.sort ?? { column: 'code', direction: 'asc' };
    const key = (s: ServiceSummary): string | number => {
      if (sort.column === 'owner') return s.ownerName ?? '';
      if (sort.column === 'criticality') return s.criticality;
      const value = s[sort.column as keyof ServiceSummary];
      return typeof value === 'number' ? value : String(value ?? '');
    };
    const sorted = [...matching].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sort.direction === 'desc' ? -order : order;
    });
    const offset = input.offset ?? 0;
    return { rows: sorted.slice(offset, offset + (input.limit ?? 500)), total: matching.length };
  };
}

export function sampleFacets() {
  return {
    categories: ['Communication', 'Infrastructure', 'Security'],
    tags: ['messaging', 'network'],
    customers: ['Finance', 'IT Services'],
    owners: [
      { id: 2, name: 'Daniel Kowalski' },
      { id: 1, name: 'Priya Shah' },
    ],
  };
}

export function impactOf(detail: ServiceDetail, nodes: ServiceImpact['nodes'] = [], edges: ServiceImpact['edges'] = []): ServiceImpact {
  return {
    nodes: [
      { id: detail.id, code: detail.code, name: detail.name, lifecycle: detail.lifecycle, criticality: detail.criticality, relation: 'self', depth: 0 },
      ...nodes,
    ],
    edges,
  };
}
