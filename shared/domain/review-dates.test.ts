import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, daysInMonth, daysLate, nextReviewDate, previewPolicyChange, reviewState, stateThresholds } from './review-dates';

describe('addMonths', () => {
  it('keeps the day when the month has it', () => {
    expect(addMonths('2026-03-15', 1)).toBe('2026-04-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-10', 1)).toBe('2027-01-10');
    expect(addMonths('2027-01-10', -1)).toBe('2026-12-10');
  });
  it('clamps to the last day of a shorter month instead of spilling into the next', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });
  it('knows leap years: 29 February exists in 2028, not in 2100, and in 2000', () => {
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
  });
});

describe('nextReviewDate', () => {
  it('counts the cadence from the day the review was done', () => {
    expect(nextReviewDate('2026-11-24', 3)).toBe('2027-02-24');
    expect(nextReviewDate('2026-11-24', 12)).toBe('2027-11-24');
  });
  it('counts a late review from its completion, not from the date it was planned', () => {
    // Planned for 1 August (quarterly), done on 20 October: next is 20 January, not 1 November.
    const planned = '2026-08-01';
    const done = '2026-10-20';
    expect(nextReviewDate(done, 3)).toBe('2027-01-20');
    expect(daysLate(planned, done)).toBe(80);
    expect(daysLate(planned, '2026-07-15')).toBe(0);
    expect(daysLate(null, done)).toBe(0);
  });
  it('refuses a zero or fractional cadence', () => {
    expect(() => nextReviewDate('2026-11-24', 0)).toThrow(/at least 1/);
    expect(() => nextReviewDate('2026-11-24', 1.5)).toThrow(/whole number/);
  });
});

describe('reviewState', () => {
  const due = '2026-12-01';
  it('moves scheduled → due soon → overdue → escalated as today moves', () => {
    expect(reviewState(due, '2026-11-01', 14, 14)).toBe('scheduled');
    expect(reviewState(due, '2026-11-17', 14, 14)).toBe('due_soon');
    expect(reviewState(due, '2026-12-01', 14, 14)).toBe('due_soon');
    expect(reviewState(due, '2026-12-02', 14, 14)).toBe('overdue');
    expect(reviewState(due, '2026-12-15', 14, 14)).toBe('overdue');
    expect(reviewState(due, '2026-12-16', 14, 14)).toBe('escalated');
  });
  it('agrees with the SQL thresholds', () => {
    const today = '2026-11-24';
    const t = stateThresholds(today, 14, 14);
    expect(t).toEqual({ overdueBefore: '2026-11-24', escalatedBefore: '2026-11-10', dueSoonUntil: '2026-12-08', thisWeekUntil: '2026-11-30' });
    expect(reviewState('2026-11-09', today, 14, 14)).toBe('escalated');
    expect(reviewState('2026-11-10', today, 14, 14)).toBe('overdue');
    expect(reviewState('2026-12-08', today, 14, 14)).toBe('due_soon');
    expect(reviewState('2026-12-09', today, 14, 14)).toBe('scheduled');
  });
  it('counts days across a year end and a leap day', () => {
    expect(daysBetween('2027-12-31', '2028-03-01')).toBe(61);
  });
});

describe('previewPolicyChange', () => {
  it('moves dates that follow the old policy, keeps dates set by hand and says so', () => {
    const preview = previewPolicyChange([
      { key: 'follows', dueOn: '2027-02-24', lastDoneOn: '2026-11-24', oldCadence: 3, newCadence: 1 },
      { key: 'by-hand', dueOn: '2027-01-05', lastDoneOn: '2026-11-24', oldCadence: 3, newCadence: 1 },
      { key: 'never-reviewed', dueOn: '2027-01-05', lastDoneOn: null, oldCadence: 3, newCadence: 1 },
      { key: 'same', dueOn: '2027-01-05', lastDoneOn: '2026-11-24', oldCadence: 6, newCadence: 6 },
    ]);
    expect(preview.moves).toEqual([{ key: 'follows', from: '2027-02-24', to: '2026-12-24' }]);
    expect(preview.keptSetByHand).toEqual([{ key: 'by-hand', dueOn: '2027-01-05', policyWouldGive: '2026-12-24' }]);
    expect(preview.noBasis).toEqual(['never-reviewed']);
    expect(preview.unchanged).toBe(1);
  });
  it('reads month ends the same way as the rule: 31 Aug + 6 months is 28 Feb', () => {
    const preview = previewPolicyChange([{ key: 1, dueOn: '2027-02-28', lastDoneOn: '2026-08-31', oldCadence: 6, newCadence: 12 }]);
    expect(preview.moves).toEqual([{ key: 1, from: '2027-02-28', to: '2027-08-31' }]);
  });
});
