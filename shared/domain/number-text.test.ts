import { describe, expect, it } from 'vitest';
import { parseNumberText, tooLongProblem } from './number-text';

describe('parseNumberText', () => {
  it('takes plain numbers as written, with a decimal point or comma', () => {
    expect(parseNumberText('15')).toEqual({ ok: true, value: 15 });
    expect(parseNumberText(' 99.95 ')).toEqual({ ok: true, value: 99.95 });
    expect(parseNumberText('99,5')).toEqual({ ok: true, value: 99.5 });
    expect(parseNumberText('')).toEqual({ ok: true, value: null });
  });

  it('refuses what it used to rewrite, saying why', () => {
    expect(parseNumberText('1.5', { whole: true })).toEqual({ ok: false, problem: expect.stringContaining('whole number') });
    expect(parseNumberText('1e3')).toEqual({ ok: false, problem: expect.stringContaining('1000, not 1e3') });
    expect(parseNumberText('99.95.5')).toEqual({ ok: false, problem: expect.stringContaining('more than one decimal point') });
    expect(parseNumberText('12abc')).toEqual({ ok: false, problem: '“12abc” is not a number' });
  });

  it('checks sign, range and decimals rather than clamping', () => {
    expect(parseNumberText('-3')).toEqual({ ok: false, problem: 'cannot be negative' });
    expect(parseNumberText('-3', { allowNegative: true })).toEqual({ ok: true, value: -3 });
    expect(parseNumberText('5000', { max: 3650 })).toEqual({ ok: false, problem: 'must be at most 3650' });
    expect(parseNumberText('0', { min: 1 })).toEqual({ ok: false, problem: 'must be at least 1' });
    expect(parseNumberText('1.234', { maxDecimals: 2 })).toEqual({ ok: false, problem: 'may have at most 2 digits after the decimal point' });
  });
});

describe('tooLongProblem', () => {
  it('names the length and the limit', () => {
    expect(tooLongProblem('x'.repeat(450), 200)).toBe('is 450 characters long; it may have at most 200 (nothing was cut: shorten it)');
    expect(tooLongProblem('x'.repeat(200), 200)).toBeNull();
  });
});
