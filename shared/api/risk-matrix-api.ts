import { z } from 'zod';
import { defineMethod } from './define-method';
import { noInput } from './common-schemas';
import { MAX_LEVELS, riskMatrixSchema, type HeatmapCell, type RiskMatrix } from '../domain/risk-matrix';
import type { RiskBasis, ScoredRiskPosition } from './risks-api';

const level = z
  .number({ error: 'must be a level number' })
  .int('must be a whole level')
  .min(1, 'must be at least 1')
  .max(MAX_LEVELS, `must be at most ${MAX_LEVELS}`);

/** The current matrix as Settings shows it. */
export interface RiskMatrixInfo {
  version: number;
  matrix: RiskMatrix;
  grid: HeatmapCell[][];
  createdAt: string;
  createdBy: string;
  description: string;
}

/** How a matrix change would re-map every existing score; nothing is written. */
export interface MatrixChangePreview {
  fromVersion: number;
  from: string;
  to: string;
  /** Every cell of the current matrix: where it goes and how many risk positions are in it now. */
  cells: Array<{
    from: { likelihood: number; impact: number; score: number; band: string };
    to: { likelihood: number; impact: number; score: number; band: string } | null;
    reason: string | null;
    positions: number;
  }>;
  /** Risk positions moving from one band to another, per basis (unchanged bands included). */
  bandMoves: Array<{ basis: RiskBasis; from: string; to: string; count: number }>;
  /** Risks with at least one score. */
  scoredRisks: number;
  /** Risks whose position or band changes, with old and new values (the first 500). */
  changes: Array<{ id: number; code: string; title: string; basis: RiskBasis; from: ScoredRiskPosition; to: ScoredRiskPosition }>;
  changedPositions: number;
  /** Risk positions that cannot be placed on the new matrix; while there are any, apply refuses. */
  unmapped: Array<{ id: number; code: string; basis: RiskBasis; likelihood: number; impact: number; reason: string }>;
  unmappedCount: number;
  /** Cells of the current grid whose band changes ("13 positions Medium → High"), largest first. */
  cellBandMoves: Array<{ from: string; to: string; cells: number }>;
  /** Risks whose residual position is above the risk appetite, now and after the change. */
  aboveAppetite: { before: number; after: number };
  /**
   * Approved acceptances in force that the change makes lapse (a matrix change voids every
   * approval: its scores mean something else), the first 500; their risks need approval again.
   */
  lapsingAcceptances: Array<{ riskId: number; code: string; title: string; approverName: string; approvedOn: string; expiresOn: string | null }>;
  lapsingAcceptanceCount: number;
  /** Pass it to riskMatrix.apply; it stops being valid when the register or the matrix changes. */
  confirmation: string;
}

const levelMapInput = z
  .object({
    likelihood: z.array(level.nullable()).max(10, 'must list at most 10 items').optional(),
    impact: z.array(level.nullable()).max(10, 'must list at most 10 items').optional(),
  })
  .strict();

const matrixChangeInput = z.object({ matrix: riskMatrixSchema, levelMap: levelMapInput.optional() }).strict();

/** The risk matrix of Settings: read it, preview a change, apply a previewed change. */
export const riskMatrixApi = {
  'riskMatrix.get': defineMethod<RiskMatrixInfo>()({
    input: noInput,
    effect: 'read',
    domains: ['riskMatrix'],
    summary: 'The current risk matrix: scales, score rule, bands, appetite, and its grid of scores and bands.',
  }),
  'riskMatrix.previewChange': defineMethod<MatrixChangePreview>()({
    input: matrixChangeInput,
    effect: 'read',
    domains: ['riskMatrix', 'risks', 'reviews'],
    summary: 'How every existing score maps onto a new matrix (cells, band moves, changed and unmapped risks); writes nothing.',
  }),
  'riskMatrix.apply': defineMethod<{ version: number; rescored: number }>()({
    input: matrixChangeInput
      .extend({ confirmation: z.string({ error: 'is required: preview the change first' }).min(1, 'is required: preview the change first') })
      .strict(),
    effect: 'write',
    domains: ['riskMatrix', 'risks', 'reviews'],
    summary: 'Apply a previewed matrix change: re-scores current values, appends re-mapped assessments, keeps the old history.',
  }),
};
