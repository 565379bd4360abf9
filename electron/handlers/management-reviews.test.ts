import { afterEach, describe, expect, it } from 'vitest';
import type { AppController } from '../app/app-controller';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

let app: AppController;
afterEach(() => app?.shutdown());

/** A workspace on the test clock (2026-11-24) with three people and one risk. */
async function workspace() {
  ({ app } = await makeAppWithWorkspace());
  const chair = await call(app, 'people.create', { name: 'Chair Person', email: null, role: null });
  const preparer = await call(app, 'people.create', { name: 'Preparer Person', email: null, role: null });
  const owner = await call(app, 'people.create', { name: 'Action Owner', email: null, role: null });
  const risk = await call(app, 'risks.create', {
    title: 'Backup failure',
    status: 'assessed',
    inherent: { likelihood: 4, impact: 4 },
    residual: { likelihood: 3, impact: 3 },
    rationale: 'first look',
  });
  return { chair: chair.id, preparer: preparer.id, owner: owner.id, risk: risk.id };
}

const count = (table: string) => app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('management reviews: bad input writes nothing and names the field', () => {
  it('refuses a period ending before it starts, a chair who is not a person, an unknown review and closing with an unowned decision', async () => {
    const people = await workspace();
    const audit = count('audit_log');
    expect(await callError(app, 'managementReviews.create', { title: 'Q4', periodFrom: '2026-10-01', periodTo: '2026-09-30' })).toMatchObject({
      code: 'invalid_input',
      field: 'periodTo',
    });
    expect(await callError(app, 'managementReviews.create', { title: 'Q4', periodFrom: '2026-10-01', periodTo: '2026-12-31', chairId: 999 })).toMatchObject({
      code: 'invalid_input',
      field: 'chairId',
      message: expect.stringContaining('Chair must be a person in the workspace'),
    });
    expect(await callError(app, 'managementReviews.content', { id: 42 })).toMatchObject({
      code: 'not_found',
      message: 'There is no management review with id 42.',
    });
    expect(await callError(app, 'managementReviews.pack', { id: 42, format: 'pdf' })).toMatchObject({ code: 'not_found' });
    expect(count('management_reviews')).toBe(0);
    expect(count('audit_log')).toBe(audit);

    const review = await call(app, 'managementReviews.create', {
      title: 'Q4',
      periodFrom: '2026-10-01',
      periodTo: '2026-12-31',
      chairId: people.chair,
      preparerId: people.preparer,
    });
    await call(app, 'managementReviews.saveDecision', { reviewId: review.id, type: 'resource_need', title: 'Second backup operator' });
    await call(app, 'managementReviews.hold', { id: review.id });
    const before = count('audit_log');
    expect(await callError(app, 'managementReviews.close', { id: review.id, signedOffById: people.chair })).toMatchObject({
      code: 'invalid_input',
      field: 'decisions.0.ownerId',
      message: 'Every decision needs an owner and a due date before closing: “Second backup operator” has no owner.',
    });
    expect(await callError(app, 'managementReviews.update', { id: review.id, periodTo: '2026-12-30' })).toMatchObject({ code: 'conflict' });
    expect(count('audit_log')).toBe(before);
    expect((await call(app, 'managementReviews.get', { id: review.id })).status).toBe('held');
  });
});

describe('management review cycle', () => {
  it('holds a review frozen: later risk changes never change what it showed, and the hash is of its canonical JSON', async () => {
    const people = await workspace();
    const review = await call(app, 'managementReviews.create', {
      title: 'Q4 2026',
      periodFrom: '2026-10-01',
      periodTo: '2026-12-31',
      chairId: people.chair,
      preparerId: people.preparer,
      attendeeIds: [people.owner],
    });
    await call(app, 'managementReviews.start', { id: review.id });
    await call(app, 'managementReviews.setNarrative', { id: review.id, section: 'customerFeedback', text: 'No complaints this quarter.' });
    const live = await call(app, 'managementReviews.content', { id: review.id });
    expect(live.frozen).toBe(false);
    expect(live.snapshot.inputs.risks.counts.open).toBe(1);
    expect(live.snapshot.inputs.risks.counts.created).toBe(1);

    const held = await call(app, 'managementReviews.hold', { id: review.id });
    expect(held.status).toBe('held');
    expect(held.meetingDate).toBe('2026-11-24');
    expect(held.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    const frozen = await call(app, 'managementReviews.content', { id: review.id });

    // The register moves on: the risk is re-assessed into a higher band and another risk is added.
    await call(app, 'risks.assess', { id: people.risk, inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: 5, impact: 5 }, rationale: 'worse' });
    await call(app, 'risks.create', { title: 'Later risk' });
    const after = await call(app, 'managementReviews.content', { id: review.id });
    expect(after.snapshot).toEqual(frozen.snapshot);
    expect(after.snapshot.inputs.risks.counts.open).toBe(1);
    expect(after.snapshotSha256).toBe(held.snapshotSha256);
    expect(after.snapshot.narratives).toEqual({ customerFeedback: 'No complaints this quarter.' });
    // Narratives are part of what was frozen.
    expect(await callError(app, 'managementReviews.setNarrative', { id: review.id, section: 'customerFeedback', text: 'Changed later' })).toMatchObject({
      code: 'conflict',
    });
    const { createHash } = await import('node:crypto');
    const stored = app.db.prepare('SELECT snapshot_json FROM management_reviews WHERE id = ?').pluck().get(review.id) as string;
    expect(createHash('sha256').update(stored).digest('hex')).toBe(held.snapshotSha256);
  });

  it('closes only with every decision owned and dated and the chair’s sign-off; decisions come back as input (a) at the next review', async () => {
    const people = await workspace();
    const q3 = await call(app, 'managementReviews.create', {
      title: 'Q3 2026',
      periodFrom: '2026-07-01',
      periodTo: '2026-09-30',
      chairId: people.chair,
      preparerId: people.preparer,
    });
    const withDecisions = await call(app, 'managementReviews.saveDecision', {
      reviewId: q3.id,
      type: 'action',
      title: 'Test restores monthly',
      ownerId: people.owner,
      dueDate: '2026-11-01',
      inputKey: 'risks',
    });
    await call(app, 'managementReviews.saveDecision', {
      reviewId: q3.id,
      type: 'improvement',
      title: 'Automate the SLA report',
      ownerId: people.owner,
      dueDate: '2027-03-31',
    });
    const decision = withDecisions.decisions[0]!;
    expect(decision.actionId).not.toBeNull();
    // The decision is tracked in the Actions list.
    const actions = await call(app, 'actions.list', {});
    expect(actions.rows.map((a) => a.title)).toEqual(['Test restores monthly', 'Automate the SLA report']);
    await call(app, 'managementReviews.hold', { id: q3.id });

    expect(await callError(app, 'managementReviews.close', { id: q3.id, signedOffById: people.preparer })).toMatchObject({
      code: 'invalid_input',
      field: 'signedOffById',
      message: 'Only the chair (Chair Person) can sign the review off.',
    });
    const closed = await call(app, 'managementReviews.close', { id: q3.id, signedOffById: people.chair });
    expect(closed.status).toBe('closed');
    expect(closed.signedOffBy).toEqual({ id: people.chair, name: 'Chair Person' });
    expect(await callError(app, 'managementReviews.saveDecision', { reviewId: q3.id, type: 'action', title: 'Too late' })).toMatchObject({ code: 'conflict' });

    // One is done, one carried into the next review.
    await call(app, 'actions.update', { id: actions.rows[1]!.id, status: 'done' });
    const q4 = await call(app, 'managementReviews.create', { title: 'Q4 2026', periodFrom: '2026-10-01', periodTo: '2026-12-31', chairId: people.chair });
    const content = await call(app, 'managementReviews.content', { id: q4.id });
    expect(content.snapshot.review.previousReview).toEqual({ id: q3.id, title: 'Q3 2026', periodTo: '2026-09-30' });
    expect(content.snapshot.inputs.previousActions.rows.map((r) => [r.title, r.state, r.daysOverdue])).toEqual([
      ['Test restores monthly', 'overdue', 23],
      ['Automate the SLA report', 'done', 0],
    ]);
    // The previous review's frozen heat map is the "before" picture.
    expect(content.snapshot.inputs.risks.previous).not.toBeNull();
  });

  it('needs a chair other than the preparer when the review says so', async () => {
    const people = await workspace();
    const review = await call(app, 'managementReviews.create', {
      title: 'Q4',
      periodFrom: '2026-10-01',
      periodTo: '2026-12-31',
      chairId: people.chair,
      preparerId: people.chair,
    });
    await call(app, 'managementReviews.hold', { id: review.id });
    expect(await callError(app, 'managementReviews.close', { id: review.id, signedOffById: people.chair })).toMatchObject({
      field: 'signedOffById',
      message: expect.stringContaining('other than the preparer'),
    });
    const relaxed = await call(app, 'managementReviews.create', {
      title: 'Q1',
      periodFrom: '2027-01-01',
      periodTo: '2027-03-31',
      chairId: people.chair,
      preparerId: people.chair,
      independentChair: false,
    });
    await call(app, 'managementReviews.hold', { id: relaxed.id });
    expect((await call(app, 'managementReviews.close', { id: relaxed.id, signedOffById: people.chair })).status).toBe('closed');
  });
});

describe('decisions in the Actions list', () => {
  it('name the management review that decided them, and the list narrows to one review’s decisions or to any review’s', async () => {
    const people = await workspace();
    const q3 = await call(app, 'managementReviews.create', { title: 'Q3 2026', periodFrom: '2026-07-01', periodTo: '2026-09-30' });
    const q2 = await call(app, 'managementReviews.create', { title: 'Q2 2026', periodFrom: '2026-04-01', periodTo: '2026-06-30' });
    await call(app, 'managementReviews.saveDecision', {
      reviewId: q3.id,
      type: 'action',
      title: 'Test restores monthly',
      ownerId: people.owner,
      dueDate: '2026-11-01',
    });
    await call(app, 'managementReviews.saveDecision', { reviewId: q2.id, type: 'improvement', title: 'Earlier decision', dueDate: '2026-12-01' });
    await call(app, 'riskActions.create', { riskId: people.risk, title: 'Treatment, not a decision', dueDate: '2027-01-01' });
    const all = await call(app, 'actions.list', {});
    expect(all.rows.map((a) => [a.title, a.managementReview])).toEqual([
      ['Test restores monthly', { id: q3.id, title: 'Q3 2026' }],
      ['Earlier decision', { id: q2.id, title: 'Q2 2026' }],
      ['Treatment, not a decision', null],
    ]);
    expect((await call(app, 'actions.list', { managementReviewId: q3.id })).rows.map((a) => a.title)).toEqual(['Test restores monthly']);
    expect((await call(app, 'actions.list', { raisedFor: 'management_review' })).total).toBe(2);
    expect((await call(app, 'actions.list', { raisedFor: 'risk' })).rows.map((a) => a.title)).toEqual(['Treatment, not a decision']);
  });
});

describe('the demo workspace', () => {
  it('has last quarter’s review closed with decisions, some done and some carried over, and this quarter’s in preparation', async () => {
    ({ app } = await makeAppWithWorkspace());
    await app.openDemo(true);
    const reviews = await call(app, 'managementReviews.list', {});
    expect(reviews.map((r) => [r.title, r.status, r.periodFrom, r.periodTo, r.decisions])).toEqual([
      ['Q4 2026 management review', 'in_preparation', '2026-10-01', '2026-12-31', 0],
      ['Q3 2026 management review', 'closed', '2026-07-01', '2026-09-30', 5],
    ]);
    const content = await call(app, 'managementReviews.content', { id: reviews[0]!.id });
    expect(content.snapshot.review.previousReview?.title).toBe('Q3 2026 management review');
    expect(content.snapshot.inputs.previousActions.counts).toMatchObject({ total: 5, done: 2 });
    expect(content.snapshot.inputs.risks.previous).not.toBeNull();
    expect(content.snapshot.inputs.changes.rows.length).toBeGreaterThan(0);
    // Last quarter's frozen reviews-on-time input names its late reviews and how late they were.
    const q3 = await call(app, 'managementReviews.content', { id: reviews[1]!.id });
    const timeliness = q3.snapshot.inputs.reviewTimeliness;
    expect(timeliness.counts.late).toBeGreaterThan(0);
    expect(timeliness.counts.onTime + timeliness.counts.late).toBe(timeliness.counts.done);
    expect(timeliness.late[0]).toMatchObject({ subject: expect.stringMatching(/^(SVC|SLA|RSK)-\d+ /), daysLate: expect.any(Number) });
    expect(timeliness.late[0]!.daysLate).toBeGreaterThanOrEqual(timeliness.late[timeliness.late.length - 1]!.daysLate);
  });
});
