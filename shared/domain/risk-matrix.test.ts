import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RISK_MATRIX,
  band,
  describeMatrix,
  exceedsAppetite,
  heatmapGrid,
  positionProblem,
  riskMatrixSchema,
  score,
  type RiskMatrix,
} from './risk-matrix';

const levels = (count: number, prefix: string) => Array.from({ length: count }, (_, k) => ({ label: `${prefix}${k + 1}`, description: '' }));

function productMatrix(l: number, i: number, thresholds: number[], appetite: RiskMatrix['appetite'] = { kind: 'band', band: 'M' }): RiskMatrix {
  const names = ['L', 'M', 'H', 'C'];
  return {
    likelihood: levels(l, 'L'),
    impact: levels(i, 'I'),
    score: { rule: 'product' },
    banding: { mode: 'threshold', bands: thresholds.map((minScore, index) => ({ name: names[index]!, colour: '#112233', minScore })) },
    appetite,
  };
}

/** The matrix's scores and band initials, likelihood 1 first, as the tests write them. */
function grids(matrix: RiskMatrix) {
  const scores: number[][] = [];
  const bands: string[] = [];
  const appetite: string[] = [];
  for (let l = 1; l <= matrix.likelihood.length; l += 1) {
    const row: number[] = [];
    let letters = '';
    let over = '';
    for (let i = 1; i <= matrix.impact.length; i += 1) {
      row.push(score(matrix, l, i));
      letters += band(matrix, l, i).name[0];
      over += exceedsAppetite(matrix, l, i) ? 'x' : '.';
    }
    scores.push(row);
    bands.push(letters);
    appetite.push(over);
  }
  return { scores, bands, appetite };
}

describe('scoring and banding, cell by cell', () => {
  it('3×3, product rule, three bands, appetite by band', () => {
    const matrix = riskMatrixSchema.parse(productMatrix(3, 3, [1, 3, 6]));
    expect(grids(matrix)).toEqual({
      scores: [
        [1, 2, 3],
        [2, 4, 6],
        [3, 6, 9],
      ],
      bands: ['LLM', 'LMH', 'MHH'],
      appetite: ['...', '..x', '.xx'],
    });
  });

  it('4×4, product rule, four bands, appetite by score', () => {
    const matrix = riskMatrixSchema.parse(productMatrix(4, 4, [1, 4, 8, 12], { kind: 'score', score: 8 }));
    expect(grids(matrix)).toEqual({
      scores: [
        [1, 2, 3, 4],
        [2, 4, 6, 8],
        [3, 6, 9, 12],
        [4, 8, 12, 16],
      ],
      bands: ['LLLM', 'LMMH', 'LMHC', 'MHCC'],
      appetite: ['....', '....', '..xx', '..xx'],
    });
  });

  it('5×5, the default matrix: low 1–4, medium 5–9, high 10–16, critical 20–25, appetite medium', () => {
    const matrix = riskMatrixSchema.parse(DEFAULT_RISK_MATRIX);
    expect(grids(matrix)).toEqual({
      scores: [
        [1, 2, 3, 4, 5],
        [2, 4, 6, 8, 10],
        [3, 6, 9, 12, 15],
        [4, 8, 12, 16, 20],
        [5, 10, 15, 20, 25],
      ],
      bands: ['LLLLM', 'LLMMH', 'LMMHH', 'LMHHC', 'MHHCC'],
      appetite: ['.....', '....x', '...xx', '..xxx', '.xxxx'],
    });
    expect(band(matrix, 4, 5)).toEqual({ rank: 3, name: 'Critical', colour: '#c92a2a' });
    expect(describeMatrix(matrix)).toBe('5×5, likelihood × impact');
  });

  it('5×4: five likelihood levels, four impact levels', () => {
    const matrix = riskMatrixSchema.parse(productMatrix(5, 4, [1, 5, 10, 16], { kind: 'band', band: 'H' }));
    expect(grids(matrix)).toEqual({
      scores: [
        [1, 2, 3, 4],
        [2, 4, 6, 8],
        [3, 6, 9, 12],
        [4, 8, 12, 16],
        [5, 10, 15, 20],
      ],
      bands: ['LLLL', 'LLMM', 'LMMH', 'LMHC', 'MHHC'],
      appetite: ['....', '....', '....', '...x', '...x'],
    });
    expect(() => score(matrix, 1, 5)).toThrow('impact 5 is outside the matrix: impact must be 1 to 4');
  });

  it('7×7, product rule', () => {
    const matrix = riskMatrixSchema.parse(productMatrix(7, 7, [1, 8, 18, 30]));
    const { scores, bands } = grids(matrix);
    expect(scores[6]).toEqual([7, 14, 21, 28, 35, 42, 49]);
    expect(scores.map((row, l) => row.every((value, i) => value === (l + 1) * (i + 1)))).toEqual(Array(7).fill(true));
    expect(bands).toEqual(['LLLLLLL', 'LLLMMMM', 'LLMMMHH', 'LMMMHHH', 'LMMHHCC', 'LMHHCCC', 'LMHHCCC']);
  });

  it('per-cell score table with per-cell bands (4×4)', () => {
    const matrix = riskMatrixSchema.parse({
      likelihood: levels(4, 'L'),
      impact: levels(4, 'I'),
      score: {
        rule: 'table',
        table: [
          [1, 2, 3, 5],
          [2, 4, 6, 9],
          [3, 6, 10, 14],
          [5, 9, 14, 20],
        ],
      },
      banding: {
        mode: 'cell',
        bands: [
          { name: 'Low', colour: '#00aa00' },
          { name: 'Medium', colour: '#aaaa00' },
          { name: 'High', colour: '#aa5500' },
          { name: 'Critical', colour: '#aa0000' },
        ],
        cells: [
          ['Low', 'Low', 'Low', 'Medium'],
          ['Low', 'Medium', 'medium', 'High'],
          ['Low', 'Medium', 'High', 'Critical'],
          ['Medium', 'High', 'Critical', 'Critical'],
        ],
      },
      appetite: { kind: 'band', band: 'medium' },
    });
    expect(grids(matrix)).toEqual({
      scores: [
        [1, 2, 3, 5],
        [2, 4, 6, 9],
        [3, 6, 10, 14],
        [5, 9, 14, 20],
      ],
      bands: ['LLLM', 'LMMH', 'LMHC', 'MHCC'],
      appetite: ['....', '...x', '..xx', '.xxx'],
    });
  });

  it('per-cell score table with threshold bands (3×3), and an asymmetric table', () => {
    const matrix = riskMatrixSchema.parse({
      ...productMatrix(3, 3, [1, 4, 8]),
      score: {
        rule: 'table',
        table: [
          [1, 2, 4],
          [3, 5, 8],
          [6, 9, 12],
        ],
      },
    });
    expect(grids(matrix)).toEqual({
      scores: [
        [1, 2, 4],
        [3, 5, 8],
        [6, 9, 12],
      ],
      bands: ['LLM', 'LMH', 'MHH'],
      appetite: ['...', '..x', '.xx'],
    });
  });

  it('names the scale and its range for positions off the matrix', () => {
    expect(positionProblem(DEFAULT_RISK_MATRIX, 6, 1)).toBe('likelihood 6 is outside the matrix: likelihood must be 1 to 5');
    expect(positionProblem(DEFAULT_RISK_MATRIX, 1, 0)).toBe('impact 0 is outside the matrix: impact must be 1 to 5');
    expect(positionProblem(DEFAULT_RISK_MATRIX, 2.5, 1)).toContain('likelihood 2.5');
    expect(positionProblem(DEFAULT_RISK_MATRIX, 5, 5)).toBeNull();
    expect(() => band(DEFAULT_RISK_MATRIX, 0, 3)).toThrow(RangeError);
  });
});

describe('heat-map grid', () => {
  it('draws the highest likelihood first, impact left to right, with counts, bands and appetite', () => {
    const grid = heatmapGrid(
      DEFAULT_RISK_MATRIX,
      new Map([
        ['5:5', 3],
        ['1:1', 2],
      ]),
    );
    expect(grid).toHaveLength(5);
    expect(grid[0]!.map((cell) => `${cell.likelihood}${cell.impact}`)).toEqual(['51', '52', '53', '54', '55']);
    expect(grid[0]![4]).toEqual({
      likelihood: 5,
      impact: 5,
      score: 25,
      band: { rank: 3, name: 'Critical', colour: '#c92a2a' },
      exceedsAppetite: true,
      count: 3,
    });
    expect(grid[4]![0]).toMatchObject({ likelihood: 1, impact: 1, count: 2, exceedsAppetite: false });
    expect(grid.flat().reduce((sum, cell) => sum + cell.count, 0)).toBe(5);
  });
});

describe('matrix validation messages', () => {
  const issues = (value: unknown) => {
    const result = riskMatrixSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts the default and fills empty descriptions', () => {
    expect(issues(DEFAULT_RISK_MATRIX)).toEqual([]);
    const parsed = riskMatrixSchema.parse({ ...DEFAULT_RISK_MATRIX, likelihood: ['a', 'b', 'c', 'd', 'e'].map((label) => ({ label })) });
    expect(parsed.likelihood[0]).toEqual({ label: 'a', description: '' });
  });

  it('needs 3 to 7 levels, each with a label', () => {
    expect(issues({ ...DEFAULT_RISK_MATRIX, likelihood: levels(2, 'L') })).toEqual(['likelihood: must have 3 to 7 levels']);
    expect(issues({ ...DEFAULT_RISK_MATRIX, impact: levels(8, 'I') })).toEqual(['impact: must have 3 to 7 levels']);
    expect(issues({ ...DEFAULT_RISK_MATRIX, impact: [...levels(4, 'I'), { label: ' ', description: '' }] })).toEqual(['impact.4.label: is required']);
  });

  it('needs a score table matching the scales', () => {
    const table = [
      [1, 2, 3],
      [2, 4, 6],
    ];
    expect(issues({ ...productMatrix(3, 3, [1, 3, 6]), score: { rule: 'table', table } })).toEqual([
      'score.table: must have one row per likelihood level (3), not 2; the score table must match the scales',
    ]);
    expect(issues({ ...productMatrix(3, 3, [1, 3, 6]), score: { rule: 'table', table: [...table, [3, 6]] } })).toEqual([
      'score.table.2: row 3 must have one score per impact level (3), not 2',
    ]);
    expect(issues({ ...productMatrix(3, 3, [1, 3, 6]), score: { rule: 'table', table: [...table, [3, 6, 0]] } })).toEqual([
      'score.table.2.2: must be at least 1',
    ]);
    expect(issues({ ...productMatrix(3, 3, [1, 3, 6]), score: { rule: 'sum' } })[0]).toContain('must be "product"');
  });

  it('needs bands that cover every score, with increasing thresholds, each reachable', () => {
    expect(issues(productMatrix(5, 5, [2, 5, 10, 20]))).toEqual([
      'banding.bands.0.minScore: must be at most 1, the lowest possible score, so the bands cover every score',
    ]);
    expect(issues(productMatrix(5, 5, [1, 10, 10, 20]))).toEqual(['banding.bands.2.minScore: must be above 10 (thresholds must increase)']);
    expect(issues(productMatrix(3, 3, [1, 5, 10, 20]))).toEqual([
      'banding.bands.2.minScore: is above 9, the highest possible score, so "H" could never be reached',
      'banding.bands.3.minScore: is above 9, the highest possible score, so "C" could never be reached',
    ]);
    expect(issues(productMatrix(3, 3, [1]))).toEqual(['banding.bands: must have at least 2 bands']);
  });

  it('needs unique band names, hex colours, and known names in per-cell bands and the appetite', () => {
    const base = productMatrix(3, 3, [1, 3, 6]);
    const bands = base.banding.mode === 'threshold' ? base.banding.bands : [];
    expect(issues({ ...base, banding: { mode: 'threshold', bands: [...bands.slice(0, 2), { ...bands[2]!, name: 'l' }] } })).toEqual([
      'banding.bands.2.name: "l" is already the name of band 1',
    ]);
    expect(issues({ ...base, banding: { mode: 'threshold', bands: [{ ...bands[0]!, colour: 'red' }, ...bands.slice(1)] } })).toEqual([
      'banding.bands.0.colour: must be a colour like #d9480f',
    ]);
    const cells = {
      mode: 'cell',
      bands: [
        { name: 'Lo', colour: '#000000' },
        { name: 'Hi', colour: '#ffffff' },
      ],
      cells: [
        ['Lo', 'Lo', 'Hi'],
        ['Lo', 'Hi', 'Hi'],
        ['Hi', 'Hi', 'Top'],
      ],
    };
    expect(issues({ ...base, banding: cells, appetite: { kind: 'band', band: 'Lo' } })).toEqual(['banding.cells.2.2: "Top" is not one of the bands (Lo, Hi)']);
    expect(issues({ ...base, banding: { ...cells, cells: cells.cells.slice(0, 2) }, appetite: { kind: 'band', band: 'Lo' } })).toEqual([
      'banding.cells: must have one row per likelihood level (3), not 2; the band table must match the scales',
    ]);
    expect(issues({ ...base, appetite: { kind: 'band', band: 'Extreme' } })).toEqual(['appetite.band: "Extreme" is not one of the bands (L, M, H)']);
    expect(issues({ ...base, appetite: { kind: 'score', score: 9 } })).toEqual(['appetite.score: must be from 1 to 8: risks scoring above it need treatment']);
  });
});
