import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX, riskMatrixSchema, type RiskMatrix } from './risk-matrix';
import { levelMapProblems, proportionalLevelMap, remapMatrix, remapPosition, scaleLevel } from './risk-remap';
import { matchRating } from './risk-ratings';

const levels = (count: number) => Array.from({ length: count }, (_, k) => ({ label: `Level ${k + 1}`, description: '' }));

function productMatrix(size: number, thresholds: number[]): RiskMatrix {
  return riskMatrixSchema.parse({
    likelihood: levels(size),
    impact: levels(size),
    score: { rule: 'product' },
    banding: {
      mode: 'threshold',
      bands: thresholds.map((minScore, index) => ({ name: ['Low', 'Medium', 'High', 'Critical'][index]!, colour: '#123456', minScore })),
    },
    appetite: { kind: 'band', band: 'Medium' },
  });
}

const m4 = productMatrix(4, [1, 4, 8, 12]);
const m7 = productMatrix(7, [1, 8, 18, 30]);

/** "l×i→l×i band" for every cell, likelihood-major. */
function moves(from: RiskMatrix, to: RiskMatrix): string[] {
  return remapMatrix(from, to).cells.map((cell) =>
    cell.ok ? `${cell.from!.likelihood}${cell.from!.impact}→${cell.to.likelihood}${cell.to.impact} ${cell.to.band.name[0]}` : 'unmapped',
  );
}

describe('proportional level mapping', () => {
  it('keeps the ends and spreads the middle symmetrically, halves away from the middle', () => {
    expect(proportionalLevelMap(5, 4)).toEqual([1, 2, 3, 3, 4]);
    expect(proportionalLevelMap(4, 5)).toEqual([1, 2, 4, 5]);
    expect(proportionalLevelMap(5, 7)).toEqual([1, 2, 4, 6, 7]);
    expect(proportionalLevelMap(7, 5)).toEqual([1, 2, 2, 3, 4, 4, 5]);
    expect(proportionalLevelMap(5, 3)).toEqual([1, 1, 2, 3, 3]);
    expect(proportionalLevelMap(3, 5)).toEqual([1, 3, 5]);
    expect(proportionalLevelMap(5, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(scaleLevel(2, 5, 3)).toBe(1);
    expect(scaleLevel(4, 5, 3)).toBe(3);
  });
});

describe('re-mapping every cell', () => {
  it('5×5 → 4×4', () => {
    expect(moves(DEFAULT_RISK_MATRIX, m4)).toEqual([
      '11→11 L',
      '12→12 L',
      '13→13 L',
      '14→13 L',
      '15→14 M',
      '21→21 L',
      '22→22 M',
      '23→23 M',
      '24→23 M',
      '25→24 H',
      '31→31 L',
      '32→32 M',
      '33→33 H',
      '34→33 H',
      '35→34 C',
      '41→31 L',
      '42→32 M',
      '43→33 H',
      '44→33 H',
      '45→34 C',
      '51→41 M',
      '52→42 H',
      '53→43 C',
      '54→43 C',
      '55→44 C',
    ]);
  });

  it('4×4 → 5×5', () => {
    expect(moves(m4, DEFAULT_RISK_MATRIX)).toEqual([
      '11→11 L',
      '12→12 L',
      '13→14 L',
      '14→15 M',
      '21→21 L',
      '22→22 L',
      '23→24 M',
      '24→25 H',
      '31→41 L',
      '32→42 M',
      '33→44 H',
      '34→45 C',
      '41→51 M',
      '42→52 H',
      '43→54 C',
      '44→55 C',
    ]);
  });

  it('5×5 → 7×7', () => {
    const cells = remapMatrix(DEFAULT_RISK_MATRIX, m7).cells;
    expect(cells).toHaveLength(25);
    expect(moves(DEFAULT_RISK_MATRIX, m7)).toEqual([
      '11→11 L',
      '12→12 L',
      '13→14 L',
      '14→16 L',
      '15→17 L',
      '21→21 L',
      '22→22 L',
      '23→24 M',
      '24→26 M',
      '25→27 M',
      '31→41 L',
      '32→42 M',
      '33→44 M',
      '34→46 H',
      '35→47 H',
      '41→61 L',
      '42→62 M',
      '43→64 H',
      '44→66 C',
      '45→67 C',
      '51→71 L',
      '52→72 M',
      '53→74 H',
      '54→76 C',
      '55→77 C',
    ]);
    expect(remapMatrix(DEFAULT_RISK_MATRIX, m7).unmapped).toEqual([]);
  });

  it('carries the old score and band alongside the new ones', () => {
    const outcome = remapPosition(DEFAULT_RISK_MATRIX, m4, 5, 5);
    expect(outcome).toEqual({
      ok: true,
      from: { likelihood: 5, impact: 5, score: 25, band: { rank: 3, name: 'Critical', colour: '#c92a2a' } },
      to: { likelihood: 4, impact: 4, score: 16, band: { rank: 3, name: 'Critical', colour: '#123456' } },
    });
  });

  it('reports cells a level map leaves out, and positions not on the old matrix', () => {
    const remap = remapMatrix(DEFAULT_RISK_MATRIX, m4, { likelihood: [1, 2, 3, 4, null] });
    expect(remap.unmapped).toHaveLength(5);
    expect(remap.unmapped[0]).toEqual({ likelihood: 5, impact: 1, reason: 'likelihood level 5 (Almost certain) is not mapped to a new level' });
    expect(remapPosition(DEFAULT_RISK_MATRIX, m4, 6, 1)).toEqual({
      ok: false,
      likelihood: 6,
      impact: 1,
      reason: 'likelihood 6 is outside the matrix: likelihood must be 1 to 5 of the current matrix',
    });
    expect(remapPosition(DEFAULT_RISK_MATRIX, m4, 2, 2, { impact: [1, 1, 2, 3, 4] })).toMatchObject({ ok: true, to: { likelihood: 2, impact: 1 } });
  });

  it('checks a level map against both scales', () => {
    expect(levelMapProblems(DEFAULT_RISK_MATRIX, m4, { likelihood: [1, 2, 3], impact: [1, 2, 3, 4, 5] })).toEqual([
      'The likelihood map must have one entry per current likelihood level (5), not 3.',
      'The impact map sends level 5 to 5, outside the new scale of 1 to 4.',
    ]);
    expect(levelMapProblems(DEFAULT_RISK_MATRIX, m4, undefined)).toEqual([]);
  });
});

describe('rating texts', () => {
  const five = DEFAULT_RISK_MATRIX.likelihood;
  const three = levels(3);
  it('reads level numbers, alone or with a label', () => {
    expect(matchRating('3', five)).toEqual({ level: 3, via: 'number' });
    expect(matchRating('3 - Possible', five)).toEqual({ level: 3, via: 'number' });
    expect(matchRating('(4) Likely', five)).toEqual({ level: 4, via: 'number' });
    expect(matchRating('L2', five)).toEqual({ level: 2, via: 'number' });
    expect(matchRating('6', five)).toBeNull();
    expect(matchRating('0', five)).toBeNull();
  });

  it('reads the scale’s own labels, then common words placed proportionally', () => {
    expect(matchRating('almost certain', five)).toEqual({ level: 5, via: 'label' });
    expect(matchRating(' Rare ', five)).toEqual({ level: 1, via: 'label' });
    expect(matchRating('High', five)).toEqual({ level: 4, via: 'word' });
    expect(matchRating('H', five)).toEqual({ level: 4, via: 'word' });
    expect(matchRating('Very-High', five)).toEqual({ level: 5, via: 'word' });
    expect(matchRating('High', three)).toEqual({ level: 3, via: 'word' });
    expect(matchRating('Low', three)).toEqual({ level: 1, via: 'word' });
    expect(matchRating('Medium', three)).toEqual({ level: 2, via: 'word' });
    expect(matchRating('Medium-ish', five)).toBeNull();
    expect(matchRating('', five)).toBeNull();
  });
});
