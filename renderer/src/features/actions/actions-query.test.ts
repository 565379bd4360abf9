import { describe, expect, it } from 'vitest';
import { filtersFromParams, isFiltered, listInput } from './actions-query';

describe('actions filters in the address', () => {
  it('defaults to actions not done, and reads every filter', () => {
    const none = filtersFromParams(new URLSearchParams(''));
    expect(none).toEqual({
      status: 'active',
      overdue: false,
      ownerId: null,
      slaId: null,
      riskId: null,
      serviceId: null,
      managementReviewId: null,
      raisedFor: null,
    });
    expect(listInput(none)).toEqual({ status: ['open', 'in_progress'] });
    expect(isFiltered(none)).toBe(true);

    const all = filtersFromParams(new URLSearchParams('status=all'));
    expect(listInput(all)).toEqual({});
    expect(isFiltered(all)).toBe(false);

    const narrow = filtersFromParams(new URLSearchParams('status=done&overdue=1&owner=3&sla=2&risk=4&service=5&for=risk&managementReview=6'));
    expect(listInput(narrow)).toEqual({
      status: ['done'],
      overdue: true,
      ownerId: 3,
      slaId: 2,
      riskId: 4,
      serviceId: 5,
      managementReviewId: 6,
      raisedFor: 'risk',
    });
    expect(listInput(filtersFromParams(new URLSearchParams('for=management_review')))).toMatchObject({ raisedFor: 'management_review' });
  });

  it('ignores what it cannot read instead of failing the screen', () => {
    expect(filtersFromParams(new URLSearchParams('status=late&owner=abc&sla=-1&overdue=yes&for=everything&managementReview=x'))).toEqual({
      status: 'active',
      overdue: false,
      ownerId: null,
      slaId: null,
      riskId: null,
      serviceId: null,
      managementReviewId: null,
      raisedFor: null,
    });
  });
});
