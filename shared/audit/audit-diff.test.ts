import { describe, expect, it } from 'vitest';
import { auditChanges, auditNote, auditReferences, describeAuditValue, type AuditLookups } from './audit-diff';
import { auditEntityLabel, auditFieldLabel } from './audit-fields';

const lookups: AuditLookups = {
  person: (id) => ({ 2: 'Daniel Kowalski', 3: 'Samira Haddad' })[id],
  service: (id) => ({ 7: 'SVC-007 Email' })[id],
  supplier: (id) => ({ 4: 'Mailco' })[id],
};

describe('describeAuditValue', () => {
  it('names people, services and suppliers, and says which id it could not name', () => {
    expect(describeAuditValue('risk', 'ownerId', 3, lookups)).toBe('Samira Haddad');
    expect(describeAuditValue('risk', 'ownerId', 99, lookups)).toBe('person #99');
    expect(describeAuditValue('sla', 'serviceId', 7, lookups)).toBe('SVC-007 Email');
    expect(describeAuditValue('risk', 'supplierId', 4, lookups)).toBe('Mailco');
  });

  it('labels enum values, tiers, service hours and yes/no; an unknown enum value stays as stored', () => {
    expect(describeAuditValue('risk', 'treatment', 'mitigate', lookups)).toBe('Mitigate');
    expect(describeAuditValue('risk', 'status', 'someday', lookups)).toBe('someday');
    expect(describeAuditValue('service', 'lifecycle', 'retired', lookups)).toBe('Retired');
    expect(describeAuditValue('service', 'criticality', 1, lookups)).toBe('Tier 1');
    expect(describeAuditValue('service', 'serviceHours', { mode: '24x7' }, lookups)).toBe('24x7');
    expect(describeAuditValue('person', 'active', false, lookups)).toBe('No');
    expect(describeAuditValue('review', 'outcome', 'still_valid', lookups)).toBe('Still valid');
  });

  it('reads nested values as one line: an acceptance, targets, linked services, an assessment', () => {
    expect(
      describeAuditValue(
        'risk',
        'acceptance',
        { approverId: 2, approverName: 'Daniel Kowalski', approvedOn: '2026-11-02', expiresOn: '2027-05-01', revokedOn: null },
        lookups,
      ),
    ).toBe('Approved by Daniel Kowalski on 2026-11-02, until 2027-05-01');
    expect(
      describeAuditValue(
        'sla',
        'targets',
        [
          { label: 'Availability', target: 99.9, unit: '%', direction: 'higher' },
          { label: 'P1 fix', target: 4, unit: 'h', direction: 'lower' },
        ],
        lookups,
      ),
    ).toBe('Availability ≥ 99.9 %; P1 fix ≤ 4 h');
    expect(describeAuditValue('contract', 'services', [{ id: 7, code: 'SVC-007', name: 'Email' }], lookups)).toBe('SVC-007 Email');
    expect(describeAuditValue('risk', 'assessment', { id: 5, at: '2026-11-24T09:00:00Z', rationale: 'New firewall' }, lookups)).toBe(
      'Assessed on 2026-11-24: New firewall',
    );
    expect(describeAuditValue('risk', 'services', ['SVC-001', 'SVC-002'], lookups)).toBe('SVC-001, SVC-002');
    expect(describeAuditValue('risk', 'category', '', lookups)).toBeNull();
  });
});

describe('auditChanges', () => {
  it('lists only what an update changed, in form order, leaving out timestamps, notes and derived values', () => {
    const changes = auditChanges(
      'risk',
      'update',
      { status: 'identified', ownerId: 2, nextReviewDate: null, updatedAt: 'a' },
      { status: 'treating', ownerId: 3, nextReviewDate: '2027-01-15', updatedAt: 'b', bulk: true, reason: 'review #4 done' },
      lookups,
    );
    expect(changes.map((change) => [change.label, change.before, change.after, change.type])).toEqual([
      ['Owner', 'Daniel Kowalski', 'Samira Haddad', 'text'],
      ['Status', 'Identified', 'Treating', 'text'],
      ['Next review', null, '2027-01-15', 'date'],
    ]);
  });

  it('lists the fields a record was created with, or had when deleted; unknown fields keep a readable label', () => {
    expect(auditChanges('supplier', 'create', null, { name: 'Mailco', contact: null, favouriteColour: 'blue' }, lookups)).toEqual([
      { field: 'name', label: 'Name', before: null, after: 'Mailco', type: 'text' },
      { field: 'favouriteColour', label: 'Favourite colour', before: null, after: 'blue', type: 'text' },
    ]);
    expect(auditChanges('risk', 'delete', { code: 'RSK-050', title: 'Gone' }, null, lookups).map((change) => change.before)).toEqual(['RSK-050', 'Gone']);
  });

  it('collects the ids a page must look up, and the note a change carries', () => {
    const refs = auditReferences('risk', [
      { ownerId: 2, supplierId: 4 },
      { ownerId: 3, acceptance: { approverId: 9 } },
    ]);
    expect([...refs.person].sort()).toEqual([2, 3, 9]);
    expect([...refs.supplier]).toEqual([4]);
    expect(auditNote({ bulk: true })).toBe('Bulk change');
    expect(auditNote({ nextReviewDate: '2027-01-01', reason: 'review #4 done on 2026-11-24' })).toBe('review #4 done on 2026-11-24');
    expect(auditNote({ status: 'rejected', comment: 'Scores too low' })).toBe('Scores too low');
    expect(auditNote(null)).toBeNull();
  });

  it('names every kind of record the trail holds, and kinds it does not know as stored', () => {
    expect(auditEntityLabel('sla')).toBe('SLA');
    expect(auditEntityLabel('management_review_decision')).toBe('Review decision');
    expect(auditEntityLabel('new_thing')).toBe('new thing');
    expect(auditFieldLabel('review', 'reviewedOn')).toBe('Done on');
    expect(auditFieldLabel('management_review', 'chairId')).toBe('Chair');
  });
});
