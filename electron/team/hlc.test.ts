import { describe, expect, it } from 'vitest';
import { nextHlc, parseHlc } from './hlc';

describe('hybrid logical clock', () => {
  it('follows the wall clock, counts within a millisecond, and never goes backwards', () => {
    const first = nextHlc(null, '2026-11-24T09:00:00Z');
    expect(first).toBe('2026-11-24T09:00:00.000Z#0000');
    const same = nextHlc(first, '2026-11-24T09:00:00Z');
    expect(same).toBe('2026-11-24T09:00:00.000Z#0001');
    const behind = nextHlc(same, '2026-11-24T08:59:00Z'); // the wall clock was set back
    expect(behind).toBe('2026-11-24T09:00:00.000Z#0002');
    const later = nextHlc(behind, '2026-11-24T09:00:01Z');
    expect(later).toBe('2026-11-24T09:00:01.000Z#0000');
    expect([later, first, behind, same].sort()).toEqual([first, same, behind, later]);
    expect(parseHlc(behind)).toEqual({ wallMs: Date.parse('2026-11-24T09:00:00Z'), counter: 2 });
  });

  it('refuses text that is not a clock time', () => {
    expect(() => parseHlc('yesterday')).toThrow(/hybrid logical clock/);
    expect(() => nextHlc(null, 'soon')).toThrow(/instant/);
  });
});
