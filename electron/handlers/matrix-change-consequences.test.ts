import { describe, expect, it } from 'vitest';
import type { RiskMatrix } from '../../shared/domain/risk-matrix';
import { call } from '../test/call';
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

// Before: the preview listed band moves per risk but never said how the grid's bands shift, how the
// "above appetite" count moves, or which approved acceptances the change voids.
describe('matrix change consequences in the preview', () => {
  it('counts grid positions changing band, the appetite count before and after, and the acceptances that lapse', async () => {
    const { app } = await makeAppWithWorkspace();
    const head = await call(app, 'people.create', { name: 'Hana Head of IT' });
    // 3×3 = 9 is Medium (within appetite) on the 5×5; it maps to a High cell on the 4×4.
    const medium = await call(app, 'risks.create', { title: 'Medium today', inherent: { likelihood: 3, impact: 3 }, residual: { likelihood: 3, impact: 3 } });
    const accepted = await call(app, 'risks.create', {
      title: 'Accepted high',
      inherent: { likelihood: 4, impact: 4 },
      residual: { likelihood: 4, impact: 4 },
      treatment: 'accept',
      treatmentRationale: 'Replacement funded next year',
    });
    await call(app, 'risks.approveAcceptance', { riskId: accepted.id, approverId: head.id, rationale: 'Board accepted it', expiresOn: '2027-06-30' });

    const preview = await call(app, 'riskMatrix.previewChange', { matrix: fourByFour });
    const mediumToHigh = preview.cellBandMoves.find((move) => move.from === 'Medium' && move.to === 'High');
    expect(mediumToHigh?.cells).toBeGreaterThan(0);
    const expected = preview.cells.filter((cell) => cell.from.band === 'Medium' && cell.to?.band === 'High').length;
    expect(mediumToHigh?.cells).toBe(expected);
    const mediumCell = preview.cells.find((cell) => cell.from.likelihood === 3 && cell.from.impact === 3)!;
    expect(preview.aboveAppetite).toEqual({ before: 1, after: mediumCell.to!.band === 'Medium' || mediumCell.to!.band === 'Low' ? 1 : 2 });
    expect(preview.lapsingAcceptanceCount).toBe(1);
    expect(preview.lapsingAcceptances).toEqual([
      { riskId: accepted.id, code: accepted.code, title: 'Accepted high', approverName: 'Hana Head of IT', approvedOn: '2026-11-24', expiresOn: '2027-06-30' },
    ]);
    expect(medium.code).toBeTruthy();
  });
});
