import { describe, expect, it } from 'vitest';
import { otherValueText, parseOtherValue } from './other-value';

describe('another value for a conflict', () => {
  it('keeps text as typed and clears the field when empty', () => {
    expect(parseOtherValue(' Mail relay ', 'a', 'b')).toEqual({ ok: true, value: ' Mail relay ' });
    expect(parseOtherValue('   ', 'a', 'b')).toEqual({ ok: true, value: null });
  });

  it('takes the type of the values in conflict: numbers, yes/no, lists', () => {
    expect(parseOtherValue('4', 3, 5)).toEqual({ ok: true, value: 4 });
    expect(parseOtherValue('2,5', null, 5)).toEqual({ ok: true, value: 2.5 });
    expect(parseOtherValue('four', 3, 5)).toEqual({ ok: false, message: 'Another value must be a number here' });
    expect(parseOtherValue('yes', false, true)).toEqual({ ok: true, value: true });
    expect(parseOtherValue('maybe', false, true)).toMatchObject({ ok: false });
    expect(parseOtherValue('NHS\n\n Council ', ['NHS'], [])).toEqual({ ok: true, value: ['NHS', 'Council'] });
  });

  it('starts from the team value', () => {
    expect(otherValueText(['NHS', 'Council'])).toBe('NHS\nCouncil');
    expect(otherValueText(null)).toBe('');
    expect(otherValueText(7)).toBe('7');
  });
});
