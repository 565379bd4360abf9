import type { Migration } from './migration';

/**
 * Indexes for compiling a management review at 100,000 risks (issue 12: every input ≤ 1 s):
 * - `risk_assessments (assessed_at, risk_id)`: the risks re-assessed since a date, from the index alone;
 * - `risk_assessments (risk_id, assessed_at, residual…, matrix_version)`: each one's last residual
 *   position before that date, without reading the table (band moves);
 * - `risks (created_at)`: the risks created in the review period.
 * The two tables are analysed in full afterwards: otherwise the next `PRAGMA optimize` samples the
 * new indexes (400 rows) and the planner, misled, walks the register by status instead of band.
 */
export const migration010ManagementReviewSpeed: Migration = {
  version: 10,
  name: 'Indexes for compiling management reviews at scale',
  up(db) {
    db.exec(`
      CREATE INDEX risk_assessments_date_risk ON risk_assessments (assessed_at, risk_id);
      CREATE INDEX risk_assessments_residual ON risk_assessments (risk_id, assessed_at, residual_likelihood, residual_impact, matrix_version);
      CREATE INDEX risks_created ON risks (created_at);
      ANALYZE risks;
      ANALYZE risk_assessments;
    `);
  },
};
