import { describe, expect, it } from 'vitest';
import { auditFilterSql } from '../repositories/audit/readable-audit';
import { call } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

// A record's History includes its reviews; words find people named inside changed values.
async function setUp() {
  const { app } = await makeAppWithWorkspace();
  const samira = await call(app, 'people.create', { name: 'Samira Haddad', role: 'Risk owner' });
  const daniel = await call(app, 'people.create', { name: 'Daniel Kowalski', role: 'Head of IT' });
  const risk = await call(app, 'risks.create', { code: 'RSK-042', title: 'Mail relay outage', ownerId: daniel.id, nextReviewDate: '2026-12-01' });
  const other = await call(app, 'risks.create', { code: 'RSK-043', title: 'Spam filter fails', ownerId: daniel.id, nextReviewDate: '2026-12-01' });
  return { app, samira, daniel, risk, other };
}

describe('a record’s History includes its reviews', () => {
  it('lists the risk’s review as one readable line beside its own changes, and not another risk’s', async () => {
    const { app, samira, risk, other } = await setUp();
    await call(app, 'reviews.complete', {
      subjectKind: 'risk',
      subjectId: risk.id,
      reviewedOn: '2026-11-24',
      reviewerId: samira.id,
      outcome: 'still_valid',
      nextReviewDate: '2027-03-01',
    });
    await call(app, 'reviews.complete', {
      subjectKind: 'risk',
      subjectId: other.id,
      reviewedOn: '2026-11-24',
      reviewerId: samira.id,
      outcome: 'rescored',
      nextReviewDate: '2027-02-01',
    });
    const history = await call(app, 'audit.search', { filter: { entity: 'risk', entityId: String(risk.id), withReviews: true } });
    expect(history.entries.map((entry) => entry.summary ?? `${entry.entity} ${entry.action}`)).toEqual([
      'risk update', // the next review date the review set, with its reason
      'Review completed: still valid, next 2027-03-01 by Samira Haddad',
      'risk create',
    ]);
    // Without the flag (the audit screen's record filter) only the risk's own entries.
    expect((await call(app, 'audit.search', { filter: { entity: 'risk', entityId: String(risk.id) } })).entries).toHaveLength(2);
  });

  it('shows an acceptance asked for at review and its approval in the risk’s History', async () => {
    const { app, samira, daniel } = await setUp();
    const risk = await call(app, 'risks.create', {
      title: 'Single network link',
      ownerId: samira.id,
      treatment: 'accept',
      treatmentRationale: 'Cheaper to bear',
      inherent: { likelihood: 4, impact: 5 },
      residual: { likelihood: 4, impact: 4 },
      nextReviewDate: '2026-12-01',
    });
    await call(app, 'settings.update', { currentPersonId: samira.id });
    const pending = await call(app, 'reviews.complete', {
      subjectKind: 'risk',
      subjectId: risk.id,
      reviewedOn: '2026-11-24',
      reviewerId: samira.id,
      outcome: 'accepted',
      acceptedUntil: '2027-05-24',
      nextReviewDate: '2027-05-24',
    });
    expect(pending.status).toBe('pending_approval');
    await call(app, 'settings.update', { currentPersonId: daniel.id });
    await call(app, 'reviews.decide', { reviewId: pending.id, decision: 'approved', comment: 'Fine until the new relay' });
    const summaries = (await call(app, 'audit.search', { filter: { entity: 'risk', entityId: String(risk.id), withReviews: true } })).entries
      .map((entry) => entry.summary)
      .filter(Boolean);
    expect(summaries).toEqual([
      'Review approved: Fine until the new relay',
      'Review waiting for approval: accepted until 2027-05-24, next 2027-05-24 by Samira Haddad',
    ]);
  });
});

describe('audit text search finds names inside changed values', () => {
  it('"Samira" finds the owner change from Daniel to Samira made by someone else', async () => {
    const { app, samira, risk } = await setUp();
    const priya = await call(app, 'people.create', { name: 'Priya Shah' });
    await call(app, 'settings.update', { currentPersonId: priya.id });
    await call(app, 'risks.update', { id: risk.id, ownerId: samira.id });
    const found = await call(app, 'audit.search', { filter: { text: 'samira', entity: 'risk' } });
    expect(found.entries.map((entry) => entry.changes.map((change) => `${entry.recordCode} ${change.label}: ${change.before} → ${change.after}`))).toEqual([
      ['RSK-042 Owner: Daniel Kowalski → Samira Haddad'],
    ]);
    // A supplier and a service are found by their names too; a name nobody has finds nothing.
    const supplier = await call(app, 'suppliers.create', { name: 'Mailco Hosting' });
    await call(app, 'risks.update', { id: risk.id, supplierId: supplier.id });
    expect((await call(app, 'audit.search', { filter: { text: 'mailco', entity: 'risk' } })).entries).toHaveLength(1);
    expect((await call(app, 'audit.search', { filter: { text: 'Nobody Atall' } })).entries).toEqual([]);
    // Daniel, no longer the owner, is still found where he was the before value (and as owner at creation).
    expect(
      (await call(app, 'audit.search', { filter: { text: 'Kowalski', entity: 'risk', entityId: String(risk.id) } })).entries.map((entry) => entry.action),
    ).toEqual(['update', 'create']);
  });

  it('finds the same entries with the names looked up first as with sub-queries', async () => {
    const { app, samira, risk } = await setUp();
    await call(app, 'risks.update', { id: risk.id, ownerId: samira.id });
    const ids = (withDb: boolean, text: string) => {
      const { where, params } = auditFilterSql({ text }, withDb ? app.db : undefined);
      return app.db
        .prepare(`SELECT id FROM audit_log ${where} ORDER BY id`)
        .pluck()
        .all(...params);
    };
    for (const text of ['samira', 'a', 'nobody at all']) expect(ids(true, text)).toEqual(ids(false, text));
    expect(ids(true, 'samira')).toHaveLength(2); // Samira's creation and the owner change
  });
});
