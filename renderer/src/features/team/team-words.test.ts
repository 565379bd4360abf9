import { describe, expect, it } from 'vitest';
import { teamStatus } from '../../test/team-fixtures';
import { displayUrl, fieldWords, formatTeamValue, tableWords, teamStatusWords } from './team-words';

describe('team words', () => {
  it('say online, offline with changes waiting, or conflicts first', () => {
    expect(teamStatusWords(teamStatus())).toEqual({ text: 'Online', tone: 'ok' });
    expect(teamStatusWords(teamStatus({ waiting: 1 })).text).toBe('Online — 1 change waiting');
    expect(teamStatusWords(teamStatus({ connection: 'offline', waiting: 3 }))).toEqual({ text: 'Offline — 3 changes waiting', tone: 'offline' });
    expect(teamStatusWords(teamStatus({ connection: 'offline', waiting: 3, openConflicts: 2 }))).toEqual({ text: '2 conflicts to resolve', tone: 'conflict' });
    expect(teamStatusWords(teamStatus({ connection: 'connecting' })).text).toBe('Connecting');
  });

  it('show values plainly: text as itself, lists joined, nothing as (empty)', () => {
    expect(formatTeamValue('Mail relay')).toBe('Mail relay');
    expect(formatTeamValue(4)).toBe('4');
    expect(formatTeamValue(null)).toBe('(empty)');
    expect(formatTeamValue('')).toBe('(empty)');
    expect(formatTeamValue(['NHS', 'Council'])).toBe('NHS, Council');
    expect(formatTeamValue(true)).toBe('Yes');
    expect(formatTeamValue({ a: 1 })).toBe('{"a":1}');
  });

  it('name tables, fields and connections for people', () => {
    expect(tableWords('risks')).toBe('Risk');
    expect(tableWords('sla_targets')).toBe('Sla targets');
    expect(fieldWords('ownerId')).toBe('Owner');
    expect(fieldWords('owner_id')).toBe('Owner');
    expect(fieldWords('next_review_date')).toBe('Next review date');
    expect(fieldWords('*insert')).toBe('Created');
    expect(fieldWords('*delete')).toBe('Deleted');
    expect(displayUrl('postgres://ada:secret@db:5432/sl')).toBe('postgres://ada:•••@db:5432/sl');
    expect(displayUrl('postgres://ada@db:5432/sl')).toBe('postgres://ada@db:5432/sl');
  });
});
