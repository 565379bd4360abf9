import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewRecord, ReviewSubject } from '../../../../shared/api/reviews-api';
import { DEFAULT_REVIEW_POLICY } from '../../../../shared/domain/review-policy';
import { openInfo, person } from '../../test/fixtures';
import { apiError } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

function subject(overrides: Partial<ReviewSubject> = {}): ReviewSubject {
  return {
    kind: 'risk',
    id: 7,
    code: 'RSK-007',
    title: 'Storage failure',
    ownerId: 1,
    ownerName: 'Alex Morgan',
    dueOn: '2026-11-01',
    state: 'overdue',
    cadenceMonths: 3,
    proposedNext: '2027-02-24',
    facts: { Code: 'RSK-007', Residual: '4×4 = 16 (High)', 'Residual band': 'High' },
    outcomes: ['still_valid', 'rescored', 'treatment_changed', 'accepted'],
    approvalFor: ['accepted'],
    acceptanceMaxMonths: 12,
    history: [],
    ...overrides,
  };
}

function renderForm(complete: (input: unknown) => ReviewRecord) {
  return renderApp(
    {
      'workspace.info': () => openInfo({ currentPerson: { id: 1, name: 'Alex Morgan' } }),
      'people.list': () => [person({ id: 1, name: 'Alex Morgan' }), person({ id: 2, name: 'Grace Price' })],
      'reviews.subject': () => subject(),
      'reviews.complete': complete as never,
      'reviews.counts': () => ({ overdue: 1, escalated: 0, dueThisWeek: 0, dueSoon: 0, awaitingApproval: 0 }),
      'reviews.evaluate': () => ({ reopened: [] }),
      'reviews.inbox': () => ({ rows: [], total: 0 }),
      'reviews.approvals': () => [],
      'reviews.recent': () => [],
      'reviewPolicy.get': () => ({ policy: DEFAULT_REVIEW_POLICY, bands: ['Low', 'Medium', 'High', 'Critical'], updatedAt: null, updatedBy: null }),
      'services.list': () => ({ rows: [], total: 0 }),
    },
    { path: '/reviews/risk/7' },
  );
}

describe('ReviewFormPage', () => {
  it('shows the key facts beside the form and proposes the next date from the done date until it is edited', async () => {
    const { user } = renderForm(() => ({}) as ReviewRecord);
    await screen.findByRole('table', { name: 'Key facts' });
    expect(screen.getByText('4×4 = 16 (High)')).toBeInTheDocument();
    const next = screen.getByLabelText(/Next review/) as HTMLInputElement;
    expect(next.value).toBe('2027-02-24');
    const doneOn = screen.getByLabelText(/Done on/) as HTMLInputElement;
    await user.clear(doneOn);
    await user.type(doneOn, '2026-11-20');
    expect(next.value).toBe('2027-02-20');
    await user.clear(next);
    await user.type(next, '2027-01-15');
    expect(screen.getByText(/Set by you; the policy would give 2027-02-20/)).toBeInTheDocument();
  });

  it('puts the API’s refusal under the field it names, and asks for approval for an acceptance', async () => {
    const { user, inputsOf } = renderForm(() => {
      throw apiError({
        code: 'invalid_input',
        message: 'Accepted until: the review policy allows at most 12 months, so no later than 2027-11-24.',
        field: 'acceptedUntil',
      });
    });
    await screen.findByRole('table', { name: 'Key facts' });
    await user.click(screen.getByRole('radio', { name: /Accepted until/ }));
    expect(screen.getByText('Needs approval')).toBeInTheDocument();
    await user.type(
      screen.getAllByLabelText(/^Accepted until/).find((element) => element.getAttribute('type') === 'date')!,
      '2028-06-30',
    );
    await user.click(screen.getByRole('button', { name: 'Record and request approval' }));
    await waitFor(() => expect(screen.getByText(/so no later than 2027-11-24/)).toBeInTheDocument());
    expect(inputsOf('reviews.complete')[0]).toMatchObject({
      subjectKind: 'risk',
      subjectId: 7,
      outcome: 'accepted',
      acceptedUntil: '2028-06-30',
      reviewerId: 1,
    });
  });
});
