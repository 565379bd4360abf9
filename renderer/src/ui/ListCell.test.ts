import { describe, expect, it } from 'vitest';
import { listCellText } from './ListCell';

describe('a declared field in a list', () => {
  it('shows its value by the descriptor’s list format, and nothing for an empty one', () => {
    expect(listCellText('text', 'Finance')).toBe('Finance');
    expect(listCellText('tags', ['a', 'b'])).toBe('a, b');
    expect(listCellText('number', 12500)).toBe(new Intl.NumberFormat().format(12500));
    expect(listCellText('date', '2027-03-01')).toMatch(/2027/);
    expect(listCellText('text', null)).toBe('');
    expect(listCellText('date', '')).toBe('');
  });
});
