import { describe, expect, it } from 'vitest';
import { reviewAuditSummary } from './review-audit-summary';

const people = { person: (id: number) => (id === 7 ? 'Samira Haddad' : undefined) };

describe('a review’s audit entry as one sentence', () => {
  it('reads a completed review with its outcome, next date and reviewer', () => {
    const after = { subject: 'risk RSK-001', status: 'done', reviewerId: 7, outcome: 'still_valid', nextReviewDate: '2027-03-01' };
    expect(reviewAuditSummary('review', 'create', null, after, people)).toBe('Review completed: still valid, next 2027-03-01 by Samira Haddad');
  });

  it('reads an acceptance waiting for approval with its expiry, and a reviewer no longer known by id', () => {
    const after = { status: 'pending_approval', reviewerId: 9, outcome: 'accepted', acceptedUntil: '2027-06-30', nextReviewDate: '2027-06-30' };
    expect(reviewAuditSummary('review', 'create', null, after, people)).toBe(
      'Review waiting for approval: accepted until 2027-06-30, next 2027-06-30 by person #9',
    );
  });

  it('reads decisions with their comment, and ignores entries of other kinds', () => {
    expect(reviewAuditSummary('review', 'update', { status: 'pending_approval' }, { status: 'approved', comment: 'Fine for a year' }, people)).toBe(
      'Review approved: Fine for a year',
    );
    expect(reviewAuditSummary('review', 'update', { status: 'pending_approval' }, { status: 'rejected', comment: '' }, people)).toBe('Review rejected');
    expect(reviewAuditSummary('risk', 'create', null, { outcome: 'still_valid' }, people)).toBeNull();
  });
});
