import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_POLICY } from '../../shared/domain/review-policy';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

// A supplier's manager reviews it (ISO/IEC 20000-1 8.3.4) and its next review date drives the inbox.
async function setUp() {
  const { app } = await makeAppWithWorkspace();
  const fiona = await call(app, 'people.create', { name: 'Fiona MacLeod' });
  const samira = await call(app, 'people.create', { name: 'Samira Haddad' });
  return { app, fiona, samira };
}

describe('supplier manager and next review date', () => {
  it('stores the manager and the date, and lists the supplier in the manager’s inbox when due', async () => {
    const { app, fiona } = await setUp();
    const supplier = await call(app, 'suppliers.create', { name: 'Halcyon Networks', managerId: fiona.id, nextReviewDate: '2026-12-01' });
    expect(supplier).toMatchObject({ managerId: fiona.id, managerName: 'Fiona MacLeod', nextReviewDate: '2026-12-01' });
    const inbox = await call(app, 'reviews.inbox', { personId: fiona.id });
    expect(inbox.rows).toEqual([
      expect.objectContaining({ kind: 'supplier', subjectId: supplier.id, dueOn: '2026-12-01', reviewerName: 'Fiona MacLeod', state: 'due_soon' }),
    ]);
    const subject = await call(app, 'reviews.subject', { kind: 'supplier', id: supplier.id });
    expect(subject).toMatchObject({ ownerName: 'Fiona MacLeod', dueOn: '2026-12-01' });
  });

  it('lists every supplier with its manager’s name and next review date, for the suppliers list', async () => {
    const { app, fiona } = await setUp();
    await call(app, 'suppliers.create', { name: 'Halcyon Networks', managerId: fiona.id, nextReviewDate: '2026-11-01' });
    await call(app, 'suppliers.create', { name: 'Bluewater', nextReviewDate: '2027-02-01' });
    const list = await call(app, 'suppliers.list', {});
    expect(list.map(({ name, managerName, nextReviewDate }) => ({ name, managerName, nextReviewDate }))).toEqual([
      { name: 'Bluewater', managerName: null, nextReviewDate: '2027-02-01' },
      { name: 'Halcyon Networks', managerName: 'Fiona MacLeod', nextReviewDate: '2026-11-01' },
    ]);
  });

  it('plans a new supplier’s first review one policy cadence from today when the date is left empty', async () => {
    const { app } = await setUp();
    expect((await call(app, 'suppliers.create', { name: 'Bluewater' })).nextReviewDate).toBe('2027-11-24');
    const policy = structuredClone(DEFAULT_REVIEW_POLICY);
    policy.supplier.cadenceMonths = 6;
    await call(app, 'reviewPolicy.update', { policy, moveDates: false });
    expect((await call(app, 'suppliers.create', { name: 'Sentinel', nextReviewDate: '' })).nextReviewDate).toBe('2027-05-24');
    // A date the person gave is kept as given.
    expect((await call(app, 'suppliers.create', { name: 'Clearview', nextReviewDate: '2026-12-24' })).nextReviewDate).toBe('2026-12-24');
  });

  it('refuses a manager who does not exist or a date that is not one, naming the field, and writes nothing', async () => {
    const { app, fiona } = await setUp();
    expect(await callError(app, 'suppliers.create', { name: 'Ghost Ltd', managerId: 999 })).toEqual({
      code: 'not_found',
      field: 'managerId',
      message: 'Manager: there is no person with id 999.',
    });
    expect(await callError(app, 'suppliers.create', { name: 'Ghost Ltd', nextReviewDate: '2026-02-30' })).toMatchObject({
      field: 'nextReviewDate',
      message: expect.stringMatching(/^Next review date: is not a real calendar date/),
    });
    expect(await call(app, 'suppliers.list', {})).toEqual([]);
    const supplier = await call(app, 'suppliers.create', { name: 'Real Ltd', managerId: fiona.id });
    expect(await callError(app, 'suppliers.update', { id: supplier.id, managerId: 999, notes: 'changed' })).toMatchObject({ field: 'managerId' });
    expect((await call(app, 'suppliers.list', {}))[0]).toMatchObject({ managerId: fiona.id, notes: '' });
  });

  it('keeps fields not sent on update, clears the manager with null, and audits with labels and names', async () => {
    const { app, fiona, samira } = await setUp();
    const supplier = await call(app, 'suppliers.create', { name: 'Meridian', managerId: fiona.id, nextReviewDate: '2027-01-15' });
    const renamed = await call(app, 'suppliers.update', { id: supplier.id, contact: 'laura@meridian.example' });
    expect(renamed).toMatchObject({ managerId: fiona.id, nextReviewDate: '2027-01-15' });
    await call(app, 'suppliers.update', { id: supplier.id, managerId: samira.id, nextReviewDate: '2027-03-01' });
    const [update] = (await call(app, 'audit.search', { filter: { entity: 'supplier', entityId: String(supplier.id) }, limit: 1 })).entries;
    expect(update!.changes).toEqual([
      { field: 'managerId', label: 'Manager', before: 'Fiona MacLeod', after: 'Samira Haddad', type: 'text' },
      { field: 'nextReviewDate', label: 'Next review', before: '2027-01-15', after: '2027-03-01', type: 'date' },
    ]);
    const cleared = await call(app, 'suppliers.update', { id: supplier.id, managerId: null });
    expect(cleared).toMatchObject({ managerId: null, managerName: null, nextReviewDate: '2027-03-01' });
  });
});
