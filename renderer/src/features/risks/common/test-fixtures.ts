import type { RiskMatrixInfo } from '../../../../../shared/api/risk-matrix-api';
import type { RiskAction, RiskAssessment, RiskDetail, ScoredRiskPosition } from '../../../../../shared/api/risks-api';
import { DEFAULT_RISK_MATRIX, band, heatmapGrid, score } from '../../../../../shared/domain/risk-matrix';

/** The default 5×5 matrix as riskMatrix.get answers it. */
export function matrixInfo(): RiskMatrixInfo {
  return {
    version: 1,
    matrix: DEFAULT_RISK_MATRIX,
    grid: heatmapGrid(DEFAULT_RISK_MATRIX),
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'Setup',
    description: '',
  };
}

/** A position scored on the default matrix, as the API scores it. */
export function scored(likelihood: number, impact: number): ScoredRiskPosition {
  const found = band(DEFAULT_RISK_MATRIX, likelihood, impact);
  return { likelihood, impact, score: score(DEFAULT_RISK_MATRIX, likelihood, impact), band: found.name, bandRank: found.rank, colour: found.colour };
}

export function assessment(overrides: Partial<RiskAssessment> = {}): RiskAssessment {
  return {
    id: 1,
    assessedAt: '2026-01-10T09:00:00.000Z',
    assessorId: 1,
    assessorName: 'Priya Shah',
    kind: 'assessment',
    matrixVersion: 1,
    inherent: scored(4, 4),
    residual: scored(3, 3),
    target: null,
    rationale: 'Initial assessment when the risk was recorded.',
    ...overrides,
  };
}

export function riskAction(overrides: Partial<RiskAction> = {}): RiskAction {
  return {
    id: 1,
    riskId: 7,
    riskCode: 'RSK-007',
    title: 'Enable immutable backups',
    description: '',
    ownerId: 1,
    ownerName: 'Priya Shah',
    dueDate: '2026-12-31',
    status: 'open',
    progressNotes: '',
    completedAt: null,
    overdue: false,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

/** RSK-007, scored 4×4 / 3×3, linked to one service. */
export function riskDetail(overrides: Partial<RiskDetail> = {}): RiskDetail {
  return {
    id: 7,
    code: 'RSK-007',
    title: 'Ransomware on the file servers',
    category: 'Security',
    ownerId: 1,
    ownerName: 'Priya Shah',
    supplierId: null,
    supplierName: null,
    status: 'assessed',
    treatment: 'mitigate',
    inherent: scored(4, 4),
    residual: scored(3, 3),
    target: null,
    exceedsAppetite: false,
    serviceCodes: ['SVC-001'],
    nextReviewDate: '2026-12-01',
    reviewOverdue: false,
    openActions: 0,
    overdueActions: 0,
    updatedAt: '2026-01-10T09:00:00.000Z',
    cause: 'Unpatched servers',
    event: 'Ransomware encrypts the shares',
    consequence: 'Clinics lose documents',
    controls: 'Nightly backups',
    treatmentRationale: 'Cheaper than the outage',
    services: [{ id: 1, code: 'SVC-001', name: 'File storage' }],
    assessments: [assessment()],
    actions: [],
    matrixVersion: 1,
    createdAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}
