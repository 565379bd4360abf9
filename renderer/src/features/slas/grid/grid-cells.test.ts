import { describe, expect, it } from 'vitest';
import { cellToSave, type CellChange } from './grid-cells';

const change = (text: string, kind: CellChange['kind'] = 'response', unit = '%'): CellChange => ({
  key: 'k',
  targetId: 4,
  period: '2026-09',
  text,
  kind,
  unit,
});

describe('cellToSave', () => {
  it('saves a number, clears on empty, and turns ticket counts into the percentage with the total as workload', () => {
    expect(cellToSave(change('96,5'))).toEqual({ ok: true, cell: { targetId: 4, period: '2026-09', value: 96.5 } });
    expect(cellToSave(change(''))).toEqual({ ok: true, cell: { targetId: 4, period: '2026-09', value: null } });
    expect(cellToSave(change('19/20'))).toEqual({ ok: true, cell: { targetId: 4, period: '2026-09', value: 95, workload: 20 } });
    expect(cellToSave(change('2 of 3', 'resolution'))).toEqual({ ok: true, cell: { targetId: 4, period: '2026-09', value: 66.6667, workload: 3 } });
  });

  it('says why counts or numbers cannot be saved', () => {
    expect(cellToSave(change('21/20'))).toEqual({ ok: false, problem: '21 tickets within the time cannot be more than the 20 tickets in all' });
    expect(cellToSave(change('0/0'))).toEqual({ ok: false, problem: 'Total is 0: with no tickets there is nothing to measure; leave the month out' });
    expect(cellToSave(change('19/20', 'availability'))).toEqual({
      ok: false,
      problem: 'ticket counts (19/20) are for response and resolution targets; type the figure',
    });
    expect(cellToSave(change('abc'))).toEqual({ ok: false, problem: '“abc” is not a number (or ticket counts like 19/20)' });
    expect(cellToSave(change('abc', 'availability'))).toEqual({ ok: false, problem: '“abc” is not a number' });
    // Refused rather than read as some other number.
    expect(cellToSave(change('99.95.5', 'availability'))).toEqual({ ok: false, problem: '“99.95.5” has more than one decimal point' });
    expect(cellToSave(change('1e3', 'workload', 'tickets'))).toMatchObject({ ok: false, problem: expect.stringContaining('1000, not 1e3') });
    expect(cellToSave(change('104', 'availability'))).toEqual({ ok: false, problem: '104 is not a percentage from 0 to 100' });
  });
});
