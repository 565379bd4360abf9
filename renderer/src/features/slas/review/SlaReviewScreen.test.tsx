import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../../../shared/api/contract';
import { openInfo, person } from '../../../test/fixtures';
import { apiError, type FakeHandlers } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { singleStatus, teamStatus } from '../../../test/team-fixtures';
import { samplePrefill, sampleReview } from './review-fixtures';

const people = [person({ id: 1, name: 'Alex Morgan' }), person({ id: 2, name: 'Grace Price' })];

function renderReview(handlers: FakeHandlers = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo({ currentPerson: { id: 1, name: 'Alex Morgan' } }),
      'people.list': () => people,
      'slaReviews.prefill': (input) =>
        input.period ? samplePrefill({ period: input.period, window: { from: '2026-07', to: input.period } }) : samplePrefill(),
      'slaReviews.create': () => sampleReview(),
      'slas.get': () => {
        throw apiError({ code: 'not_found', message: 'There is no SLA 1.' });
      },
      'slaReviews.list': () => [],
      ...handlers,
    },
    { path: '/slas/1/review' },
  );
}

describe('SlaReviewScreen', () => {
  it('pre-fills the last complete month: target vs actual, workload vs limits, breaches and since when', async () => {
    const { inputsOf } = renderReview();
    expect(await screen.findByRole('heading', { name: /Review SLA-001/ })).toBeInTheDocument();
    expect(inputsOf('slaReviews.prefill')).toEqual([{ slaId: 1 }]);
    expect(screen.getByRole('combobox', { name: 'Reviewed month' })).toHaveValue('Oct 2026');
    expect(screen.getByText(/Covers Jul 2026 – Oct 2026, the months since the last review \(Jun 2026/)).toBeInTheDocument();

    const targets = screen.getByRole('table', { name: 'Targets' });
    const availability = within(targets).getByText('Availability').closest('tr')!;
    expect(availability).toHaveAttribute('data-status', 'breached');
    expect(availability).toHaveTextContent('≥ 99.9%');
    expect(availability).toHaveTextContent('99.7%');
    expect(availability).toHaveTextContent('Breached since Oct 2026 (1 month)');
    expect(within(targets).getByText('P1 responded to within 15 min').closest('tr')).toHaveAttribute('data-status', 'met');
    const workload = screen.getByRole('table', { name: 'Workload' });
    expect(within(workload).getByText('Tickets logged').closest('tr')).toHaveTextContent('≤ 400 tickets');

    // The reviewer defaults to "I am"; the SLA's exceptions clause is shown for reference.
    expect(screen.getByRole('combobox', { name: 'Reviewer' })).toHaveValue('Alex Morgan');
    expect(screen.getByText('Agreed in the SLA: Months over the workload limit excuse resolution targets.')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Open actions' })).getByText('Replace the storage controller')).toBeInTheDocument();
  });

  it('offers an action for each breach, pre-filled, and sends the whole review in one call', async () => {
    const { user, inputsOf, history } = renderReview();
    const breaches = await screen.findByRole('list', { name: 'Breaches' });
    expect(within(breaches).getByText('Availability: breached since Oct 2026 (1 month)')).toBeInTheDocument();
    await user.click(within(breaches).getByRole('button', { name: 'Add an action for the Availability breach' }));
    expect(within(breaches).getByRole('button', { name: 'An action for Availability is in the list' })).toBeDisabled();

    const action = screen.getByRole('group', { name: 'Action 1' });
    expect(within(action).getByRole('textbox', { name: 'Title' })).toHaveValue('Restore Availability to target');
    await user.clear(within(action).getByRole('textbox', { name: 'Title' }));
    await user.paste('Replace the storage controller');
    await user.click(within(action).getByRole('combobox', { name: 'Owner' }));
    await user.click(await screen.findByRole('option', { name: 'Grace Price' }));
    fireEvent.change(within(action).getByLabelText(/Due date/), { target: { value: '2027-01-31' } });

    await user.click(screen.getByLabelText('Changed: the targets are to be renegotiated'));
    await user.click(screen.getByLabelText('Customer comments'));
    await user.paste('Staff noticed the October outage.');
    await user.click(screen.getByLabelText('Exceptions that applied'));
    await user.paste('July: workload over the limit.');
    await user.click(screen.getByRole('button', { name: 'Record review' }));

    await waitFor(() => expect(inputsOf('slaReviews.create')).toHaveLength(1));
    const sent = inputsOf('slaReviews.create')[0] as MethodInput<'slaReviews.create'>;
    expect(sent).toEqual({
      slaId: 1,
      period: '2026-10',
      reviewedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      reviewerId: 1,
      outcome: 'changed',
      notes: '',
      customerComments: 'Staff noticed the October outage.',
      exceptionsApplied: 'July: workload over the limit.',
      nextReviewDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      actions: [{ title: 'Replace the storage controller', description: '', ownerId: 2, dueDate: '2027-01-31' }],
    });
    await waitFor(() => expect(history.at(-1)).toBe('/slas/1'));
    expect(await screen.findByText('Recorded the Oct 2026 review of SLA-001')).toBeInTheDocument();
  });

  it('asks for an outcome and for an action or a note when targets were breached, before calling the API', async () => {
    const { user, inputsOf } = renderReview();
    await user.click(await screen.findByRole('button', { name: 'Record review' }));
    expect(await screen.findByText('Outcome: choose whether the targets stay or change')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Actions: "Availability", "Tickets logged" were breached; add an improvement action, or say in the notes why none is needed.',
    );
    expect(inputsOf('slaReviews.create')).toEqual([]);
  });

  it('shows the API’s refusal of an action field next to that field', async () => {
    const { user, history } = renderReview({
      'slaReviews.create': () => {
        throw apiError({ code: 'invalid_input', field: 'actions.0.dueDate', message: 'Due date: must not be before the review date' });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Add an action for the Availability breach' }));
    await user.click(screen.getByLabelText('Confirmed: the targets stay as agreed'));
    await user.click(screen.getByRole('button', { name: 'Record review' }));
    const action = screen.getByRole('group', { name: 'Action 1' });
    expect(await within(action).findByText('Due date: must not be before the review date')).toBeInTheDocument();
    expect(within(action).getByLabelText(/Due date/)).toHaveAttribute('aria-invalid', 'true');
    expect(history.at(-1)).toBe('/slas/1/review');
  });

  it('reloads the table for another month and keeps what was typed', async () => {
    const { user, inputsOf } = renderReview();
    await user.click(await screen.findByLabelText('Customer comments'));
    await user.paste('Fine overall.');
    await user.click(screen.getByRole('combobox', { name: 'Reviewed month' }));
    await user.click(await screen.findByRole('option', { name: 'Sep 2026' }));
    await waitFor(() => expect(inputsOf('slaReviews.prefill')).toContainEqual({ slaId: 1, period: '2026-09' }));
    expect(await screen.findByText(/Covers Jul 2026 – Sep 2026/)).toBeInTheDocument();
    expect(screen.getByLabelText('Customer comments')).toHaveValue('Fine overall.');
  });
});

describe('the reviewer’s hint says where “you” comes from', () => {
  const reviewer = () => screen.findByRole('combobox', { name: 'Reviewer' });
  const hintOf = async () => document.getElementById((await reviewer()).getAttribute('aria-describedby')!.split(' ')[0]!)!;

  it('in a single-user workspace with nobody chosen: choose who you are in the header', async () => {
    renderReview({ 'workspace.info': () => openInfo(), 'team.status': () => singleStatus() });
    await waitFor(async () => expect(await hintOf()).toHaveTextContent('Choose who you are in the header to have this filled in'));
  });

  it('in a team workspace: the person linked to your team role, who is the default', async () => {
    renderReview({ 'team.status': () => teamStatus({ member: { role: 'alex', personName: 'Alex Morgan', access: 'edit' } }) });
    await waitFor(async () => expect(await hintOf()).toHaveTextContent('Who led the review; by default you, the person linked to your team role alex'));
    expect(await reviewer()).toHaveValue('Alex Morgan');
    expect(screen.queryByText(/Choose who you are/)).not.toBeInTheDocument();
  });

  it('in a team workspace whose role is not linked: says so and leads to Settings ▸ Team', async () => {
    const { user, history } = renderReview({
      'workspace.info': () => openInfo(),
      'team.status': () => teamStatus({ member: { role: 'alex', personName: null, access: 'edit' } }),
    });
    await waitFor(async () => expect(await hintOf()).toHaveTextContent('Your team role alex is not linked to a person yet, so nobody is filled in.'));
    expect(screen.queryByText(/Choose who you are/)).not.toBeInTheDocument();
    await user.click(within(await hintOf()).getByRole('link', { name: 'Settings ▸ Team' }));
    expect(history.at(-1)).toBe('/settings/team');
  });
});
