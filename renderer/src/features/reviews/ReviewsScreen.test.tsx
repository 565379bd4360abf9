import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InboxItem, ReviewRecord } from '../../../../shared/api/reviews-api';
import { DEFAULT_REVIEW_POLICY } from '../../../../shared/domain/review-policy';
import { openInfo, person } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { formatDate } from '../../lib/format';
import { sharedOutcomes } from './BulkCompleteModal';
import { recordedOutcome } from './review-labels';

function item(id: number, overrides: Partial<InboxItem> = {}): InboxItem {
  return {
    kind: 'risk',
    subjectId: id,
    code: `RSK-00${id}`,
    title: `Risk ${id}`,
    dueOn: '2026-11-20',
    state: 'overdue',
    reviewerId: 1,
    reviewerName: 'Alex Morgan',
    band: 'Low',
    ...overrides,
  };
}

function record(subjectId: number): ReviewRecord {
  return {
    id: 100 + subjectId,
    subjectKind: 'risk',
    subjectId,
    status: 'done',
    plannedOn: '2026-11-20',
    reviewedOn: '2026-11-24',
    reviewerId: 1,
    outcome: 'still_valid',
    notes: 'Quarterly sweep',
    nextReviewDate: '2027-11-24',
    acceptedUntil: null,
    snapshot: null,
    requestedById: null,
    approverId: null,
    approvedAt: null,
    createdAt: '2026-11-24T09:00:00Z',
    subjectCode: `RSK-00${subjectId}`,
    subjectTitle: `Risk ${subjectId}`,
    reviewerName: 'Alex Morgan',
    requestedByName: null,
    approverName: null,
    daysLate: 4,
    decisions: [],
  };
}

function renderInbox(rows: InboxItem[]) {
  return renderApp(
    {
      'workspace.info': () => openInfo({ currentPerson: { id: 1, name: 'Alex Morgan' } }),
      'people.list': () => [person({ id: 1, name: 'Alex Morgan' })],
      'reviews.counts': () => ({ overdue: rows.length, escalated: 0, dueThisWeek: 0, dueSoon: 0, awaitingApproval: 0 }),
      'reviews.evaluate': () => ({ reopened: [] }),
      'reviews.inbox': () => ({ rows, total: rows.length }),
      'reviews.approvals': () => [],
      'reviews.recent': () => [],
      'reviews.completeMany': ({ subjects }) => ({ records: subjects.map((subject) => record(subject.id)) }),
      'reviewPolicy.get': () => ({ policy: DEFAULT_REVIEW_POLICY, bands: ['Low', 'Medium', 'High', 'Critical'], updatedAt: null, updatedBy: null }),
      'services.list': () => ({ rows: [], total: 0 }),
    },
    { path: '/reviews' },
  );
}

describe('Reviews inbox: bulk completion', () => {
  it('completes the chosen reviews with one outcome and note, each sent as its own subject', async () => {
    const { user, inputsOf } = renderInbox([item(1), item(2), item(3)]);
    const table = await screen.findByRole('table', { name: 'Reviews due' });
    await user.click(within(table).getByRole('checkbox', { name: 'Choose RSK-001' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Choose RSK-003' }));
    // Choosing a row does not open its review form.
    expect(screen.getByRole('heading', { name: 'Reviews', level: 2 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Complete 2 selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Complete 2 reviews' });
    expect(within(dialog).getByText('RSK-001, RSK-003')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Notes'), 'Quarterly sweep');
    await user.click(within(dialog).getByRole('button', { name: 'Complete 2' }));
    await waitFor(() => expect(inputsOf('reviews.completeMany')).toHaveLength(1));
    expect(inputsOf('reviews.completeMany')[0]).toEqual({
      subjects: [
        { kind: 'risk', id: 1 },
        { kind: 'risk', id: 3 },
      ],
      reviewedOn: '2026-11-24',
      outcome: 'still_valid',
      notes: 'Quarterly sweep',
    });
    expect(await screen.findByText('2 reviews completed')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /selected/ })).not.toBeInTheDocument();
  });

  it('chooses a whole page with the header box', async () => {
    const { user } = renderInbox([item(1), item(2)]);
    const table = await screen.findByRole('table', { name: 'Reviews due' });
    await user.click(within(table).getByRole('checkbox', { name: 'Choose every review on this page' }));
    expect(screen.getByRole('button', { name: 'Complete 2 selected' })).toBeInTheDocument();
  });

  it('offers only the outcomes every chosen kind can record, never an acceptance', () => {
    expect(sharedOutcomes(['risk'])).toEqual(['still_valid', 'rescored', 'treatment_changed']);
    expect(sharedOutcomes(['risk', 'service'])).toEqual(['still_valid']);
    expect(sharedOutcomes(['risk', 'supplier'])).toEqual([]);
  });

  it('names an acceptance by its end date in the lists, not "Accepted until …"', () => {
    expect(recordedOutcome({ outcome: 'accepted', acceptedUntil: '2027-05-31' })).toBe(`Accepted until ${formatDate('2027-05-31')}`);
    expect(recordedOutcome({ outcome: 'still_valid', acceptedUntil: null })).toBe('Still valid');
  });
});
