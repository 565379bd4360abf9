import type { MatrixChangePreview, RiskMatrixInfo } from '../../../../../shared/api/risk-matrix-api';
import { DEFAULT_RISK_MATRIX, describeMatrix, heatmapGrid, type RiskMatrix } from '../../../../../shared/domain/risk-matrix';

/** What riskMatrix.get answers for a matrix (the default 5×5 unless told). */
export function matrixInfo(matrix: RiskMatrix = DEFAULT_RISK_MATRIX, overrides: Partial<RiskMatrixInfo> = {}): RiskMatrixInfo {
  return {
    version: 1,
    matrix,
    grid: heatmapGrid(matrix),
    createdAt: '2026-03-02T09:30:00.000Z',
    createdBy: 'ServiceLedger (default matrix)',
    description: describeMatrix(matrix),
    ...overrides,
  };
}

/** A preview of 5×5 → 4×4 over a small register: two risks, one moving up a band. */
export function matrixPreview(overrides: Partial<MatrixChangePreview> = {}): MatrixChangePreview {
  return {
    fromVersion: 1,
    from: '5×5, likelihood × impact',
    to: '4×4, likelihood × impact',
    cells: [
      {
        from: { likelihood: 5, impact: 5, score: 25, band: 'Critical' },
        to: { likelihood: 4, impact: 4, score: 16, band: 'Critical' },
        reason: null,
        positions: 1,
      },
      { from: { likelihood: 3, impact: 3, score: 9, band: 'Medium' }, to: { likelihood: 3, impact: 3, score: 9, band: 'High' }, reason: null, positions: 2 },
      { from: { likelihood: 1, impact: 1, score: 1, band: 'Low' }, to: { likelihood: 1, impact: 1, score: 1, band: 'Low' }, reason: null, positions: 0 },
    ],
    bandMoves: [
      { basis: 'inherent', from: 'Critical', to: 'Critical', count: 1 },
      { basis: 'inherent', from: 'Medium', to: 'High', count: 1 },
      { basis: 'residual', from: 'Medium', to: 'High', count: 1 },
    ],
    scoredRisks: 2,
    changes: [
      {
        id: 2,
        code: 'RSK-002',
        title: 'Backup restore never tested',
        basis: 'inherent',
        from: { likelihood: 3, impact: 3, score: 9, band: 'Medium', bandRank: 1, colour: '#f59f00' },
        to: { likelihood: 3, impact: 3, score: 9, band: 'High', bandRank: 2, colour: '#e8590c' },
      },
    ],
    changedPositions: 3,
    unmapped: [],
    unmappedCount: 0,
    cellBandMoves: [{ from: 'Medium', to: 'High', cells: 1 }],
    aboveAppetite: { before: 0, after: 1 },
    lapsingAcceptances: [],
    lapsingAcceptanceCount: 0,
    confirmation: 'c0ffee00c0ffee00c0ffee00c0ffee00',
    ...overrides,
  };
}
