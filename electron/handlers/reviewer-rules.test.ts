import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_POLICY, type ReviewPolicy } from '../../shared/domain/review-policy';
import { parseIcs } from '../../shared/domain/ics';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

// Reviewer rules: per kind, the owner (default), a named person, or anyone with a role.
async function setUp() {
  const { app } = await makeAppWithWorkspace();
  const sam = await call(app, 'people.create', { name: 'Samira Haddad', role: 'Risk owner' });
  const dan = await call(app, 'people.create', { name: 'Daniel Kowalski', role: 'Head of IT' });
  const grace = await call(app, 'people.create', { name: 'Grace Okafor', role: 'head of it ' });
  const risk = await call(app, 'risks.create', { title: 'Legacy payroll server', ownerId: sam.id, nextReviewDate: '2026-11-20' });
  const other = await call(app, 'risks.create', { title: 'Unowned spreadsheet', nextReviewDate: '2026-12-01' });
  const withReviewer = (reviewer: ReviewPolicy['risk']['reviewer']): ReviewPolicy => {
    const policy = structuredClone(DEFAULT_REVIEW_POLICY);
    policy.risk.reviewer = reviewer;
    return policy;
  };
  const inboxOf = async (personId: number) => (await call(app, 'reviews.inbox', { personId })).rows.map((row) => `${row.code} ${row.reviewerName ?? '—'}`);
  return { app, sam, dan, grace, risk, other, withReviewer, inboxOf };
}

describe('reviewer rules in the review policy', () => {
  it('by default gives each owner their own reviews', async () => {
    const { sam, dan, risk, inboxOf } = await setUp();
    expect(await inboxOf(sam.id)).toEqual([`${risk.code} Samira Haddad`]);
    expect(await inboxOf(dan.id)).toEqual([]);
  });

  it('a named person reviews every risk: their inbox, counts and calendar have them, the owners’ no longer', async () => {
    const { app, sam, dan, risk, other, withReviewer, inboxOf } = await setUp();
    await call(app, 'reviewPolicy.update', { policy: withReviewer({ by: 'person', personId: dan.id, role: null }), moveDates: false });
    expect(await inboxOf(dan.id)).toEqual([`${risk.code} Daniel Kowalski`, `${other.code} Daniel Kowalski`]);
    expect(await inboxOf(sam.id)).toEqual([]);
    expect(await call(app, 'reviews.counts', { personId: dan.id })).toMatchObject({ overdue: 1, dueSoon: 1 });
    expect(await call(app, 'reviews.counts', { personId: sam.id })).toMatchObject({ overdue: 0, dueSoon: 0 });
    const ics = parseIcs((await call(app, 'reviews.ics', { personId: dan.id })).text);
    expect(ics.map((event) => event.DTSTART)).toEqual(['20261120', '20261201']);
    expect(parseIcs((await call(app, 'reviews.ics', { personId: sam.id })).text)).toEqual([]);
    // Everyone's view names the reviewer too.
    expect((await call(app, 'reviews.inbox', { personId: null })).rows.map((row) => row.reviewerName)).toEqual(['Daniel Kowalski', 'Daniel Kowalski']);
  });

  it('anyone with a role reviews: the role matches like an approver’s (case and spaces aside)', async () => {
    const { app, sam, dan, grace, risk, other, withReviewer, inboxOf } = await setUp();
    await call(app, 'reviewPolicy.update', { policy: withReviewer({ by: 'role', personId: null, role: 'Head of IT' }), moveDates: false });
    const expected = [`${risk.code} anyone with the role Head of IT`, `${other.code} anyone with the role Head of IT`];
    expect(await inboxOf(dan.id)).toEqual(expected);
    expect(await inboxOf(grace.id)).toEqual(expected);
    expect(await inboxOf(sam.id)).toEqual([]);
  });

  it('a reviewer who also approves sees an escalated review once', async () => {
    const { app, dan, risk, withReviewer, inboxOf } = await setUp();
    await call(app, 'risks.update', { id: risk.id, nextReviewDate: '2026-10-01' });
    await call(app, 'reviewPolicy.update', { policy: withReviewer({ by: 'role', personId: null, role: 'Head of IT' }), moveDates: false });
    expect((await inboxOf(dan.id)).filter((line) => line.startsWith(risk.code))).toHaveLength(1);
    expect(await call(app, 'reviews.counts', { personId: dan.id })).toMatchObject({ overdue: 1, escalated: 1 });
  });

  it('bulk completion records the reviewer the rule names, not the owner', async () => {
    const { app, sam, dan, risk, other, withReviewer } = await setUp();
    // By default the owner reviews; a risk without an owner has nobody to record.
    expect(
      await callError(app, 'reviews.completeMany', { subjects: [{ kind: 'risk', id: other.id }], reviewedOn: '2026-11-24', outcome: 'still_valid' }),
    ).toMatchObject({
      field: 'subjects.0.id',
    });
    const [byOwner] = (await call(app, 'reviews.completeMany', { subjects: [{ kind: 'risk', id: risk.id }], reviewedOn: '2026-11-24', outcome: 'still_valid' }))
      .records;
    expect(byOwner!.reviewerName).toBe(sam.name);

    await call(app, 'reviewPolicy.update', { policy: withReviewer({ by: 'person', personId: dan.id, role: null }), moveDates: false });
    const { records } = await call(app, 'reviews.completeMany', {
      subjects: [
        { kind: 'risk', id: risk.id },
        { kind: 'risk', id: other.id },
      ],
      reviewedOn: '2026-11-24',
      outcome: 'still_valid',
    });
    expect(records.map((record) => record.reviewerName)).toEqual([dan.name, dan.name]);
  });

  it('previews who reviews before and after the change', async () => {
    const { app, dan, withReviewer } = await setUp();
    const preview = await call(app, 'reviewPolicy.preview', { policy: withReviewer({ by: 'person', personId: dan.id, role: null }) });
    expect(preview.reviewerChanges).toEqual([{ kind: 'risk', from: 'each risk’s owner', to: 'Daniel Kowalski', openSubjects: 2 }]);
    expect((await call(app, 'reviewPolicy.preview', { policy: structuredClone(DEFAULT_REVIEW_POLICY) })).reviewerChanges).toEqual([]);
  });

  it('refuses a named person who does not exist, a missing person and an empty role, naming the field and writing nothing', async () => {
    const { app, withReviewer } = await setUp();
    expect(await callError(app, 'reviewPolicy.update', { policy: withReviewer({ by: 'person', personId: 999, role: null }) })).toEqual({
      code: 'not_found',
      field: 'policy.risk.reviewer',
      message: 'Risk reviews, reviewer: there is no person with id 999.',
    });
    expect(await callError(app, 'reviewPolicy.update', { policy: withReviewer({ by: 'person', personId: null, role: null }) })).toMatchObject({
      code: 'invalid_input',
      field: 'policy.risk.reviewer',
      message: 'Risk reviews, reviewer: choose the person who reviews them.',
    });
    expect(await callError(app, 'reviewPolicy.preview', { policy: withReviewer({ by: 'role', personId: null, role: '   ' }) })).toMatchObject({
      field: 'policy.risk.reviewer',
      message: expect.stringContaining('the role is empty'),
    });
    const approver = structuredClone(DEFAULT_REVIEW_POLICY);
    approver.sla.approver = { personId: 998, role: null };
    expect(await callError(app, 'reviewPolicy.update', { policy: approver })).toMatchObject({
      field: 'policy.sla.approver',
      message: 'SLA reviews, approver: there is no person with id 998.',
    });
    expect((await call(app, 'reviewPolicy.get', {})).updatedAt).toBeNull();
  });

  it('reads a policy saved before reviewer rules as "the owner reviews"', async () => {
    const { app, sam, risk, inboxOf } = await setUp();
    const old = structuredClone(DEFAULT_REVIEW_POLICY) as unknown as Record<string, Record<string, unknown>>;
    for (const kind of ['risk', 'sla', 'service', 'supplier']) delete old[kind]!.reviewer;
    app.db
      .prepare("INSERT INTO review_policy (id, policy_json, updated_at, updated_by) VALUES (1, ?, '2026-01-01T00:00:00Z', 'old version')")
      .run(JSON.stringify(old));
    expect((await call(app, 'reviewPolicy.get', {})).policy.risk.reviewer).toEqual({ by: 'owner', personId: null, role: null });
    expect(await inboxOf(sam.id)).toEqual([`${risk.code} Samira Haddad`]);
    // An older client that sends no reviewer keeps the owner rule.
    const info = await call(app, 'reviewPolicy.update', { policy: old as never, moveDates: false });
    expect(info.policy.supplier.reviewer.by).toBe('owner');
  });

  it('the review form suggests the person the rule names: the owner, the named person, or a role holder (me first)', async () => {
    const { app, sam, dan, grace, risk, other, withReviewer } = await setUp();
    const suggestion = async (id: number) => {
      const subject = await call(app, 'reviews.subject', { kind: 'risk', id });
      return { owner: subject.ownerName, reviewer: subject.reviewerName, reviewerId: subject.reviewerId, rule: subject.reviewerRule };
    };
    expect(await suggestion(risk.id)).toEqual({ owner: 'Samira Haddad', reviewer: 'Samira Haddad', reviewerId: sam.id, rule: 'each risk’s owner' });
    // The owner rule on a risk without an owner finds nobody.
    expect(await suggestion(other.id)).toMatchObject({ owner: null, reviewer: null, reviewerId: null });

    await call(app, 'reviewPolicy.update', { policy: withReviewer({ by: 'person', personId: dan.id, role: null }), moveDates: false });
    expect(await suggestion(risk.id)).toEqual({ owner: 'Samira Haddad', reviewer: 'Daniel Kowalski', reviewerId: dan.id, rule: 'Daniel Kowalski' });

    await call(app, 'reviewPolicy.update', { policy: withReviewer({ by: 'role', personId: null, role: 'Head of IT' }), moveDates: false });
    // Nobody is "me" yet: the first active holder by name (Daniel before Grace).
    expect(await suggestion(other.id)).toMatchObject({ reviewer: 'Daniel Kowalski', rule: 'anyone with the role Head of IT' });
    // I hold the role ("head of it " matches, case and spaces aside): I am suggested.
    await call(app, 'settings.update', { currentPersonId: grace.id });
    expect(await suggestion(risk.id)).toMatchObject({ owner: 'Samira Haddad', reviewer: 'Grace Okafor', reviewerId: grace.id });
    // I do not hold it: the first active holder; an inactive holder is skipped.
    await call(app, 'settings.update', { currentPersonId: sam.id });
    expect(await suggestion(risk.id)).toMatchObject({ reviewer: 'Daniel Kowalski' });
    await call(app, 'people.update', { id: dan.id, active: false });
    expect(await suggestion(risk.id)).toMatchObject({ reviewer: 'Grace Okafor' });
    await call(app, 'people.update', { id: grace.id, active: false });
    expect(await suggestion(risk.id)).toMatchObject({ reviewer: null, reviewerId: null });
  });

  it('suggests a supplier’s manager under the owner rule', async () => {
    const { app, dan } = await setUp();
    const supplier = await call(app, 'suppliers.create', { name: 'Halcyon Networks', managerId: dan.id, nextReviewDate: '2026-12-01' });
    expect(await call(app, 'reviews.subject', { kind: 'supplier', id: supplier.id })).toMatchObject({
      ownerName: 'Daniel Kowalski',
      reviewerName: 'Daniel Kowalski',
      reviewerRule: 'each supplier’s manager',
    });
  });
});
