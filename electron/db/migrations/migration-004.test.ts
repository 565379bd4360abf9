import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX, riskMatrixSchema } from '../../../shared/domain/risk-matrix';
import { fileAtVersion } from '../../test/file-at-version';
import { makeTempDir } from '../../test/temp-workspace';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../open-workspace';

describe('migration 004: risk matrix and register columns', () => {
  it('upgrades a version-3 file with risks and assessments: default matrix, matrix versions, scores and bands', async () => {
    const file = fileAtVersion(3, (db) => {
      db.prepare("INSERT INTO people (name, created_at, updated_at) VALUES ('Ann', 'x', 'x')").run();
      db.prepare("INSERT INTO services (code, name, created_at, updated_at) VALUES ('SVC-001', 'Email', 'x', 'x')").run();
      const risk = db.prepare(
        `INSERT INTO risks (code, title, owner_id, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, target_likelihood, target_impact, created_at, updated_at)
         VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, 'x', 'x')`,
      );
      risk.run('RSK-001', 'Outage', 5, 5, 4, 3, 2, 2);
      risk.run('RSK-002', 'Hand-edited', 6, 1, 2, 2, null, null);
      risk.run('RSK-003', 'Not scored yet', null, null, null, null, null, null);
      db.prepare('INSERT INTO risk_services (risk_id, service_id) VALUES (1, 1)').run();
      const assess = db.prepare(
        "INSERT INTO risk_assessments (risk_id, assessed_at, assessor_id, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, rationale) VALUES (?, ?, 1, ?, ?, ?, ?, 'r')",
      );
      assess.run(1, '2026-01-01T09:00:00.000Z', 5, 5, 5, 4);
      assess.run(1, '2026-06-01T09:00:00.000Z', 5, 5, 4, 3);
      db.prepare("INSERT INTO actions (title, risk_id, due_date, created_at, updated_at) VALUES ('Fix', 1, '2026-01-01', 'x', 'x')").run();
    });
    const opened = await openWorkspaceDatabase(file);
    const { db } = opened;
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
      expect(opened.migrationBackupPath).not.toBeNull();

      const matrices = db.prepare('SELECT version, config_json FROM risk_matrices').all() as Array<{ version: number; config_json: string }>;
      expect(matrices.map((m) => m.version)).toEqual([1]);
      expect(riskMatrixSchema.parse(JSON.parse(matrices[0]!.config_json))).toEqual(DEFAULT_RISK_MATRIX);

      expect(db.prepare('SELECT risk_id, matrix_version, kind, residual_impact FROM risk_assessments ORDER BY id').all()).toEqual([
        { risk_id: 1, matrix_version: 1, kind: 'assessment', residual_impact: 4 },
        { risk_id: 1, matrix_version: 1, kind: 'assessment', residual_impact: 3 },
      ]);
      expect(
        db.prepare('SELECT code, inherent_score, inherent_band, residual_score, residual_band, target_score, target_band FROM risks ORDER BY code').all(),
      ).toEqual([
        { code: 'RSK-001', inherent_score: 25, inherent_band: 3, residual_score: 12, residual_band: 2, target_score: 4, target_band: 0 },
        // 6 is off the 5×5 likelihood scale: no score rather than a wrong one.
        { code: 'RSK-002', inherent_score: null, inherent_band: null, residual_score: 4, residual_band: 0, target_score: null, target_band: null },
        { code: 'RSK-003', inherent_score: null, inherent_band: null, residual_score: null, residual_band: null, target_score: null, target_band: null },
      ]);
      expect(db.prepare('SELECT count(*) FROM risk_services').pluck().get()).toBe(1);
      expect(db.prepare('SELECT count(*) FROM actions').pluck().get()).toBe(1);

      const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE 'risks_%' OR name = 'actions_risk_open'").pluck().all();
      expect(indexes).toEqual(
        expect.arrayContaining([
          'risks_residual_band',
          'risks_residual_score',
          'risks_residual_cell',
          'risks_inherent_cell',
          'risks_target_cell',
          'actions_risk_open',
        ]),
      );
      expect(indexes).not.toContain('risks_residual');
      expect(() => db.prepare("UPDATE risk_assessments SET kind = 'guess' WHERE id = 1").run()).toThrow(/CHECK/);
      const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((step) => step.detail).join(' ');
      expect(plan("SELECT residual_likelihood, residual_impact, count(*) FROM risks WHERE status <> 'closed' GROUP BY 1, 2")).toContain(
        'COVERING INDEX risks_residual_cell',
      );
      expect(plan("SELECT count(*) FROM risks WHERE status <> 'closed' AND next_review_date < '2026-01-01'")).toContain('COVERING INDEX risks_next_review');
    } finally {
      closeWorkspaceDatabase(db);
    }
  });

  it('gives a new workspace the default matrix as version 1', async () => {
    const opened = await openWorkspaceDatabase(path.join(makeTempDir(), 'new.sqlite'), { create: true });
    try {
      expect(opened.db.prepare('SELECT version FROM risk_matrices').pluck().all()).toEqual([1]);
    } finally {
      closeWorkspaceDatabase(opened.db);
    }
  });
});
