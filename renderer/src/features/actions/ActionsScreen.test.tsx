import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActionSummary } from '../../../../shared/api/sla-reviews-api';
import { openInfo, person } from '../../test/fixtures';
import { apiError, type FakeHandlers } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { sampleAction } from '../slas/review/review-fixtures';

const rows: ActionSummary[] = [
  sampleAction(),
  sampleAction({
    id: 43,
    title: 'Treat storage risk',
    status: 'in_progress',
    overdue: false,
    dueDate: '2099-03-01',
    ownerId: 1,
    ownerName: 'Alex Morgan',
    sla: null,
    service: null,
    risk: { id: 7, code: 'RSK-007', title: 'Storage failure' },
    progressNotes: 'Quote received.',
  }),
  sampleAction({
    id: 44,
    title: 'Second backup operator',
    dueDate: '2099-04-01',
    overdue: false,
    sla: null,
    service: null,
    reviewId: null,
    managementReview: { id: 4, title: 'Q3 2026 management review' },
  }),
];

const managementReviews = [
  {
    id: 5,
    title: 'Q4 2026 management review',
    periodFrom: '2026-10-01',
    periodTo: '2026-12-31',
    meetingDate: null,
    status: 'in_preparation' as const,
    chairName: null,
    decisions: 0,
    snapshotSha256: null,
  },
  {
    id: 4,
    title: 'Q3 2026 management review',
    periodFrom: '2026-07-01',
    periodTo: '2026-09-30',
    meetingDate: '2026-10-08',
    status: 'closed' as const,
    chairName: 'Alex Morgan',
    decisions: 1,
    snapshotSha256: 'ab'.repeat(32),
  },
];

function renderActions(path = '/actions', handlers: FakeHandlers = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'people.list': () => [person({ id: 1, name: 'Alex Morgan' }), person({ id: 2, name: 'Grace Price' })],
      'actions.list': (input) => {
        const matching = rows.filter(
          (row) =>
            (!input.status || input.status.includes(row.status)) &&
            (!input.overdue || row.overdue) &&
            (!input.ownerId || row.ownerId === input.ownerId) &&
            (!input.managementReviewId || row.managementReview?.id === input.managementReviewId),
        );
        return {
          rows: matching.slice(input.offset ?? 0, (input.offset ?? 0) + (input.limit ?? 500)),
          total: matching.length,
          overdue: matching.filter((row) => row.overdue).length,
        };
      },
      'managementReviews.list': () => managementReviews,
      'actions.update': (input) => ({ ...rows[0]!, ...input, completedOn: input.status === 'done' ? '2026-11-24' : null }) as ActionSummary,
      ...handlers,
    },
    { path },
  );
}

describe('ActionsScreen', () => {
  it('lists actions by due date, overdue ones flagged in red, each linked to its SLA, risk or service', async () => {
    const { inputsOf } = renderActions();
    const table = await screen.findByRole('table', { name: 'Actions' });
    expect(inputsOf('actions.list')[0]).toEqual({ offset: 0, limit: 200, status: ['open', 'in_progress'] });
    const [, overdue, later] = within(table).getAllByRole('row');
    expect(overdue).toHaveAttribute('data-overdue', 'true');
    expect(within(overdue!).getByText('Overdue')).toBeInTheDocument();
    expect(within(overdue!).getByRole('link', { name: 'SLA-001 Email for Finance' })).toHaveAttribute('href', '/slas/1');
    expect(within(overdue!).getByRole('link', { name: 'SVC-003 Email' })).toHaveAttribute('href', '/services/3');
    expect(later).not.toHaveAttribute('data-overdue');
    expect(within(later!).getByRole('link', { name: 'RSK-007 Storage failure' })).toHaveAttribute('href', '/risks/7');
    expect(within(later!).getByText('Progress: Quote received.')).toBeInTheDocument();
    expect(screen.getByLabelText('Action count')).toHaveTextContent('3 actions · 1 overdue');
  });

  it('counts every matching action and its overdue ones, not just the page on screen', async () => {
    const many = Array.from({ length: 1500 }, (_, index) => sampleAction({ id: 1000 + index, title: `Action ${index}`, overdue: index < 700 }));
    const { inputsOf } = renderActions('/actions?status=all', {
      'actions.list': (input) => ({ rows: many.slice(input.offset ?? 0, (input.offset ?? 0) + (input.limit ?? 500)), total: many.length, overdue: 700 }),
    });
    expect(await screen.findByLabelText('Action count')).toHaveTextContent('1,500 actions · 700 overdue');
    expect(screen.getByRole('table', { name: 'Actions' })).toHaveAttribute('aria-rowcount', '1501');
    expect(inputsOf('actions.list')[0]).toEqual({ offset: 0, limit: 200 });
  });

  it('keeps the filters in the address and asks the API for them', async () => {
    const { user, inputsOf, history } = renderActions('/actions?overdue=1&sla=1');
    await screen.findByRole('table', { name: 'Actions' });
    expect(inputsOf('actions.list')[0]).toEqual({ offset: 0, limit: 200, status: ['open', 'in_progress'], overdue: true, slaId: 1 });
    expect(screen.getByText('SLA SLA-001 Email for Finance')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Overdue only' })).toBeChecked();

    await user.click(screen.getByRole('switch', { name: 'Overdue only' }));
    await waitFor(() => expect(history.at(-1)).toBe('/actions?sla=1'));
    await user.click(screen.getByText('Done'));
    await waitFor(() => expect(history.at(-1)).toBe('/actions?sla=1&status=done'));
    expect(await screen.findByText('No action matches these filters')).toBeInTheDocument();
    expect(inputsOf('actions.list')).toContainEqual({ offset: 0, limit: 200, status: ['done'], slaId: 1 });
    await user.click(screen.getByRole('button', { name: 'Show all actions' }));
    await waitFor(() => expect(history.at(-1)).toBe('/actions?status=all'));
    expect(await screen.findByRole('table', { name: 'Actions' })).toBeInTheDocument();
  });

  it('narrows to risk treatments or SLA improvements, kept in the address', async () => {
    const { user, history, inputsOf } = renderActions();
    await user.click(await screen.findByLabelText('Raised for', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Risk treatments' }));
    await waitFor(() => expect(history.at(-1)).toBe('/actions?for=risk'));
    await waitFor(() => expect(inputsOf('actions.list')).toContainEqual({ offset: 0, limit: 200, status: ['open', 'in_progress'], raisedFor: 'risk' }));
  });

  it('links an action to the management review that decided it, in the list and in its dialog, and narrows to one review’s decisions', async () => {
    const { user, history, inputsOf } = renderActions();
    const table = await screen.findByRole('table', { name: 'Actions' });
    const row = within(table)
      .getAllByRole('row')
      .find((r) => within(r).queryByText('Second backup operator'))!;
    expect(within(row).getByRole('link', { name: 'Decided at Q3 2026 management review' })).toHaveAttribute('href', '/management-review/4');
    await user.click(within(row).getByRole('button', { name: 'Second backup operator' }));
    const dialog = await screen.findByRole('dialog', { name: 'Second backup operator' });
    expect(within(dialog).getByRole('link', { name: 'Decided at Q3 2026 management review' })).toHaveAttribute('href', '/management-review/4');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByLabelText('Management review', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Q3 2026 management review' }));
    await waitFor(() => expect(history.at(-1)).toBe('/actions?managementReview=4'));
    await waitFor(() => expect(inputsOf('actions.list')).toContainEqual({ offset: 0, limit: 200, status: ['open', 'in_progress'], managementReviewId: 4 }));
    await waitFor(() => expect(screen.getByLabelText('Action count')).toHaveTextContent('1 action'));
  });

  it('reads a management review filter from the address, and offers decisions of management reviews as a source', async () => {
    const { user, history, inputsOf } = renderActions('/actions?managementReview=4&status=all');
    await screen.findByRole('table', { name: 'Actions' });
    expect(inputsOf('actions.list')[0]).toEqual({ offset: 0, limit: 200, managementReviewId: 4 });
    await waitFor(() => expect(screen.getByLabelText('Management review', { selector: 'input' })).toHaveValue('Q3 2026 management review'));
    await user.click(screen.getByLabelText('Raised for', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Management review decisions' }));
    await waitFor(() => expect(history.at(-1)).toBe('/actions?managementReview=4&status=all&for=management_review'));
  });

  it('says so when there are no actions at all', async () => {
    renderActions('/actions', { 'actions.list': () => ({ rows: [], total: 0, overdue: 0 }) });
    expect(await screen.findByText('No actions yet')).toBeInTheDocument();
  });

  it('opens an action to record progress, sending only what changed; marking it done leaves the day to the API', async () => {
    const { user, inputsOf } = renderActions();
    await user.click(await screen.findByRole('button', { name: 'Replace the storage controller' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the storage controller' });
    await user.click(within(dialog).getByText('In progress'));
    await user.click(within(dialog).getByLabelText(/Progress notes/));
    await user.paste('Controller ordered.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(inputsOf('actions.update')).toEqual([{ id: 41, status: 'in_progress', progressNotes: 'Controller ordered.' }]));
    expect(await screen.findByText('Saved Replace the storage controller')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Replace the storage controller' }));
    const again = await screen.findByRole('dialog', { name: 'Replace the storage controller' });
    await user.click(within(again).getByText('Done'));
    expect(within(again).getByLabelText(/Completed on/)).toHaveValue('');
    await user.click(within(again).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(inputsOf('actions.update').at(-1)).toEqual({ id: 41, status: 'done' }));
  });

  it('shows the API’s refusal next to the field it names', async () => {
    const { user } = renderActions('/actions', {
      'actions.update': () => {
        throw apiError({ code: 'not_found', field: 'ownerId', message: 'Owner: there is no person 2.' });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Replace the storage controller' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the storage controller' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Owner' }));
    await user.click(await screen.findByRole('option', { name: 'Alex Morgan' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Owner: there is no person 2.')).toBeInTheDocument();
  });
});
