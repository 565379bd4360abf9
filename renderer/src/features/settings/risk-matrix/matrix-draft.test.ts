import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX, type RiskMatrix } from '../../../../../shared/domain/risk-matrix';
import { addBand, paintCell, removeBand, setBandMode } from './bands-draft';
import { draftGrid } from './draft-grid';
import { addLevel, draftFromMatrix, editLevel, matrixFromDraft, removeLevel } from './matrix-draft';
import { applyPreset, MATRIX_PRESETS, scaleThresholds } from './matrix-presets';
import { validateDraft } from './matrix-validation';
import { editScore, setRule } from './score-draft';

const preset = (value: string) => MATRIX_PRESETS.find((candidate) => candidate.value === value)!;

describe('matrix draft', () => {
  it('round-trips a saved matrix unchanged', () => {
    expect(matrixFromDraft(draftFromMatrix(DEFAULT_RISK_MATRIX))).toEqual(DEFAULT_RISK_MATRIX);
    const cellMatrix: RiskMatrix = {
      ...DEFAULT_RISK_MATRIX,
      likelihood: DEFAULT_RISK_MATRIX.likelihood.slice(0, 3),
      impact: DEFAULT_RISK_MATRIX.impact.slice(0, 3),
      banding: {
        mode: 'cell',
        bands: [
          { name: 'Low', colour: '#2f9e44' },
          { name: 'High', colour: '#c92a2a' },
        ],
        cells: [
          ['Low', 'Low', 'High'],
          ['Low', 'High', 'High'],
          ['High', 'High', 'High'],
        ],
      },
      appetite: { kind: 'band', band: 'Low' },
    };
    expect(matrixFromDraft(draftFromMatrix(cellMatrix))).toEqual(cellMatrix);
  });

  it('applies presets with their level counts and carries the thresholds to the new score range', () => {
    const draft = draftFromMatrix(DEFAULT_RISK_MATRIX);
    const four = applyPreset(draft, preset('4x4'));
    expect([four.likelihood.length, four.impact.length]).toEqual([4, 4]);
    expect(four.bands.map((band) => band.minScore)).toEqual([1, 4, 7, 13]);
    expect(validateDraft(four)).toEqual({});
    const three = applyPreset(four, preset('3x3'));
    expect([three.likelihood.length, three.impact.length]).toEqual([3, 3]);
    expect(validateDraft(three)).toEqual({});
    const fiveByFour = applyPreset(three, preset('5x4'));
    expect([fiveByFour.likelihood.length, fiveByFour.impact.length]).toEqual([5, 4]);
    expect(validateDraft(fiveByFour)).toEqual({});
    expect(scaleThresholds([1, 2, 3, 4], 25, 9)).toEqual([1, 2, 3, 4]);
  });

  it('adds and removes levels within 3 to 7, keeping the score table and cells the size of the scales', () => {
    let draft = setRule(draftFromMatrix(DEFAULT_RISK_MATRIX), 'table');
    draft = editScore(draft, 5, 5, 99);
    for (let count = 0; count < 4; count += 1) draft = addLevel(draft, 'impact');
    expect(draft.impact).toHaveLength(7);
    expect(draft.table.every((row) => row.length === 7)).toBe(true);
    expect(draft.table[4]![4]).toBe(99);
    draft = removeLevel(draft, 'likelihood', 0);
    draft = removeLevel(draft, 'likelihood', 0);
    draft = removeLevel(draft, 'likelihood', 0);
    expect(draft.likelihood).toHaveLength(3);
    expect(draft.table).toHaveLength(3);
    expect(draft.table[2]![4]).toBe(99);
  });

  it('names the field and the problem in every validation message', () => {
    let draft = draftFromMatrix(DEFAULT_RISK_MATRIX);
    draft = editLevel(draft, 'impact', 1, { label: ' ' });
    expect(validateDraft(draft)).toEqual({ 'impact.1.label': 'Impact level 2 label is required.' });
    draft = editLevel(draft, 'impact', 1, { label: 'Minor' });
    draft = { ...draft, bands: draft.bands.map((band, index) => (index === 2 ? { ...band, minScore: 4 } : index === 1 ? { ...band, name: 'low' } : band)) };
    expect(validateDraft(draft)).toEqual({ 'banding.bands.1.name': 'Band 2 (low) name: "low" is already the name of band 1.' });
    draft = { ...draft, bands: draft.bands.map((band, index) => (index === 1 ? { ...band, name: 'Medium' } : band)) };
    expect(validateDraft(draft)).toEqual({ 'banding.bands.2.minScore': 'Band 3 (High) minimum score must be above 5 (thresholds must increase).' });
  });

  it('paints cells per band and moves painted cells to a neighbour when their band goes', () => {
    let draft = setBandMode(draftFromMatrix(DEFAULT_RISK_MATRIX), 'cell');
    const [low, medium] = draft.bands;
    draft = paintCell(draft, 5, 5, low!.key);
    expect(draftGrid(draft)[0]![4]!.band.name).toBe('Low');
    expect(matrixFromDraft(draft).banding).toMatchObject({ mode: 'cell', cells: expect.arrayContaining([expect.arrayContaining(['Low'])]) });
    draft = removeBand(draft, medium!.key);
    expect(draft.cells.flat()).not.toContain(medium!.key);
    expect(draft.appetiteBand).toBe(low!.key);
    draft = addBand(draft);
    expect(draft.bands).toHaveLength(4);
    expect(validateDraft({ ...draft, bands: draft.bands.map((band, index) => (index === 3 ? { ...band, name: 'Extreme' } : band)) })).toEqual({});
  });
});
