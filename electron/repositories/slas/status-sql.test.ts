import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { resultStatus, type Direction } from '../../../shared/domain/sla-status';
import { RANK_SQL_005 } from '../../db/migrations/005-sla-performance';
import { statusOfRank, statusRankSql } from './status-sql';

describe('statusRankSql', () => {
  it('agrees with resultStatus on every edge, for both directions, with and without a warning', () => {
    const db = new Database(':memory:');
    const rank = db.prepare(`SELECT ${statusRankSql()} FROM (SELECT ? AS value) m, (SELECT ? AS direction, ? AS target, ? AS warning) t`).pluck();
    const cases: Array<[Direction, number, number | null]> = [
      ['higher', 99.9, 99.95],
      ['higher', 99.9, null],
      ['higher', 4.2, 4.4],
      ['lower', 400, 360],
      ['lower', 400, null],
      ['lower', 0, null],
    ];
    let checked = 0;
    for (const [direction, target, warning] of cases) {
      const edges = [
        target,
        warning ?? target,
        target - 1,
        target + 1,
        target - 0.0001,
        target + 0.0001,
        (warning ?? target) - 0.0001,
        (warning ?? target) + 0.0001,
        0,
        100,
      ];
      for (const value of edges) {
        const expected = resultStatus(value, { direction, target, warning });
        expect(statusOfRank(rank.get(value, direction, target, warning) as number), `${direction} ${target}/${warning} value ${value}`).toBe(expected);
        checked += 1;
      }
    }
    expect(checked).toBe(60);
    db.close();
  });

  it('is the rule the summary triggers of migration 005 keep (a change to the rule needs a new migration)', () => {
    const normalise = (sql: string) => sql.replace(/\s+/g, ' ').trim();
    expect(normalise(statusRankSql())).toBe(normalise(RANK_SQL_005));
  });
});
