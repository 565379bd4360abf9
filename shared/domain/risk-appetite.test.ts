import { describe, expect, it } from 'vitest';
import { appetiteVerdict, type AppetiteInput } from './risk-appetite';

const base: AppetiteInput = { residualScore: 16, exceedsAppetite: true, treatment: 'accept', approval: null, today: '2026-11-24' };
const approval = { approvedScore: 16, approvedOn: '2026-10-01', expiresOn: '2027-03-31' };

describe('appetiteVerdict', () => {
  it('needs no decision for unscored or within-appetite risks', () => {
    expect(appetiteVerdict({ ...base, residualScore: null }).status).toBe('not-scored');
    expect(appetiteVerdict({ ...base, exceedsAppetite: false, treatment: null }).status).toBe('within');
  });

  it('asks for treatment or approval above the appetite', () => {
    expect(appetiteVerdict({ ...base, treatment: null })).toMatchObject({ status: 'untreated' });
    expect(appetiteVerdict({ ...base, treatment: 'mitigate' })).toEqual({
      status: 'treating',
      reason: 'Above the risk appetite; the chosen treatment is to mitigate it.',
    });
    expect(appetiteVerdict(base)).toMatchObject({ status: 'awaiting-approval' });
  });

  it('counts an approval that covers the current score until it expires', () => {
    expect(appetiteVerdict({ ...base, approval })).toEqual({
      status: 'accepted',
      reason: 'Above the risk appetite; acceptance approved on 2026-10-01 until 2027-03-31.',
    });
    expect(appetiteVerdict({ ...base, residualScore: 12, approval }).status).toBe('accepted');
    // The last day still counts.
    expect(appetiteVerdict({ ...base, approval, today: '2027-03-31' }).status).toBe('accepted');
  });

  it('lets an approval lapse on expiry, a higher score or a matrix change, saying which', () => {
    expect(appetiteVerdict({ ...base, approval, today: '2027-04-01' }).reason).toBe(
      'The approved acceptance expired on 2027-03-31. The acceptance needs approval again.',
    );
    expect(appetiteVerdict({ ...base, residualScore: 20, approval }).reason).toBe(
      'The residual score rose to 20 after an acceptance at 16 was approved. The acceptance needs approval again.',
    );
    expect(appetiteVerdict({ ...base, approval: { ...approval, approvedScore: null } })).toMatchObject({ status: 'awaiting-approval' });
  });
});
