import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReviewRecord, ReviewSubject } from '../../../../shared/api/reviews-api';
import { DEFAULT_REVIEW_POLICY } from '../../../../shared/domain/review-policy';
import { openInfo, person } from '../../test/fixtures';
import { apiError } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { formatDate } from '../../lib/format';

function subject(overrides: Partial<ReviewSubject> = {}): ReviewSubject {
  return {
    kind: 'risk',
    id: 7,
    code: 'RSK-007',
    title: 'Storage failure',
    ownerId: 1,
    ownerName: 'Alex Morgan',
    reviewerId: 1,
    reviewerName: 'Alex Morgan',
    reviewerRule: 'each risk’s owner',
    dueOn: '2026-11-01',
    state: 'overdue',
    cadenceMonths: 3,
    proposedNext: '2027-02-24',
    facts: { Code: 'RSK-007', Owner: 'Alex Morgan', Residual: '4×4 = 16 (High)', 'Residual band': 'High', 'Acceptance expires': '2027-03-10' },
    outcomes: ['still_valid', 'rescored', 'treatment_changed', 'accepted'],
    approvalFor: ['accepted'],
    acceptanceMaxMonths: 12,
    history: [],
    ...overrides,
  };
}

function renderForm(complete: (input: unknown) => ReviewRecord, overrides: Partial<ReviewSubject> = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo({ currentPerson: { id: 1, name: 'Alex Morgan' } }),
      'people.list': () => [person({ id: 1, name: 'Alex Morgan' }), person({ id: 2, name: 'Grace Price' })],
      'reviews.subject': () => subject(overrides),
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
    const facts = await screen.findByRole('table', { name: 'Key facts' });
    expect(screen.getByText('4×4 = 16 (High)')).toBeInTheDocument();
    // A date fact reads like every other date on screen, not as stored.
    expect(within(facts).getByText(formatDate('2027-03-10'))).toBeInTheDocument();
    expect(within(facts).queryByText('2027-03-10')).not.toBeInTheDocument();
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

  it('suggests the reviewer the policy’s rule names and labels them "Reviewer" in the key facts, beside the owner', async () => {
    // A role rule: the API picked Grace Price (she holds the role); I (Alex, the owner) do not.
    // The API's answer does not matter here, only what the form sends.
    const refuse = () => {
      throw apiError({ code: 'invalid_input', message: 'Notes: stop here.', field: 'notes' });
    };
    const { user, inputsOf } = renderForm(refuse, {
      reviewerId: 2,
      reviewerName: 'Grace Price',
      reviewerRule: 'anyone with the role Head of IT',
    });
    const facts = await screen.findByRole('table', { name: 'Key facts' });
    const rows = within(facts)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows.slice(0, 3)).toEqual(['CodeRSK-007', 'OwnerAlex Morgan', 'ReviewerGrace PriceReview policy: anyone with the role Head of IT']);
    const reviewer = screen.getByRole('combobox', { name: /Reviewer/ });
    await waitFor(() => expect(reviewer).toHaveValue('Grace Price'));
    expect(reviewer).toHaveAccessibleDescription('The review policy names anyone with the role Head of IT');
    await user.click(screen.getByRole('button', { name: 'Complete review' }));
    await waitFor(() => expect(inputsOf('reviews.complete')[0]).toMatchObject({ reviewerId: 2 }));
  });

  it('falls back to me when the rule finds nobody, and says so', async () => {
    renderForm(() => ({}) as ReviewRecord, { ownerId: null, ownerName: null, reviewerId: null, reviewerName: null, facts: { Code: 'RSK-007' } });
    const facts = await screen.findByRole('table', { name: 'Key facts' });
    expect(within(facts).getByText('Nobody fits the rule')).toBeInTheDocument();
    const reviewer = screen.getByRole('combobox', { name: /Reviewer/ });
    await waitFor(() => expect(reviewer).toHaveValue('Alex Morgan'));
    expect(reviewer).toHaveAccessibleDescription('The review policy names each risk’s owner, and nobody fits; choose who did it');
  });
});
