import { afterEach, describe, expect, it } from 'vitest';
import type { AppController } from '../../app/app-controller';
import { call } from '../../test/call';
import { makeAppWithWorkspace } from '../../test/temp-workspace';

let app: AppController;
afterEach(() => app?.shutdown());

describe('risks that changed band in the period (read from the indexes of migration 010)', () => {
  it('compares the band now with the last assessment before the period: up, down, unchanged, closed, and the latest of a tie', async () => {
    ({ app } = await makeAppWithWorkspace());
    const risk = (title: string, l: number, i: number) =>
      call(app, 'risks.create', {
        title,
        status: 'assessed',
        inherent: { likelihood: 5, impact: 5 },
        residual: { likelihood: l, impact: i },
        rationale: 'first look',
      });
    const up = await risk('Goes up', 1, 1);
    const down = await risk('Goes down', 5, 5);
    const same = await risk('Stays', 1, 1);
    const closed = await risk('Closed after going up', 1, 1);
    const tie = await risk('Tie before the period', 1, 1);
    // Every first assessment happened before the period (the test clock is 2026-11-24).
    app.db.prepare("UPDATE risk_assessments SET assessed_at = '2026-09-15T10:00:00.000Z'").run();
    // Two assessments at the same instant: the later one (Critical) is the position before the period.
    app.db
      .prepare(
        `INSERT INTO risk_assessments (risk_id, assessed_at, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, matrix_version)
         VALUES (?, '2026-09-15T10:00:00.000Z', 5, 5, 5, 5, 1)`,
      )
      .run(tie.id);
    for (const [id, l, i] of [
      [up.id, 5, 5],
      [down.id, 1, 1],
      [same.id, 1, 2],
      [closed.id, 5, 5],
      [tie.id, 1, 1],
    ] as const) {
      await call(app, 'risks.assess', { id, inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: l, impact: i }, rationale: 'in the period' });
    }
    await call(app, 'risks.update', { id: closed.id, status: 'closed' });

    const review = await call(app, 'managementReviews.create', { title: 'Q4 2026', periodFrom: '2026-10-01', periodTo: '2026-12-31' });
    const risks = (await call(app, 'managementReviews.content', { id: review.id })).snapshot.inputs.risks;
    expect(risks.moves.map((m) => [m.code, m.title, m.from, m.to, m.direction])).toEqual([
      [up.code, 'Goes up', 'Low', 'Critical', 'up'],
      [down.code, 'Goes down', 'Critical', 'Low', 'down'],
      [tie.code, 'Tie before the period', 'Critical', 'Low', 'down'],
    ]);
    expect(risks.counts).toMatchObject({ up: 1, down: 2 });
  });

  it('counts every risk created and closed in the period but lists only the first 50 of each', async () => {
    ({ app } = await makeAppWithWorkspace());
    const insert = app.db.prepare('INSERT INTO risks (code, title, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    app.db.transaction(() => {
      for (let n = 1; n <= 70; n++)
        insert.run(
          `RSK-${String(n).padStart(3, '0')}`,
          `Risk ${n}`,
          n <= 55 ? 'closed' : 'identified',
          n <= 60 ? '2026-10-02T08:00:00.000Z' : '2026-09-30T23:59:59.000Z',
          n <= 55 ? '2026-12-31T23:00:00.000Z' : '2026-10-02T08:00:00.000Z',
        );
    })();
    const review = await call(app, 'managementReviews.create', { title: 'Q4 2026', periodFrom: '2026-10-01', periodTo: '2026-12-31' });
    const risks = (await call(app, 'managementReviews.content', { id: review.id })).snapshot.inputs.risks;
    expect(risks.counts).toMatchObject({ created: 60, closed: 55 });
    expect(risks.created).toHaveLength(50);
    expect(risks.created[0]).toMatchObject({ code: 'RSK-001', on: '2026-10-02' });
    expect(risks.closed).toHaveLength(50);
    expect(risks.closed[49]).toMatchObject({ code: 'RSK-050', on: '2026-12-31' });
  });
});
