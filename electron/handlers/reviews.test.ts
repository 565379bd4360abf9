import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_POLICY } from '../../shared/domain/review-policy';
import { parseIcs } from '../../shared/domain/ics';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

/** A workspace on a clock the test can move, with a reviewer, a head of IT and a risk owned by the reviewer. */
async function setUp() {
  let now = new Date('2026-11-24T09:00:00Z');
  const made = await makeAppWithWorkspace({ now: () => now });
  const { app } = made;
  const sam = await call(app, 'people.create', { name: 'Samira Haddad', role: 'Risk owner' });
  const head = await call(app, 'people.create', { name: 'Daniel Kowalski', role: 'Head of IT' });
  const risk = await call(app, 'risks.create', {
    title: 'Legacy payroll server out of support',
    ownerId: sam.id,
    treatment: 'accept',
    treatmentRationale: 'Replacement funded',
    inherent: { likelihood: 4, impact: 5 },
    residual: { likelihood: 4, impact: 4 },
    nextReviewDate: '2026-12-01',
  });
  const setNow = (iso: string) => {
    now = new Date(iso);
  };
  const iAm = (id: number | null) => call(app, 'settings.update', { currentPersonId: id });
  return { ...made, sam, head, risk, setNow, iAm };
}

describe('review policy', () => {
  it('starts with the defaults and refuses a zero cadence naming the field, writing nothing', async () => {
    const { app } = await setUp();
    const info = await call(app, 'reviewPolicy.get', {});
    expect(info.policy).toEqual(DEFAULT_REVIEW_POLICY);
    expect(info.bands).toEqual(['Low', 'Medium', 'High', 'Critical']);
    const policy = structuredClone(DEFAULT_REVIEW_POLICY);
    policy.risk.cadenceByBand.High = 0;
    const error = await callError(app, 'reviewPolicy.update', { policy });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'policy.risk.cadenceByBand.High' });
    expect(error.message).toContain('High band');
    expect((await call(app, 'reviewPolicy.get', {})).updatedAt).toBeNull();
  });

  it('previews a cadence change: policy dates move, dates set by hand are kept and listed', async () => {
    const { app, sam, risk } = await setUp();
    const other = await call(app, 'risks.create', {
      title: 'Second',
      ownerId: sam.id,
      residual: { likelihood: 4, impact: 4 },
      inherent: { likelihood: 4, impact: 4 },
    });
    // Both reviewed today; the first takes the policy's date (High: 3 months), the second a date picked by hand.
    await call(app, 'reviews.complete', {
      subjectKind: 'risk',
      subjectId: risk.id,
      reviewedOn: '2026-11-24',
      reviewerId: sam.id,
      outcome: 'still_valid',
      nextReviewDate: '2027-02-24',
    });
    await call(app, 'reviews.complete', {
      subjectKind: 'risk',
      subjectId: other.id,
      reviewedOn: '2026-11-24',
      reviewerId: sam.id,
      outcome: 'still_valid',
      nextReviewDate: '2027-01-10',
    });
    const policy = structuredClone(DEFAULT_REVIEW_POLICY);
    policy.risk.cadenceByBand.High = 1;
    const preview = await call(app, 'reviewPolicy.preview', { policy });
    expect(preview.moves).toEqual([expect.objectContaining({ id: risk.id, from: '2027-02-24', to: '2026-12-24' })]);
    expect(preview.keptSetByHand).toEqual([expect.objectContaining({ id: other.id, from: '2027-01-10', to: '2026-12-24' })]);
    await call(app, 'reviewPolicy.update', { policy, moveDates: true });
    expect((await call(app, 'risks.get', { id: risk.id })).nextReviewDate).toBe('2026-12-24');
    expect((await call(app, 'risks.get', { id: other.id })).nextReviewDate).toBe('2027-01-10');
  });
});

describe('review records', () => {
  it('records a review with a snapshot, the planned date, and the chosen next date on the subject', async () => {
    const { app, sam, risk } = await setUp();
    const subject = await call(app, 'reviews.subject', { kind: 'risk', id: risk.id });
    expect(subject).toMatchObject({ dueOn: '2026-12-01', state: 'due_soon', cadenceMonths: 3, proposedNext: '2027-02-24', ownerName: 'Samira Haddad' });
    const record = await call(app, 'reviews.complete', {
      subjectKind: 'risk',
      subjectId: risk.id,
      reviewedOn: '2026-11-24',
      reviewerId: sam.id,
      outcome: 'still_valid',
      notes: 'Controls unchanged',
      nextReviewDate: '2027-02-15',
    });
    expect(record).toMatchObject({
      status: 'done',
      plannedOn: '2026-12-01',
      reviewedOn: '2026-11-24',
      reviewerName: 'Samira Haddad',
      nextReviewDate: '2027-02-15',
      subjectCode: risk.code,
    });
    expect(record.snapshot).toMatchObject({ Residual: '4×4 = 16 (High)', 'Residual band': 'High', 'Above appetite': 'yes' });
    expect((await call(app, 'risks.get', { id: risk.id })).nextReviewDate).toBe('2027-02-15');
    const audit = await call(app, 'audit.list', { entity: 'review' });
    expect(audit.entries[0]?.after).toMatchObject({ outcome: 'still_valid', nextReviewDate: '2027-02-15', plannedOn: '2026-12-01' });
  });

  it('refuses bad input naming the field and writes nothing', async () => {
    const { app, sam, risk } = await setUp();
    const base = {
      subjectKind: 'risk',
      subjectId: risk.id,
      reviewedOn: '2026-11-24',
      reviewerId: sam.id,
      outcome: 'still_valid',
      nextReviewDate: '2027-02-24',
    } as const;
    expect(await callError(app, 'reviews.complete', { ...base, reviewedOn: '2026-11-25' })).toMatchObject({
      field: 'reviewedOn',
      message: expect.stringContaining('in the future'),
    });
    expect(await callError(app, 'reviews.complete', { ...base, nextReviewDate: '2026-11-20' })).toMatchObject({ field: 'nextReviewDate' });
    expect(await callError(app, 'reviews.complete', { ...base, outcome: 'targets_met' })).toMatchObject({ field: 'outcome' });
    expect(await callError(app, 'reviews.complete', { ...base, outcome: 'accepted' })).toMatchObject({
      field: 'acceptedUntil',
      message: expect.stringContaining('always has an expiry'),
    });
    expect(await callError(app, 'reviews.complete', { ...base, outcome: 'accepted', acceptedUntil: '2028-01-01' })).toMatchObject({
      field: 'acceptedUntil',
      message: expect.stringContaining('12 months'),
    });
    expect(await call(app, 'reviews.list', { subjectKind: 'risk', subjectId: risk.id })).toEqual([]);
    expect((await call(app, 'risks.get', { id: risk.id })).nextReviewDate).toBe('2026-12-01');
  });

  it('keeps SLA reviews recorded through the SLA review screen as SLA-kind records', async () => {
    const { app, sam } = await setUp();
    const service = await call(app, 'services.create', { code: 'SVC-001', name: 'Email', ownerId: sam.id });
    const sla = await call(app, 'slas.create', { serviceId: service.id, customer: 'Wards', name: 'Email SLA', targets: [] });
    await call(app, 'slaReviews.create', {
      slaId: sla.id,
      period: '2026-10',
      reviewedOn: '2026-11-20',
      reviewerId: sam.id,
      outcome: 'confirmed',
      nextReviewDate: '2027-11-20',
    });
    const records = await call(app, 'reviews.list', { subjectKind: 'sla', subjectId: sla.id });
    expect(records).toEqual([
      expect.objectContaining({ subjectKind: 'sla', outcome: 'confirmed', status: 'done', reviewerName: 'Samira Haddad', nextReviewDate: '2027-11-20' }),
    ]);
  });
});

describe('bulk completion', () => {
  it('completes several low-band reviews with one outcome, each its own record with its policy date, and refuses outcomes needing approval', async () => {
    const { app, sam, risk } = await setUp();
    const low = await Promise.all(
      [1, 2].map((n) =>
        call(app, 'risks.create', {
          title: `Low risk ${n}`,
          ownerId: sam.id,
          inherent: { likelihood: 1, impact: 2 },
          residual: { likelihood: 1, impact: 2 },
          nextReviewDate: '2026-11-30',
        }),
      ),
    );
    const subjects = low.map((r) => ({ kind: 'risk' as const, id: r.id }));
    const refused = await callError(app, 'reviews.completeMany', {
      subjects: [...subjects, { kind: 'risk', id: risk.id }],
      reviewedOn: '2026-11-24',
      outcome: 'accepted',
    });
    expect(refused).toMatchObject({ field: 'outcome' });
    const { records } = await call(app, 'reviews.completeMany', { subjects, reviewedOn: '2026-11-24', outcome: 'still_valid', notes: 'Quarterly sweep' });
    expect(records.map((r) => [r.subjectId, r.nextReviewDate, r.reviewerName, r.notes])).toEqual(
      low.map((r) => [r.id, '2027-11-24', 'Samira Haddad', 'Quarterly sweep']),
    );
  });
});

describe('inbox and states', () => {
  it('shows items becoming due soon, overdue and escalated as the app clock moves, and counts them in one query', async () => {
    const { app, sam, setNow } = await setUp();
    const inboxOf = async () => (await call(app, 'reviews.inbox', { personId: sam.id })).rows.map((row) => row.state);
    expect(await inboxOf()).toEqual(['due_soon']);
    expect(await call(app, 'reviews.counts', { personId: sam.id })).toEqual({ overdue: 0, escalated: 0, dueThisWeek: 0, dueSoon: 1, awaitingApproval: 0 });
    setNow('2026-12-05T09:00:00Z');
    expect(await inboxOf()).toEqual(['overdue']);
    expect(await call(app, 'reviews.counts', { personId: sam.id })).toMatchObject({ overdue: 1, escalated: 0, dueThisWeek: 0 });
    setNow('2026-12-20T09:00:00Z');
    expect(await inboxOf()).toEqual(['escalated']);
    expect(await call(app, 'reviews.counts', { personId: null })).toMatchObject({ overdue: 1, escalated: 1 });
    expect((await call(app, 'reviews.inbox', { personId: null, band: 'Low' })).total).toBe(0);
    expect((await call(app, 'reviews.inbox', { personId: null, band: 'high', kinds: ['risk'] })).total).toBe(1);
    expect(await callError(app, 'reviews.inbox', { personId: null, band: 'Purple' })).toMatchObject({ field: 'band' });
  });

  it('brings an escalated review to the inbox of whoever may approve its kind, not before it escalates', async () => {
    const { app, head, risk, setNow } = await setUp();
    expect(DEFAULT_REVIEW_POLICY.risk.approver.role).toBe('Head of IT');
    const inboxOfHead = async () => (await call(app, 'reviews.inbox', { personId: head.id })).rows.map((row) => [row.code, row.state, row.reviewerName]);
    setNow('2026-12-05T09:00:00Z'); // overdue: still only the reviewer's
    expect(await inboxOfHead()).toEqual([]);
    expect(await call(app, 'reviews.counts', { personId: head.id })).toMatchObject({ overdue: 0, escalated: 0 });
    setNow('2026-12-20T09:00:00Z'); // escalated: the head of IT sees it too, under the reviewer's name
    expect(await inboxOfHead()).toEqual([[risk.code, 'escalated', 'Samira Haddad']]);
    expect(await call(app, 'reviews.counts', { personId: head.id })).toMatchObject({ overdue: 1, escalated: 1 });
    // Everyone's view lists it once.
    expect((await call(app, 'reviews.inbox', { personId: null })).total).toBe(1);
    expect((await call(app, 'reviews.inbox', { personId: head.id, kinds: ['sla'] })).total).toBe(0);
  });
});

describe('approvals with separation of duties', () => {
  it('sends an acceptance to the approver, refuses self-approval, and records the decision with the risk state', async () => {
    const { app, sam, head, risk, iAm } = await setUp();
    await iAm(sam.id);
    const requested = await call(app, 'reviews.complete', {
      subjectKind: 'risk',
      subjectId: risk.id,
      reviewedOn: '2026-11-24',
      reviewerId: sam.id,
      outcome: 'accepted',
      acceptedUntil: '2027-05-31',
      notes: 'Accept until the replacement goes live',
      nextReviewDate: '2027-02-24',
    });
    expect(requested).toMatchObject({ status: 'pending_approval', requestedByName: 'Samira Haddad' });
    expect(await call(app, 'reviews.approvals', { personId: sam.id })).toEqual([]);
    expect((await call(app, 'reviews.approvals', { personId: head.id })).map((r) => r.id)).toEqual([requested.id]);
    expect(await call(app, 'reviews.counts', { personId: head.id })).toMatchObject({ awaitingApproval: 1 });

    // Sam cannot approve her own request, even after being given the approver role.
    await call(app, 'people.update', { id: sam.id, role: 'Head of IT' });
    const self = await callError(app, 'reviews.decide', { reviewId: requested.id, decision: 'approved' });
    expect(self).toMatchObject({ code: 'invalid_input', field: 'approver', message: expect.stringContaining('separation of duties') });
    expect((await call(app, 'reviews.list', { subjectKind: 'risk', subjectId: risk.id }))[0]).toMatchObject({ status: 'pending_approval', decisions: [] });

    await iAm(head.id);
    const approved = await call(app, 'reviews.decide', { reviewId: requested.id, decision: 'approved', comment: 'Agreed for six months' });
    expect(approved).toMatchObject({ status: 'approved', approverName: 'Daniel Kowalski' });
    expect(approved.decisions).toEqual([
      expect.objectContaining({
        decision: 'approved',
        decidedByName: 'Daniel Kowalski',
        decidedAt: '2026-11-24T09:00:00.000Z',
        comment: 'Agreed for six months',
      }),
    ]);
    expect(approved.decisions[0]!.subjectState).toMatchObject({ Residual: '4×4 = 16 (High)' });
    // The existing acceptance approvals now hold it, with the expiry from the review.
    expect((await call(app, 'risks.appetite', { riskId: risk.id })).current).toMatchObject({ approverName: 'Daniel Kowalski', expiresOn: '2027-05-31' });
  });

  it('refuses an approver outside the policy rule, and a rejection re-opens the review', async () => {
    const { app, sam, head, risk, iAm } = await setUp();
    const outsider = await call(app, 'people.create', { name: 'Olu Outsider' });
    await iAm(sam.id);
    const requested = await call(app, 'reviews.complete', {
      subjectKind: 'risk',
      subjectId: risk.id,
      reviewedOn: '2026-11-24',
      reviewerId: sam.id,
      outcome: 'accepted',
      acceptedUntil: '2027-03-01',
      nextReviewDate: '2027-02-24',
    });
    await iAm(outsider.id);
    expect(await callError(app, 'reviews.decide', { reviewId: requested.id, decision: 'approved' })).toMatchObject({
      field: 'approver',
      message: expect.stringContaining('Head of IT'),
    });
    await iAm(head.id);
    expect(await callError(app, 'reviews.decide', { reviewId: requested.id, decision: 'rejected' })).toMatchObject({ field: 'comment' });
    await call(app, 'reviews.decide', { reviewId: requested.id, decision: 'rejected', comment: 'Treat it instead' });
    expect((await call(app, 'risks.get', { id: risk.id })).nextReviewDate).toBe('2026-11-24');
  });
});

describe('time-driven changes', () => {
  it('re-opens a review when an acceptance expires, once, with an audit entry', async () => {
    const { app, head, risk, setNow } = await setUp();
    await call(app, 'risks.approveAcceptance', { riskId: risk.id, approverId: head.id, expiresOn: '2027-01-31', rationale: 'Until replacement' });
    await call(app, 'risks.update', { id: risk.id, nextReviewDate: '2027-06-01' });
    expect((await call(app, 'reviews.evaluate', {})).reopened).toEqual([]);
    setNow('2027-02-01T08:00:00Z');
    expect((await call(app, 'reviews.evaluate', {})).reopened).toEqual([{ riskId: risk.id, code: risk.code, expiredOn: '2027-01-31' }]);
    expect((await call(app, 'risks.get', { id: risk.id })).nextReviewDate).toBe('2027-01-31');
    expect((await call(app, 'reviews.evaluate', {})).reopened).toEqual([]);
    const audit = await call(app, 'audit.list', { entity: 'risk', entityId: String(risk.id) });
    expect(audit.entries[0]?.after).toMatchObject({ reason: 'acceptance expired: review re-opened', nextReviewDate: '2027-01-31' });
  });
});

describe('calendar', () => {
  it('exports a person’s due reviews as .ics events that parse back', async () => {
    const { app, sam, risk } = await setUp();
    const ics = await call(app, 'reviews.ics', { personId: sam.id });
    expect(ics).toMatchObject({ fileName: 'reviews-samira-haddad.ics', events: 1 });
    expect(parseIcs(ics.text)).toEqual([
      expect.objectContaining({ DTSTART: '20261201', SUMMARY: `Review risk ${risk.code} Legacy payroll server out of support` }),
    ]);
  });
});
