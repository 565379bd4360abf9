import { describe, expect, it } from 'vitest';
import { addMonths, breachWithoutAction, initialReviewValues, newActionDraft, toCreateInput, validateReview } from './review-form-values';
import { samplePrefill } from './review-fixtures';

describe('SLA review form values', () => {
  it('starts today, by "I am", with the next review six months on', () => {
    expect(initialReviewValues(4, '2026-11-24')).toMatchObject({
      reviewedOn: '2026-11-24',
      reviewerId: 4,
      outcome: null,
      nextReviewDate: '2027-05-24',
      actions: [],
    });
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('sends the API’s shape: no row keys or breach links', () => {
    const values = initialReviewValues(4, '2026-11-24');
    values.outcome = 'confirmed';
    values.actions = [newActionDraft(values, 'Fix it', 11)];
    expect(toCreateInput(1, '2026-10', values)).toEqual({
      slaId: 1,
      period: '2026-10',
      reviewedOn: '2026-11-24',
      reviewerId: 4,
      outcome: 'confirmed',
      notes: '',
      customerComments: '',
      exceptionsApplied: '',
      nextReviewDate: '2027-05-24',
      actions: [{ title: 'Fix it', description: '', ownerId: 4, dueDate: '2026-12-24' }],
    });
  });

  it('validates with the API schema, naming the field, and asks for an action or a note on breaches', () => {
    const values = initialReviewValues(null, '2026-11-24');
    values.nextReviewDate = '2026-11-01';
    values.actions = [{ ...newActionDraft(values, ' '), dueDate: '2026-11-01' }];
    const errors = validateReview(values, samplePrefill());
    expect(errors.reviewerId).toBe('Reviewer: choose who did the review');
    expect(errors.outcome).toBe('Outcome: choose whether the targets stay or change');
    expect(errors['actions.0.title']).toBe('Title: is required');

    const noted = { ...initialReviewValues(1, '2026-11-24'), outcome: 'confirmed' as const };
    expect(breachWithoutAction(noted, samplePrefill())).toMatch(/^Actions: "Availability", "Tickets logged" were breached/);
    expect(breachWithoutAction({ ...noted, notes: 'Supplier fault, tracked under the contract.' }, samplePrefill())).toBeNull();
    expect(breachWithoutAction(noted, samplePrefill({ breaches: [] }))).toBeNull();
    expect(validateReview({ ...noted, notes: 'ok' }, samplePrefill())).toEqual({});
  });
});
