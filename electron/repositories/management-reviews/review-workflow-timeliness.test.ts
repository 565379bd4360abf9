import { afterEach, describe, expect, it } from 'vitest';
import type { AppController } from '../../app/app-controller';
import { call } from '../../test/call';
import { makeAppWithWorkspace } from '../../test/temp-workspace';

let app: AppController;
afterEach(() => app?.shutdown());

/** A risk, a service with an SLA and a supplier, owned by Alice (risk) and Bob (the rest), on the test clock (2026-11-24). */
async function subjects() {
  ({ app } = await makeAppWithWorkspace());
  const alice = await call(app, 'people.create', { name: 'Alice Owner' });
  const bob = await call(app, 'people.create', { name: 'Bob Owner' });
  const risk = await call(app, 'risks.create', {
    title: 'Backup failure',
    ownerId: alice.id,
    inherent: { likelihood: 3, impact: 3 },
    residual: { likelihood: 2, impact: 3 },
  });
  const closed = await call(app, 'risks.create', {
    title: 'Old closed risk',
    ownerId: alice.id,
    status: 'closed',
    inherent: { likelihood: 2, impact: 2 },
    residual: { likelihood: 2, impact: 2 },
  });
  const service = await call(app, 'services.create', { name: 'Email', lifecycle: 'live' });
  const sla = await call(app, 'slas.create', {
    serviceId: service.id,
    customer: 'All staff',
    name: 'Email — All staff',
    status: 'agreed',
    validFrom: '2025-01-01',
    targets: [{ kind: 'availability', target: 99.9 }],
  });
  const supplier = await call(app, 'suppliers.create', { name: 'Halcyon Networks' });
  const set = (sql: string, ...args: unknown[]) => app.db.prepare(sql).run(...args);
  // Due dates today: the risk, the SLA and the supplier are overdue; the service and the closed risk are not counted.
  set('UPDATE risks SET next_review_date = ? WHERE id = ?', '2026-11-01', risk.id);
  set('UPDATE risks SET next_review_date = ? WHERE id = ?', '2026-01-01', closed.id);
  set('UPDATE services SET owner_id = ?, next_review_date = ? WHERE id = ?', bob.id, '2026-12-01', service.id);
  set('UPDATE slas SET review_date = ? WHERE id = ?', '2026-11-01', sla.id);
  set('UPDATE suppliers SET manager_id = ?, next_review_date = ? WHERE id = ?', bob.id, '2026-11-23', supplier.id);
  const review = (kind: string, id: number, status: string, plannedOn: string | null, reviewedOn: string, next: string | null = null) =>
    set(
      `INSERT INTO reviews (subject_kind, subject_id, status, planned_on, reviewed_on, reviewer_id, outcome, next_review_date, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'still_valid', ?, '2026-11-24T09:00:00Z')`,
      kind,
      id,
      status,
      plannedOn,
      reviewedOn,
      bob.id,
      next,
    );
  return { risk, service, sla, supplier, review };
}

describe('reviews done on time and late, from the review-workflow records', () => {
  it('counts every kind done in the period (not rejected ones), names the late ones worst first, and the overdue ones by owner', async () => {
    const { risk, service, sla, supplier, review } = await subjects();
    review('risk', risk.id, 'done', '2026-10-10', '2026-10-05'); // early: on time
    review('sla', sla.id, 'done', '2026-10-01', '2026-10-21'); // 20 days late
    review('service', service.id, 'done', null, '2026-04-01', '2026-10-01'); // before the period: sets the next date
    review('service', service.id, 'done', null, '2026-10-04'); // recorded before planned dates: due when the previous review said, 3 days late
    review('supplier', supplier.id, 'approved', '2026-10-15', '2026-11-19'); // 35 days late, approved
    review('risk', risk.id, 'rejected', '2026-10-01', '2026-11-01'); // rejected: not a done review
    review('risk', risk.id, 'pending_approval', '2026-11-20', '2026-11-20'); // done, waiting for approval: on time
    review('risk', risk.id, 'done', '2026-08-01', '2026-09-30'); // before the period

    const created = await call(app, 'managementReviews.create', { title: 'Q4 2026', periodFrom: '2026-10-01', periodTo: '2026-12-31' });
    const t = (await call(app, 'managementReviews.content', { id: created.id })).snapshot.inputs.reviewTimeliness;
    expect(t.counts).toEqual({ done: 5, onTime: 2, late: 3, overdue: 3 });
    expect(t.late.map((l) => [l.subjectKind, l.subject, l.dueOn, l.reviewedOn, l.daysLate, l.reviewerName])).toEqual([
      ['supplier', 'Halcyon Networks', '2026-10-15', '2026-11-19', 35, 'Bob Owner'],
      ['sla', `${sla.code} Email — All staff`, '2026-10-01', '2026-10-21', 20, 'Bob Owner'],
      ['service', `${service.code} Email`, '2026-10-01', '2026-10-04', 3, 'Bob Owner'],
    ]);
    expect(t.overdueByOwner).toEqual([
      { ownerName: 'Alice Owner', subjectKind: 'risk', count: 1 },
      { ownerName: 'Bob Owner', subjectKind: 'sla', count: 1 },
      { ownerName: 'Bob Owner', subjectKind: 'supplier', count: 1 },
    ]);
    expect(t.rag).toBe('red');
    // The same "overdue" as the Reviews inbox shows for everyone.
    expect((await call(app, 'reviews.counts', { personId: null })).overdue).toBe(t.counts.overdue);
  });

  it('says so when no review was due or done', async () => {
    ({ app } = await makeAppWithWorkspace());
    const created = await call(app, 'managementReviews.create', { title: 'Q4 2026', periodFrom: '2026-10-01', periodTo: '2026-12-31' });
    const t = (await call(app, 'managementReviews.content', { id: created.id })).snapshot.inputs.reviewTimeliness;
    expect(t).toMatchObject({ rag: 'none', counts: { done: 0, onTime: 0, late: 0, overdue: 0 }, late: [], overdueByOwner: [] });
  });
});
