import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX, type RiskMatrix } from '../../shared/domain/risk-matrix';
import type { AppController } from '../app/app-controller';
import { risksNotMatchingLatestAssessment, risksWithStaleScores } from '../demo/workspace-checks';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

const fourByFour: RiskMatrix = {
  likelihood: ['Rare', 'Unlikely', 'Likely', 'Almost certain'].map((label) => ({ label, description: '' })),
  impact: ['Minor', 'Moderate', 'Major', 'Severe'].map((label) => ({ label, description: '' })),
  score: { rule: 'product' },
  banding: {
    mode: 'threshold',
    bands: [
      { name: 'Low', colour: '#2f9e44', minScore: 1 },
      { name: 'Medium', colour: '#f59f00', minScore: 4 },
      { name: 'High', colour: '#e8590c', minScore: 8 },
      { name: 'Critical', colour: '#c92a2a', minScore: 12 },
    ],
  },
  appetite: { kind: 'band', band: 'Medium' },
};

async function scoredRegister() {
  const { app } = await makeAppWithWorkspace();
  const a = await call(app, 'risks.create', {
    title: 'A',
    inherent: { likelihood: 5, impact: 5 },
    residual: { likelihood: 4, impact: 4 },
    target: { likelihood: 2, impact: 2 },
  });
  const b = await call(app, 'risks.create', { title: 'B', inherent: { likelihood: 3, impact: 3 }, residual: { likelihood: 2, impact: 2 } });
  const c = await call(app, 'risks.create', { title: 'C' });
  return { app, a, b, c };
}

function count(app: AppController, sql: string): number {
  return app.db.prepare(sql).pluck().get() as number;
}

describe('risk matrix settings', () => {
  it('returns the default 5×5 with its grid', async () => {
    const { app } = await makeAppWithWorkspace();
    const info = await call(app, 'riskMatrix.get', {});
    expect(info).toMatchObject({ version: 1, matrix: DEFAULT_RISK_MATRIX, description: '5×5, likelihood × impact' });
    expect(info.grid[0]![4]).toMatchObject({ likelihood: 5, impact: 5, score: 25, band: { name: 'Critical' }, count: 0 });
  });

  it('refuses an invalid matrix with a message naming the problem', async () => {
    const { app } = await makeAppWithWorkspace();
    const bands = fourByFour.banding.mode === 'threshold' ? fourByFour.banding.bands : [];
    const error = await callError(app, 'riskMatrix.previewChange', {
      matrix: { ...fourByFour, banding: { mode: 'threshold', bands: [{ ...bands[0]!, minScore: 2 }, ...bands.slice(1)] } },
    });
    expect(error).toEqual({
      code: 'invalid_input',
      field: 'matrix.banding.bands.0.minScore',
      message: 'Min score: must be at most 1, the lowest possible score, so the bands cover every score',
    });
  });

  it('previews how every score maps onto a new matrix, writing nothing', async () => {
    const { app } = await scoredRegister();
    const preview = await call(app, 'riskMatrix.previewChange', { matrix: fourByFour });
    expect(preview).toMatchObject({
      fromVersion: 1,
      from: '5×5, likelihood × impact',
      to: '4×4, likelihood × impact',
      scoredRisks: 2,
      unmapped: [],
      unmappedCount: 0,
    });
    expect(preview.cells).toHaveLength(25);
    expect(preview.cells.find((c) => c.from.likelihood === 5 && c.from.impact === 5)).toEqual({
      from: { likelihood: 5, impact: 5, score: 25, band: 'Critical' },
      to: { likelihood: 4, impact: 4, score: 16, band: 'Critical' },
      reason: null,
      positions: 1,
    });
    expect(preview.bandMoves).toEqual([
      { basis: 'inherent', from: 'Critical', to: 'Critical', count: 1 },
      { basis: 'inherent', from: 'Medium', to: 'High', count: 1 },
      { basis: 'residual', from: 'High', to: 'High', count: 1 },
      { basis: 'residual', from: 'Low', to: 'Medium', count: 1 },
      { basis: 'target', from: 'Low', to: 'Medium', count: 1 },
    ]);
    expect(
      preview.changes.map((c) => `${c.code} ${c.basis} ${c.from.likelihood}${c.from.impact}→${c.to.likelihood}${c.to.impact} ${c.to.band}`).sort(),
    ).toEqual([
      'RSK-001 inherent 55→44 Critical',
      'RSK-001 residual 44→33 High',
      'RSK-001 target 22→22 Medium',
      'RSK-002 inherent 33→33 High',
      'RSK-002 residual 22→22 Medium',
    ]);
    expect(preview.changedPositions).toBe(5);
    expect(preview.confirmation).toMatch(/^[0-9a-f]{32}$/);
    expect(count(app, 'SELECT count(*) FROM risk_matrices')).toBe(1);
  });

  it('applies only with the preview’s confirmation, re-scores and appends re-mapped history', async () => {
    const { app, a } = await scoredRegister();
    const assessments = count(app, 'SELECT count(*) FROM risk_assessments');
    expect(await callError(app, 'riskMatrix.apply', { matrix: fourByFour, confirmation: 'guess' })).toMatchObject({ code: 'conflict', field: 'confirmation' });
    expect(count(app, 'SELECT count(*) FROM risk_matrices')).toBe(1);

    const { confirmation } = await call(app, 'riskMatrix.previewChange', { matrix: fourByFour });
    expect(await call(app, 'riskMatrix.apply', { matrix: fourByFour, confirmation })).toEqual({ version: 2, rescored: 2 });
    expect((await call(app, 'riskMatrix.get', {})).version).toBe(2);
    const after = await call(app, 'risks.get', { id: a.id });
    expect(after).toMatchObject({
      matrixVersion: 2,
      inherent: { likelihood: 4, impact: 4, score: 16 },
      residual: { likelihood: 3, impact: 3, score: 9, band: 'High' },
      target: { likelihood: 2, impact: 2 },
    });
    expect(after.assessments.map((x) => `${x.kind} v${x.matrixVersion} ${x.residual?.likelihood}${x.residual?.impact} ${x.residual?.band}`)).toEqual([
      'assessment v1 44 High',
      'remap v2 33 High',
    ]);
    expect(after.assessments[1]!.rationale).toBe(
      'Re-mapped from risk matrix version 1 (5×5, likelihood × impact) to version 2 (4×4, likelihood × impact) when the matrix changed.',
    );
    expect(count(app, 'SELECT count(*) FROM risk_assessments')).toBe(assessments + 2);
    expect(risksNotMatchingLatestAssessment(app.db)).toEqual([]);
    expect(risksWithStaleScores(app.db)).toEqual([]);
    expect((await call(app, 'audit.list', { entity: 'risk_matrix' })).entries[0]).toMatchObject({ action: 'update', after: { version: 2, rescored: 2 } });
    // The same preview cannot be applied twice.
    expect(await callError(app, 'riskMatrix.apply', { matrix: fourByFour, confirmation })).toMatchObject({ code: 'conflict' });
    // Off the new matrix now.
    expect(
      await callError(app, 'risks.assess', { id: a.id, inherent: { likelihood: 5, impact: 4 }, residual: { likelihood: 1, impact: 1 }, rationale: 'x' }),
    ).toMatchObject({
      field: 'inherent.likelihood',
      message: 'Inherent likelihood: likelihood 5 is outside the matrix: likelihood must be 1 to 4 (4×4).',
    });
    // The heat map as it was before the change is drawn on the old matrix.
    const before = await call(app, 'risks.heatmap', { asOf: '2020-01-01' });
    expect(before.total).toBe(0);
  });

  it('refuses a stale preview after the register changed', async () => {
    const { app, b } = await scoredRegister();
    const { confirmation } = await call(app, 'riskMatrix.previewChange', { matrix: fourByFour });
    await call(app, 'risks.assess', { id: b.id, inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: 5, impact: 5 }, rationale: 'worse' });
    expect(await callError(app, 'riskMatrix.apply', { matrix: fourByFour, confirmation })).toMatchObject({ code: 'conflict' });
    expect(count(app, 'SELECT count(*) FROM risk_matrices')).toBe(1);
  });

  it('reports and refuses a change that leaves scores unmapped, writing nothing', async () => {
    const { app } = await scoredRegister();
    const levelMap = { likelihood: [1, 2, 3, 3, null], impact: [1, 2, 3, 3, 4] };
    const preview = await call(app, 'riskMatrix.previewChange', { matrix: fourByFour, levelMap });
    expect(preview.unmappedCount).toBe(1);
    expect(preview.unmapped).toEqual([
      { id: 1, code: 'RSK-001', basis: 'inherent', likelihood: 5, impact: 5, reason: 'likelihood level 5 (Almost certain) is not mapped to a new level' },
    ]);
    expect(preview.cells.filter((c) => c.to === null)).toHaveLength(5);
    const before = count(app, 'SELECT count(*) FROM risk_assessments');
    const error = await callError(app, 'riskMatrix.apply', { matrix: fourByFour, levelMap, confirmation: preview.confirmation });
    expect(error).toEqual({
      code: 'invalid_input',
      field: 'levelMap',
      message:
        '1 risk score cannot be placed on the new matrix, so nothing was changed (first: RSK-001 inherent 5×5: likelihood level 5 (Almost certain) is not mapped to a new level). Map every level or correct those risks first.',
    });
    expect(count(app, 'SELECT count(*) FROM risk_matrices')).toBe(1);
    expect(count(app, 'SELECT count(*) FROM risk_assessments')).toBe(before);
    expect(await callError(app, 'riskMatrix.previewChange', { matrix: fourByFour, levelMap: { likelihood: [1, 2, 3] } })).toMatchObject({
      field: 'levelMap',
      message: 'Level map: The likelihood map must have one entry per current likelihood level (5), not 3.',
    });
  });

  it('reports risk scores already off the current matrix as unmapped', async () => {
    const { app } = await scoredRegister();
    app.db.prepare("UPDATE risks SET residual_likelihood = 6 WHERE code = 'RSK-002'").run();
    const preview = await call(app, 'riskMatrix.previewChange', { matrix: fourByFour });
    expect(preview.unmapped).toEqual([
      {
        id: 2,
        code: 'RSK-002',
        basis: 'residual',
        likelihood: 6,
        impact: 2,
        reason: 'likelihood 6 is outside the matrix: likelihood must be 1 to 5 of the current matrix',
      },
    ]);
  });

  it('re-bands without moving when only the bands change, and refuses a change that changes nothing', async () => {
    const { app, b } = await scoredRegister();
    const same = await call(app, 'riskMatrix.previewChange', { matrix: DEFAULT_RISK_MATRIX });
    expect(same.changedPositions).toBe(0);
    expect(await callError(app, 'riskMatrix.apply', { matrix: DEFAULT_RISK_MATRIX, confirmation: same.confirmation })).toMatchObject({ field: 'matrix' });
    const stricter: RiskMatrix = {
      ...DEFAULT_RISK_MATRIX,
      banding: {
        mode: 'threshold',
        bands: [
          { name: 'Low', colour: '#2f9e44', minScore: 1 },
          { name: 'Medium', colour: '#f59f00', minScore: 3 },
          { name: 'High', colour: '#e8590c', minScore: 8 },
          { name: 'Critical', colour: '#c92a2a', minScore: 15 },
        ],
      },
    };
    const preview = await call(app, 'riskMatrix.previewChange', { matrix: stricter });
    await call(app, 'riskMatrix.apply', { matrix: stricter, confirmation: preview.confirmation });
    expect((await call(app, 'risks.get', { id: b.id })).residual).toMatchObject({ likelihood: 2, impact: 2, score: 4, band: 'Medium' });
    expect((await call(app, 'risks.list', { bands: ['Medium'] })).rows.map((r) => r.code)).toEqual(['RSK-002']);
  });
});
