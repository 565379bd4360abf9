import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ManagementReview } from '../../../../shared/api/management-reviews-api';
import { compileActionBurnDown } from '../../../../shared/management-review/action-burn-down';
import { compileChanges } from '../../../../shared/management-review/changes';
import { compilePreviousActions } from '../../../../shared/management-review/previous-actions';
import type { ReviewContent } from '../../../../shared/management-review/review-content';
import { compileReviewTimeliness } from '../../../../shared/management-review/review-timeliness';
import { compileRisks } from '../../../../shared/management-review/risks-input';
import { compileServicePerformance } from '../../../../shared/management-review/service-performance';
import { compileSupplierPerformance } from '../../../../shared/management-review/supplier-performance';
import { openInfo, person } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const window = { from: '2026-10-01', to: '2026-12-31' };
function review(overrides: Partial<ManagementReview> = {}): ManagementReview {
  return {
    id: 3,
    title: 'Q4 2026 management review',
    periodFrom: window.from,
    periodTo: window.to,
    meetingDate: null,
    status: 'in_preparation',
    snapshotSha256: null,
    chairId: 1,
    chairName: 'Alex Morgan',
    preparerId: 2,
    preparerName: 'Grace Price',
    attendeeIds: [],
    attendees: [],
    independentChair: true,
    narratives: {},
    decisions: [],
    asOf: null,
    signedOffBy: null,
    signedOffAt: null,
    createdAt: 'x',
    updatedAt: 'x',
    ...overrides,
  };
}
function content(frozen: boolean): ReviewContent {
  const asOfDate = '2026-11-24';
  return {
    status: frozen ? 'held' : 'in_preparation',
    frozen,
    snapshotSha256: frozen ? 'a'.repeat(64) : null,
    decisions: [],
    signOff: null,
    snapshot: {
      format: 'serviceledger.management-review/1',
      asOf: '2026-11-24T09:00:00.000Z',
      asOfDate,
      review: {
        id: 3,
        title: 'Q4 2026 management review',
        organisation: 'Test Org',
        periodFrom: window.from,
        periodTo: window.to,
        meetingDate: null,
        chair: 'Alex Morgan',
        preparer: null,
        attendees: [],
        previousReview: null,
      },
      narratives: frozen ? { customerFeedback: 'Frozen reading.' } : {},
      inputs: {
        previousActions: {
          ...compilePreviousActions(
            [
              {
                id: 1,
                title: 'Recruit an analyst',
                ownerName: 'Grace Price',
                dueDate: '2026-11-01',
                status: 'open',
                completedOn: null,
                reviewId: 2,
                reviewTitle: 'Q3',
                reviewPeriodTo: '2026-09-30',
              },
            ],
            asOfDate,
            2,
          ),
          // A snapshot frozen before the burn-down existed has none.
          ...(frozen
            ? {}
            : {
                burnDown: compileActionBurnDown(
                  [
                    { raisedOn: '2026-10-14', closedOn: null, status: 'open' },
                    { raisedOn: '2026-10-14', closedOn: '2026-10-22', status: 'done' },
                  ],
                  window,
                  asOfDate,
                ),
              }),
        },
        changes: compileChanges(
          { servicesAdded: [], lifecycleChanges: [], tierChanges: [], suppliersAdded: [], contracts: [], slas: [], matrixChanges: [] },
          window,
          asOfDate,
        ),
        servicePerformance: compileServicePerformance(['2026-10'], ['2026-09'], [], [], []),
        supplierPerformance: compileSupplierPerformance([], [], [], asOfDate),
        risks: compileRisks(
          {
            bands: ['Low'],
            now: { asOf: asOfDate, likelihood: ['L'], impact: ['I'], counts: [[2]], colours: [['#ffffff']], total: 2, unscored: 0 },
            previous: null,
            moves: [],
            created: [],
            closed: [],
            treatments: [],
            acceptances: [],
            decisionsDue: { total: 0, rows: [] },
          },
          window,
          asOfDate,
        ),
        reviewTimeliness: compileReviewTimeliness({ done: 0, lateCount: 0, late: [] }, []),
      },
    },
  };
}

function renderReview(frozen: boolean) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'people.list': () => [person({ id: 1, name: 'Alex Morgan' }), person({ id: 2, name: 'Grace Price' })],
      'managementReviews.list': () => [
        {
          id: 3,
          title: 'Q4 2026 management review',
          periodFrom: window.from,
          periodTo: window.to,
          meetingDate: null,
          status: 'in_preparation',
          chairName: 'Alex Morgan',
          decisions: 0,
          snapshotSha256: null,
        },
      ],
      'managementReviews.get': () => review(frozen ? { status: 'held', asOf: '2026-11-24T09:00:00.000Z', snapshotSha256: 'a'.repeat(64) } : {}),
      'managementReviews.content': () => content(frozen),
      'managementReviews.setNarrative': (input) => review({ narratives: { [input.section]: input.text } }),
    },
    { path: '/management-review/3' },
  );
}

describe('management review screens', () => {
  it('lists the reviews instead of "coming next"', async () => {
    const { user } = renderApp(
      {
        'workspace.info': () => openInfo(),
        'people.list': () => [],
        'managementReviews.list': () => [
          {
            id: 3,
            title: 'Q4 2026 management review',
            periodFrom: window.from,
            periodTo: window.to,
            meetingDate: null,
            status: 'in_preparation',
            chairName: 'Alex Morgan',
            decisions: 2,
            snapshotSha256: null,
          },
        ],
      },
      { path: '/management-review' },
    );
    const table = await screen.findByRole('table', { name: 'Management reviews' });
    expect(within(table).getByRole('link', { name: 'Q4 2026 management review' })).toBeInTheDocument();
    expect(within(table).getByText('In preparation')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Plan a review' }));
    expect(await screen.findByRole('form', { name: 'Management review' })).toBeInTheDocument();
  });

  it('compiles every input live with a narrative box, and saves a narrative', async () => {
    const { user, inputsOf } = renderReview(false);
    expect(await screen.findByText('Compiled live')).toBeInTheDocument();
    const previous = screen.getByRole('region', { name: 'Actions from previous reviews' });
    expect(within(previous).getByText('Recruit an analyst')).toBeInTheDocument();
    expect(within(previous).getByText('Red')).toBeInTheDocument();
    // The burn-down chart, with its numbers for screen readers: raised in the week of 12 October, one done the week after.
    expect(within(previous).getByRole('img', { name: 'Action burn-down: management review decisions by week (0 open at the start)' })).toBeInTheDocument();
    const numbers = within(previous).getByRole('table', { name: /Action burn-down.*\(numbers\)/ });
    const cells = within(numbers)
      .getAllByRole('row')
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells[3]).toEqual(['2026-10-12', '2', '0', '2']);
    expect(cells[4]).toEqual(['2026-10-19', '0', '1', '1']);
    const feedback = screen.getByRole('region', { name: 'Customer and interested-party feedback' });
    await user.type(within(feedback).getByRole('textbox', { name: 'Narrative: Customer and interested-party feedback' }), 'Two complaints.');
    await user.click(within(feedback).getByRole('button', { name: 'Save narrative' }));
    await waitFor(() => expect(inputsOf('managementReviews.setNarrative')).toEqual([{ id: 3, section: 'customerFeedback', text: 'Two complaints.' }]));
  });

  it('shows a held review frozen, read-only, with its hash, and previews the pack section by section', async () => {
    const { user } = renderReview(true);
    expect(await screen.findByText(/What this review showed is stored with SHA-256/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Narrative:/ })).toBeNull();
    expect(screen.getByText('Frozen reading.')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Action burn-down/ })).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Pack preview' }));
    const preview = await screen.findByLabelText('Pack print view');
    expect(within(preview).getByText('a'.repeat(64))).toBeInTheDocument();
    await user.click(screen.getByText('Executive summary'));
    expect(within(screen.getByLabelText('Pack print view')).getByRole('table', { name: 'Executive summary' })).toBeInTheDocument();
  });
});
