import { describe, expect, it } from 'vitest';
import { matchTarget, parseDecimal, type MatchableTarget } from './sla-import-fields';

describe('parseDecimal', () => {
  it('reads decimal points, decimal commas, thousands and percent signs', () => {
    const cases: Array<[string, number | null]> = [
      ['99.95', 99.95],
      ['99,95', 99.95],
      ['99.9 %', 99.9],
      ['99.9%', 99.9],
      ['1,234', 1234],
      ['2,630', 2630],
      ['1 234', 1234],
      ['1,234.5', 1234.5],
      ['-3', -3],
      ['.5', 0.5],
      ['4.3', 4.3],
      ['', null],
      ['n/a', null],
      ['99.9.9', null],
      ['12abc', null],
    ];
    for (const [text, expected] of cases) expect(parseDecimal(text), text).toBe(expected);
  });
});

describe('matchTarget', () => {
  const targets: MatchableTarget[] = [
    { id: 1, kind: 'availability', label: 'Availability (24x7)', priority: null },
    { id: 2, kind: 'response', label: 'P1 responded to within 15 minutes', priority: 'P1' },
    { id: 3, kind: 'resolution', label: 'P2 resolved within 1 working day', priority: 'P2' },
    { id: 4, kind: 'resolution', label: 'P3 resolved within 3 working days', priority: 'P3' },
    { id: 5, kind: 'custom', label: 'CSAT', priority: null },
  ];
  const id = (text: string) => {
    const match = matchTarget(text, targets, 'SLA-001');
    return match.ok ? match.target.id : match.error;
  };

  it('matches by label, ignoring case and spacing', () => {
    expect(id(' availability  (24X7) ')).toBe(1);
    expect(id('csat')).toBe(5);
  });

  it('matches by kind and priority in any order', () => {
    expect(id('availability')).toBe(1);
    expect(id('response P1')).toBe(2);
    expect(id('P3 resolution')).toBe(4);
    expect(id('Resolution-P2')).toBe(3);
  });

  it('explains a miss or an ambiguity', () => {
    expect(id('resolution')).toBe(
      '"resolution" fits 2 targets of SLA-001 ("P2 resolved within 1 working day", "P3 resolved within 3 working days"); use the label',
    );
    expect(id('response P4')).toBe(
      'SLA-001 has no P4 response target; its targets are "Availability (24x7)", "P1 responded to within 15 minutes", "P2 resolved within 1 working day", "P3 resolved within 3 working days", "CSAT"',
    );
    expect(id('Uptime')).toMatch(/^"Uptime" is not a target of SLA-001; its targets are/);
    expect(id('')).toBe('is empty; give the target’s label or its kind');
  });
});
