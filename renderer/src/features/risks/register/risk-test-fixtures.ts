import type { RiskSummary } from '../../../../../shared/api/risks-api';
import { DEFAULT_RISK_MATRIX, heatmapGrid } from '../../../../../shared/domain/risk-matrix';
import { openInfo, person } from '../../../test/fixtures';

/** A register row with sensible defaults. */
export function riskSummary(overrides: Partial<RiskSummary> = {}): RiskSummary {
  return {
    id: 1,
    code: 'RSK-001',
    title: 'Backup restore never tested',
    category: null,
    ownerId: null,
    ownerName: null,
    supplierId: null,
    supplierName: null,
    status: 'assessed',
    treatment: null,
    inherent: null,
    residual: null,
    target: null,
    exceedsAppetite: false,
    serviceCodes: [],
    nextReviewDate: null,
    reviewOverdue: false,
    openActions: 0,
    overdueActions: 0,
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

/** Three risks and everything the register screen asks for. */
export function registerHandlers(rows: RiskSummary[] = [1, 2, 3].map((id) => riskSummary({ id, code: `RSK-00${id}`, title: `Risk number ${id}` }))) {
  return {
    'workspace.info': () => openInfo(),
    'people.list': () => [person({ id: 3, name: 'Ann Baker' }), person({ id: 4, name: 'Ravi Chen' })],
    'riskMatrix.get': () => ({
      version: 1,
      matrix: DEFAULT_RISK_MATRIX,
      grid: heatmapGrid(DEFAULT_RISK_MATRIX),
      createdAt: '',
      createdBy: '',
      description: '',
    }),
    'risks.facets': () => ({ categories: [], owners: [{ id: 3, name: 'Ann Baker' }], suppliers: [] }),
    'risks.heatmap': () => ({
      basis: 'residual' as const,
      asOf: null,
      matrixVersion: 1,
      grid: heatmapGrid(DEFAULT_RISK_MATRIX),
      total: 0,
      unscored: rows.length,
    }),
    'risks.list': () => ({ rows, total: rows.length }),
    'services.list': () => ({ rows: [], total: 0 }),
    'views.list': () => [],
  };
}
