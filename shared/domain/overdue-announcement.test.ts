import { describe, expect, it } from 'vitest';
import { announceOverdue, parseAnnounced, type OverdueCandidate } from './overdue-announcement';

const item = (subjectId: number, state: string, dueOn = '2026-11-20'): OverdueCandidate => ({
  kind: 'risk',
  subjectId,
  code: `RSK-00${subjectId}`,
  dueOn,
  state,
});
const nothing = { day: null, keys: [] };

describe('announcing newly overdue reviews once a day', () => {
  it('announces the overdue and escalated reviews on the first check, not those due soon', () => {
    const result = announceOverdue([item(1, 'overdue'), item(2, 'escalated'), item(3, 'due_soon')], nothing, '2026-11-24');
    expect(result.announcement).toEqual({ title: 'ServiceLedger reviews', body: '2 reviews are newly overdue: RSK-001, RSK-002', count: 2 });
    expect(result.seen).toEqual({ day: '2026-11-24', keys: ['risk:1:2026-11-20', 'risk:2:2026-11-20'] });
  });

  it('says nothing again the same day, even when another review became overdue meanwhile', () => {
    const first = announceOverdue([item(1, 'overdue')], nothing, '2026-11-24');
    const again = announceOverdue([item(1, 'overdue'), item(2, 'overdue')], first.seen, '2026-11-24');
    expect(again).toEqual({ announcement: null, seen: first.seen });
    // The next day only the new one is announced.
    const next = announceOverdue([item(1, 'overdue'), item(2, 'overdue')], again.seen, '2026-11-25');
    expect(next.announcement?.body).toBe('1 review is newly overdue: RSK-002');
  });

  it('records the day even with nothing new, and treats a new due date as a new overdue review', () => {
    const quiet = announceOverdue([item(1, 'overdue')], { day: '2026-11-23', keys: ['risk:1:2026-11-20'] }, '2026-11-24');
    expect(quiet).toEqual({ announcement: null, seen: { day: '2026-11-24', keys: ['risk:1:2026-11-20'] } });
    const rescheduled = announceOverdue([item(1, 'overdue', '2026-11-23')], quiet.seen, '2026-11-25');
    expect(rescheduled.announcement?.count).toBe(1);
  });

  it('shortens a long list to three codes', () => {
    const many = [1, 2, 3, 4, 5].map((id) => item(id, 'overdue'));
    expect(announceOverdue(many, nothing, '2026-11-24').announcement?.body).toBe('5 reviews are newly overdue: RSK-001, RSK-002, RSK-003…');
  });

  it('reads a stored state back, and anything else as nothing announced', () => {
    expect(parseAnnounced({ day: '2026-11-24', keys: ['a'] })).toEqual({ day: '2026-11-24', keys: ['a'] });
    expect(parseAnnounced({ day: 3, keys: [] })).toEqual(nothing);
    expect(parseAnnounced(null)).toEqual(nothing);
  });
});
