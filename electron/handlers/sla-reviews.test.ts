import { describe, expect, it } from 'vitest';
import type { AppController } from '../app/app-controller';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

const count = (app: AppController, sql: string) => app.db.prepare(`SELECT count(*) FROM ${sql}`).pluck().get() as number;

/** An SLA measured June–October 2026, with a review of June already recorded (today is 2026-11-24). */
async function reviewed() {
  const { app } = await makeAppWithWorkspace();
  const owner = await call(app, 'people.create', { name: 'Grace Price' });
  const reviewer = await call(app, 'people.create', { name: 'Alex Morgan' });
  const service = await call(app, 'services.create', { name: 'Service Desk', lifecycle: 'live' });
  const sla = await call(app, 'slas.create', {
    serviceId: service.id,
    customer: 'All staff',
    name: 'Service Desk — All staff',
    status: 'agreed',
    validFrom: '2025-01-01',
    reviewDate: '2026-11-01',
    exceptions: 'Months over the workload limit excuse resolution targets.',
    targets: [
      { kind: 'availability', target: 99.9, warning: 99.95 },
      { kind: 'response', priority: 'P1', timeLimitMinutes: 15, target: 95 },
      { kind: 'workload', label: 'Tickets logged', target: 400, warning: 360 },
    ],
  });
  const [availability, response, workload] = sla.targets.map((t) => t.target.id) as [number, number, number];
  const cells = (targetId: number, values: Record<string, number>, workloads: Record<string, number> = {}) =>
    Object.entries(values).map(([period, value]) => ({ targetId, period, value, workload: workloads[period] ?? null }));
  await call(app, 'measurements.save', {
    slaId: sla.id,
    cells: [
      ...cells(availability, { '2026-06': 99.99, '2026-07': 99.8, '2026-08': 99.85, '2026-09': 99.97, '2026-10': 99.7 }),
      ...cells(response, { '2026-09': 96, '2026-10': 97 }, { '2026-09': 25, '2026-10': 30 }),
      ...cells(workload, { '2026-06': 300, '2026-07': 410, '2026-08': 370, '2026-09': 350, '2026-10': 420 }),
    ],
  });
  await call(app, 'slaReviews.create', {
    slaId: sla.id,
    period: '2026-06',
    reviewedOn: '2026-07-05',
    reviewerId: reviewer.id,
    outcome: 'confirmed',
    nextReviewDate: '2026-11-01',
  });
  return { app, owner, reviewer, service, sla, ids: { availability, response, workload } };
}

describe('SLA review prefill', () => {
  it('covers the months since the last review: target vs actual, workload vs limits, breaches and since when', async () => {
    const { app, sla, ids } = await reviewed();
    const prefill = await call(app, 'slaReviews.prefill', { slaId: sla.id });
    expect(prefill.period).toBe('2026-10');
    expect(prefill.window).toEqual({ from: '2026-07', to: '2026-10' });
    expect(prefill.lastReview).toMatchObject({ period: '2026-06', reviewedOn: '2026-07-05', reviewerName: 'Alex Morgan', outcome: 'confirmed' });
    expect(prefill.sla).toMatchObject({ code: 'SLA-001', exceptions: 'Months over the workload limit excuse resolution targets.', serviceHoursText: '24x7' });
    expect(prefill.targets.map((t) => t.label)).toEqual(['Availability', 'P1 responded to within 15 min']);
    expect(prefill.targets[0]).toEqual({
      targetId: ids.availability,
      label: 'Availability',
      kind: 'availability',
      unit: '%',
      direction: 'higher',
      target: 99.9,
      warning: 99.95,
      actual: 99.7,
      status: 'breached',
      workload: null,
      notes: '',
      measuredMonths: 4,
      met: 1,
      atRisk: 0,
      breached: 3,
      breachedPeriods: ['2026-07', '2026-08', '2026-10'],
      worst: 99.7,
      breach: { since: '2026-10', latest: '2026-10', months: 1 },
    });
    expect(prefill.targets[1]).toMatchObject({ actual: 97, status: 'met', workload: 30, measuredMonths: 2, breach: null });
    expect(prefill.workload).toEqual([
      expect.objectContaining({
        label: 'Tickets logged',
        actual: 420,
        status: 'breached',
        breachedPeriods: ['2026-07', '2026-10'],
        worst: 420,
        atRisk: 1,
        met: 1,
      }),
    ]);
    expect(prefill.breaches).toEqual([
      {
        targetId: ids.availability,
        label: 'Availability',
        breachedPeriods: ['2026-07', '2026-08', '2026-10'],
        since: '2026-10',
        months: 1,
        latestValue: 99.7,
        target: 99.9,
      },
      { targetId: ids.workload, label: 'Tickets logged', breachedPeriods: ['2026-07', '2026-10'], since: '2026-10', months: 1, latestValue: 420, target: 400 },
    ]);
  });

  it('goes back twelve months when there is no earlier review, and reports a run of breaches begun before the window', async () => {
    const { app, sla } = await reviewed();
    const august = await call(app, 'slaReviews.prefill', { slaId: sla.id, period: '2026-08' });
    // The June review is before August, so the window starts in July; the availability run began in July.
    expect(august.window).toEqual({ from: '2026-07', to: '2026-08' });
    expect(august.targets[0]!.breach).toEqual({ since: '2026-07', latest: '2026-08', months: 2 });
    const june = await call(app, 'slaReviews.prefill', { slaId: sla.id, period: '2026-06' });
    expect(june.lastReview).toBeNull();
    expect(june.window).toEqual({ from: '2025-07', to: '2026-06' });
    expect(await callError(app, 'slaReviews.prefill', { slaId: 99 })).toMatchObject({ code: 'not_found' });
  });
});

describe('recording an SLA review', () => {
  it('writes the review, its details and table, the actions, and moves the SLA review date on, in one go', async () => {
    const { app, sla, owner, reviewer, service } = await reviewed();
    const review = await call(app, 'slaReviews.create', {
      slaId: sla.id,
      period: '2026-10',
      reviewedOn: '2026-11-20',
      reviewerId: reviewer.id,
      outcome: 'changed',
      notes: 'Availability missed three months out of four.',
      customerComments: 'Staff noticed the October outage.',
      exceptionsApplied: 'July: workload over the limit.',
      nextReviewDate: '2027-05-20',
      actions: [
        { title: 'Replace the storage controller', ownerId: owner.id, dueDate: '2027-01-31' },
        { title: 'Add a second desk analyst for peaks', dueDate: '2026-12-15', description: 'Temporary cover.' },
      ],
    });
    expect(review).toMatchObject({
      slaCode: 'SLA-001',
      period: '2026-10',
      reviewerName: 'Alex Morgan',
      outcome: 'changed',
      customerComments: 'Staff noticed the October outage.',
      exceptionsApplied: 'July: workload over the limit.',
      nextReviewDate: '2027-05-20',
    });
    expect(review.snapshot!.window).toEqual({ from: '2026-07', to: '2026-10' });
    expect(review.snapshot!.targets[0]).toMatchObject({ label: 'Availability', actual: 99.7, status: 'breached' });
    expect(review.actions.map((a) => `${a.title}|${a.ownerName}|${a.dueDate}|${a.status}|${a.sla?.code}|${a.reviewId === review.id}`)).toEqual([
      'Replace the storage controller|Grace Price|2027-01-31|open|SLA-001|true',
      'Add a second desk analyst for peaks|null|2026-12-15|open|SLA-001|true',
    ]);
    expect((await call(app, 'slas.get', { id: sla.id })).reviewDate).toBe('2027-05-20');
    const reviews = await call(app, 'slaReviews.list', { slaId: sla.id });
    expect(reviews.map((r) => `${r.period}:${r.actions.length}`)).toEqual(['2026-10:2', '2026-06:0']);
    expect((await call(app, 'slas.get', { id: sla.id })).reviews.map((r) => r.period)).toEqual(['2026-10', '2026-06']);
    expect((await call(app, 'actions.list', { serviceId: service.id })).total).toBe(2);
    const audit = await call(app, 'audit.list', { limit: 4 });
    expect(audit.entries.map((e) => `${e.entity}:${e.action}`)).toEqual(['sla:update', 'review:create', 'action:create', 'action:create']);
    expect(audit.entries[0]).toMatchObject({ before: { reviewDate: '2026-11-01' }, after: { reviewDate: '2027-05-20' } });
    // The next review starts after the month just reviewed.
    expect((await call(app, 'slaReviews.prefill', { slaId: sla.id, period: '2026-10' })).lastReview).toMatchObject({ period: '2026-06' });
  });

  it('asks for an improvement action, or a note why none, when targets were breached', async () => {
    const { app, sla, reviewer } = await reviewed();
    const base = {
      slaId: sla.id,
      period: '2026-10',
      reviewedOn: '2026-11-20',
      reviewerId: reviewer.id,
      outcome: 'confirmed' as const,
      nextReviewDate: '2027-05-20',
    };
    expect(await callError(app, 'slaReviews.create', base)).toEqual({
      code: 'invalid_input',
      field: 'actions',
      message:
        'Actions: "Availability", "Tickets logged" were breached in 2026-07 to 2026-10; add an improvement action, or say in the notes why none is needed.',
    });
    const withNote = await call(app, 'slaReviews.create', { ...base, notes: 'Breaches caused by the supplier; tracked under the contract.' });
    expect(withNote.actions).toEqual([]);
  });

  it('refuses bad input at the field and writes nothing', async () => {
    const { app, sla, reviewer } = await reviewed();
    const base = {
      slaId: sla.id,
      period: '2026-10',
      reviewedOn: '2026-11-20',
      reviewerId: reviewer.id,
      outcome: 'confirmed' as const,
      nextReviewDate: '2027-05-20',
      notes: 'ok',
    };
    const before = { reviews: count(app, 'reviews'), details: count(app, 'sla_review_details'), actions: count(app, 'actions') };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ reviewerId: 99 }, 'reviewerId', 'not_found'],
      [{ actions: [{ title: 'X', ownerId: 99, dueDate: '2026-12-01' }] }, 'actions.0.ownerId', 'not_found'],
      [{ actions: [{ title: 'X', dueDate: '2026-11-01' }] }, 'actions.0.dueDate', 'invalid_input'],
      [{ actions: [{ title: ' ', dueDate: '2026-12-01' }] }, 'actions.0.title', 'invalid_input'],
      [{ nextReviewDate: '2026-11-20' }, 'nextReviewDate', 'invalid_input'],
      [{ reviewedOn: '2026-12-01', nextReviewDate: '2027-06-01' }, 'reviewedOn', 'invalid_input'],
      [{ period: '2026-12', reviewedOn: '2026-11-20' }, 'period', 'invalid_input'],
      [{ outcome: 'great' }, 'outcome', 'invalid_input'],
      [{ slaId: 99 }, 'id', 'not_found'],
    ];
    for (const [change, field, code] of cases) {
      expect(await callError(app, 'slaReviews.create', { ...base, ...change }), field).toMatchObject({ code, field });
    }
    expect({ reviews: count(app, 'reviews'), details: count(app, 'sla_review_details'), actions: count(app, 'actions') }).toEqual(before);
    expect((await call(app, 'slas.get', { id: sla.id })).reviewDate).toBe('2026-11-01');
  });
});

describe('actions', () => {
  async function withActions() {
    const made = await reviewed();
    const { app, sla, owner, reviewer } = made;
    await call(app, 'slaReviews.create', {
      slaId: sla.id,
      period: '2026-10',
      reviewedOn: '2026-10-01',
      reviewerId: reviewer.id,
      outcome: 'changed',
      nextReviewDate: '2027-04-01',
      actions: [
        { title: 'Overdue one', ownerId: owner.id, dueDate: '2026-11-01' },
        { title: 'Due later', ownerId: reviewer.id, dueDate: '2027-02-01' },
      ],
    });
    // A risk treatment action, as the risk register writes them.
    app.db.exec(`
      INSERT INTO risks (code, title, created_at, updated_at) VALUES ('RSK-001', 'Storage failure', 'x', 'x');
      INSERT INTO actions (title, owner_id, due_date, status, risk_id, created_at, updated_at) VALUES ('Treat storage risk', ${owner.id}, '2026-10-01', 'in_progress', 1, 'x', 'x');
      INSERT INTO actions (title, due_date, status, risk_id, completed_at, created_at, updated_at) VALUES ('Old one', '2026-01-01', 'done', 1, '2026-01-02T10:00:00.000Z', 'x', 'x');
    `);
    return made;
  }

  it('lists by due date with owner names, links and an overdue flag, filtered', async () => {
    const { app, sla, owner, service } = await withActions();
    const all = await call(app, 'actions.list', {});
    expect(all.total).toBe(4);
    expect(all.rows.map((a) => `${a.title}|${a.ownerName}|${a.overdue}|${a.sla?.code ?? '-'}|${a.risk?.code ?? '-'}`)).toEqual([
      'Old one|null|false|-|RSK-001',
      'Treat storage risk|Grace Price|true|-|RSK-001',
      'Overdue one|Grace Price|true|SLA-001|-',
      'Due later|Alex Morgan|false|SLA-001|-',
    ]);
    const titles = async (input: Record<string, unknown>) => (await call(app, 'actions.list', input)).rows.map((a) => a.title);
    expect(await titles({ overdue: true })).toEqual(['Treat storage risk', 'Overdue one']);
    expect(await titles({ overdue: false })).toEqual(['Old one', 'Due later']);
    expect(await titles({ status: ['done'] })).toEqual(['Old one']);
    expect(await titles({ slaId: sla.id })).toEqual(['Overdue one', 'Due later']);
    expect(await titles({ riskId: 1 })).toEqual(['Old one', 'Treat storage risk']);
    expect(await titles({ serviceId: service.id })).toEqual(['Overdue one', 'Due later']);
    expect(await titles({ raisedFor: 'risk' })).toEqual(['Old one', 'Treat storage risk']);
    expect(await titles({ raisedFor: 'sla' })).toEqual(['Overdue one', 'Due later']);
    expect((await callError(app, 'actions.list', { raisedFor: 'service' })).message).toContain('must be sla, risk or management_review');
    expect(await titles({ ownerId: owner.id, status: ['open', 'in_progress'] })).toEqual(['Treat storage risk', 'Overdue one']);
    const page = await call(app, 'actions.list', { limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 4, rows: [expect.objectContaining({ title: 'Treat storage risk' })] });
    expect(all.rows[0]!.completedOn).toBe('2026-01-02');
  });

  it('counts the overdue actions among all that match, not among the page returned', async () => {
    const { app, sla } = await withActions();
    // One row per page: the page may hold no overdue action, the counts still cover all four.
    expect(await call(app, 'actions.list', { limit: 1 })).toMatchObject({
      total: 4,
      overdue: 2,
      rows: [expect.objectContaining({ title: 'Old one', overdue: false })],
    });
    expect(await call(app, 'actions.list', { slaId: sla.id, limit: 1 })).toMatchObject({ total: 2, overdue: 1 });
    expect(await call(app, 'actions.list', { status: ['done'] })).toMatchObject({ total: 1, overdue: 0 });
  });

  it('updates status, progress and completion, audited; refuses a completion date that does not fit', async () => {
    const { app, sla } = await withActions();
    const [overdue] = (await call(app, 'actions.list', { slaId: sla.id })).rows;
    const progressed = await call(app, 'actions.update', { id: overdue!.id, status: 'in_progress', progressNotes: 'Controller ordered.' });
    expect(progressed).toMatchObject({ status: 'in_progress', progressNotes: 'Controller ordered.', completedOn: null, overdue: true });
    const done = await call(app, 'actions.update', { id: overdue!.id, status: 'done' });
    expect(done).toMatchObject({ status: 'done', completedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), overdue: false });
    const dated = await call(app, 'actions.update', { id: overdue!.id, completedOn: '2026-11-10' });
    expect(dated.completedOn).toBe('2026-11-10');
    expect((await call(app, 'actions.update', { id: overdue!.id, progressNotes: 'Installed.' })).completedOn).toBe('2026-11-10');
    expect(await callError(app, 'actions.update', { id: overdue!.id, completedOn: '2026-12-01' })).toEqual({
      code: 'invalid_input',
      field: 'completedOn',
      message: 'Completed on: is in the future.',
    });
    const reopened = await call(app, 'actions.update', { id: overdue!.id, status: 'open', dueDate: '2027-01-15' });
    expect(reopened).toMatchObject({ status: 'open', completedOn: null, dueDate: '2027-01-15', overdue: false });
    expect(await callError(app, 'actions.update', { id: overdue!.id, completedOn: '2026-11-10' })).toMatchObject({
      field: 'completedOn',
      message: 'Completed on: only a done action has a completion date (this one is open).',
    });
    expect(await callError(app, 'actions.update', { id: overdue!.id, ownerId: 99 })).toMatchObject({ code: 'not_found', field: 'ownerId' });
    expect(await callError(app, 'actions.update', { id: 999, status: 'done' })).toMatchObject({ code: 'not_found' });
    const audit = await call(app, 'audit.list', { entity: 'action', entityId: String(overdue!.id) });
    expect(audit.entries[0]).toMatchObject({
      action: 'update',
      before: { status: 'done', completedAt: '2026-11-10T00:00:00.000Z' },
      after: { status: 'open', completedAt: null },
    });
  });
});
