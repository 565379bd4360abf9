import { DEFAULT_RISK_MATRIX } from '../../../shared/domain/risk-matrix';
import { scoreColumns, type RiskPositions } from '../../repositories/risks/score-columns';
import type { Migration } from './migration';

/**
 * The risk matrix and a register fast at 100,000 risks:
 * - `risk_matrices`: every matrix the workspace has used, append-only; the highest version is
 *   current. New and upgraded workspaces start with the default 5×5 as version 1.
 * - `risk_assessments.matrix_version` (the matrix a row was scored on, so history keeps its
 *   scale) and `kind` (assessment, re-mapped by a matrix change, or imported).
 * - score and band-rank columns on `risks` for inherent, residual and target, kept by the
 *   repositories, so filtering and sorting by band or score use an index.
 * - indexes for the register's filters, sorts and heat maps, and for overdue actions per risk.
 */
export const migration004RiskMatrix: Migration = {
  version: 4,
  name: 'risk matrix, matrix version on assessments, score and band columns for the register',
  up(db) {
    db.exec(`
      CREATE TABLE risk_matrices (
        version     INTEGER PRIMARY KEY,
        config_json TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        created_by  TEXT NOT NULL
      ) STRICT;

      -- Matrices are never deleted, so every version a row names stays readable.
      ALTER TABLE risk_assessments ADD COLUMN matrix_version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE risk_assessments ADD COLUMN kind TEXT NOT NULL DEFAULT 'assessment' CHECK (kind IN ('assessment', 'remap', 'import'));

      ALTER TABLE risks ADD COLUMN inherent_score INTEGER;
      ALTER TABLE risks ADD COLUMN inherent_band INTEGER;
      ALTER TABLE risks ADD COLUMN residual_score INTEGER;
      ALTER TABLE risks ADD COLUMN residual_band INTEGER;
      ALTER TABLE risks ADD COLUMN target_score INTEGER;
      ALTER TABLE risks ADD COLUMN target_band INTEGER;

      -- Heat maps count per cell, usually of open risks: status in the index makes those counts covering.
      DROP INDEX risks_residual;
      CREATE INDEX risks_residual_cell ON risks (residual_likelihood, residual_impact, status);
      CREATE INDEX risks_inherent_cell ON risks (inherent_likelihood, inherent_impact, status);
      CREATE INDEX risks_target_cell ON risks (target_likelihood, target_impact, status);
      -- Overdue reviews of open risks: a covering range on the date.
      DROP INDEX risks_next_review;
      CREATE INDEX risks_next_review ON risks (next_review_date, status);
      CREATE INDEX risks_residual_band ON risks (residual_band, residual_score);
      CREATE INDEX risks_residual_score ON risks (residual_score);
      CREATE INDEX risks_inherent_band ON risks (inherent_band);
      CREATE INDEX risks_target_band ON risks (target_band);
      CREATE INDEX risks_category ON risks (category);
      CREATE INDEX risks_title ON risks (title COLLATE NOCASE);
      CREATE INDEX risks_updated ON risks (updated_at);
      CREATE INDEX risks_supplier ON risks (supplier_id);
      CREATE INDEX actions_risk_open ON actions (risk_id, due_date) WHERE status IN ('open', 'in_progress');
    `);
    db.prepare("INSERT INTO risk_matrices (version, config_json, created_at, created_by) VALUES (1, ?, ?, 'ServiceLedger (default matrix)')").run(
      JSON.stringify(DEFAULT_RISK_MATRIX),
      new Date().toISOString(),
    );
    const update = db.prepare(
      `UPDATE risks SET inherent_score = @inherent_score, inherent_band = @inherent_band, residual_score = @residual_score,
         residual_band = @residual_band, target_score = @target_score, target_band = @target_band WHERE id = @id`,
    );
    const rows = db
      .prepare('SELECT id, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, target_likelihood, target_impact FROM risks')
      .all() as Array<RiskPositions & { id: number }>;
    // Positions off the 5×5 (possible only in hand-edited files) keep null scores; a matrix change reports them.
    for (const row of rows) update.run({ id: row.id, ...scoreColumns(DEFAULT_RISK_MATRIX, row) });
    // Statistics for the query planner on a register that already has risks: without them it reads a
    // low-cardinality index (status) row by row where a covering scan of the heat-map index is 20× faster.
    if (rows.length > 0) db.exec('ANALYZE');
  },
};
