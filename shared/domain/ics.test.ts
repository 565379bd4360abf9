import { describe, expect, it } from 'vitest';
import { buildIcs, parseIcs } from './ics';

describe('ics', () => {
  it('writes all-day events that read back, escaping and folding long lines', () => {
    const summary = 'Review RSK-042, Backup; restore “tested”? ' + 'é'.repeat(60);
    const text = buildIcs(
      'My reviews',
      [{ uid: 'risk-42@serviceledger', date: '2028-02-29', summary, description: 'Line one\nLine, two' }],
      '2026-11-24T09:00:00.000Z',
    );
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(parseIcs(text)).toEqual([
      {
        UID: 'risk-42@serviceledger',
        DTSTAMP: '20261124T090000Z',
        DTSTART: '20280229',
        DTEND: '20280301',
        SUMMARY: summary,
        DESCRIPTION: 'Line one\nLine, two',
        TRANSP: 'TRANSPARENT',
      },
    ]);
  });
});
