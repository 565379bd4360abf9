import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TeamConflictView } from '../../../../../shared/team/team-types';
import { apiError } from '../../../test/fake-api';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { teamConflict, teamStatus } from '../../../test/team-fixtures';

function renderInbox(initial: TeamConflictView[], handlers: Parameters<typeof renderApp>[0] = {}) {
  let open = initial;
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'team.status': () => teamStatus({ openConflicts: open.length }),
      'team.conflicts': () => open,
      'team.resolveConflict': ({ id }) => {
        open = open.filter((conflict) => conflict.id !== id);
        return teamStatus({ openConflicts: open.length });
      },
      ...handlers,
    },
    { path: '/team/conflicts' },
  );
}

const scoreConflict = teamConflict({ id: 8, table: 'risks', field: 'likelihood', currentValue: 3, proposedValue: 4, proposedBy: 'linus' });

describe('ConflictsScreen', () => {
  it('says "No conflicts" when there are none', async () => {
    renderInbox([]);
    expect(await screen.findByText('No conflicts')).toBeInTheDocument();
  });

  it('shows the record, the field and both values side by side, with who proposed and when', async () => {
    renderInbox([teamConflict()]);
    const card = await screen.findByRole('article', { name: 'Risk RSK-042 Mail relay outage — Title' });
    expect(within(card).getByText("Team's current value").parentElement).toHaveTextContent('Mail relay outage');
    expect(within(card).getByText('Proposed value').parentElement).toHaveTextContent(/By grace, .*2026.*Outbound mail relay outage/);
    expect(within(card).getByRole('button', { name: 'Resolve conflict' })).toBeDisabled();
  });

  it('keeps the current value or takes the proposed one, and the resolved conflict leaves the inbox', async () => {
    const { user, inputsOf } = renderInbox([teamConflict(), scoreConflict]);
    const first = await screen.findByRole('article', { name: /Title$/ });
    await user.click(within(first).getByRole('radio', { name: 'Keep current' }));
    expect(within(first).getByText('Title will be: Mail relay outage')).toBeInTheDocument();
    await user.click(within(first).getByRole('button', { name: 'Resolve conflict' }));
    expect(await screen.findByText('Conflict resolved: RSK-042 Mail relay outage')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('article', { name: /Title$/ })).not.toBeInTheDocument());

    const second = screen.getByRole('article', { name: /Likelihood$/ });
    await user.click(within(second).getByRole('radio', { name: 'Take proposed' }));
    await user.click(within(second).getByRole('button', { name: 'Resolve conflict' }));
    await waitFor(() => expect(screen.getByText('No conflicts')).toBeInTheDocument());
    expect(inputsOf('team.resolveConflict')).toEqual([
      { id: 3, resolution: { keep: 'current' } },
      { id: 8, resolution: { keep: 'proposed' } },
    ]);
  });

  it('takes another value typed in the type of the field, refusing one that does not fit', async () => {
    const { user, inputsOf } = renderInbox([scoreConflict, teamConflict()]);
    const score = await screen.findByRole('article', { name: /Likelihood$/ });
    await user.click(within(score).getByRole('radio', { name: 'Enter another value' }));
    const input = within(score).getByLabelText(/Another value/);
    expect(input).toHaveValue('3');
    await user.clear(input);
    await user.type(input, 'five');
    expect(within(score).getByText('Another value must be a number here')).toBeInTheDocument();
    expect(within(score).getByRole('button', { name: 'Resolve conflict' })).toBeDisabled();
    await user.clear(input);
    await user.type(input, '5');
    await user.click(within(score).getByRole('button', { name: 'Resolve conflict' }));

    const title = await screen.findByRole('article', { name: /Title$/ });
    await user.click(within(title).getByRole('radio', { name: 'Enter another value' }));
    await user.clear(within(title).getByLabelText(/Another value/));
    await user.type(within(title).getByLabelText(/Another value/), 'Mail relay outage (outbound){Enter}');
    await waitFor(() => expect(inputsOf('team.resolveConflict')).toHaveLength(2));
    expect(inputsOf('team.resolveConflict')).toEqual([
      { id: 8, resolution: { keep: 'other', value: 5 } },
      { id: 3, resolution: { keep: 'other', value: 'Mail relay outage (outbound)' } },
    ]);
  });

  it('can be resolved from the keyboard alone', async () => {
    const { user, inputsOf } = renderInbox([teamConflict()]);
    const card = await screen.findByRole('article', { name: /Title$/ });
    within(card).getByRole('radio', { name: 'Keep current' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(card).getByRole('radio', { name: 'Take proposed' })).toBeChecked();
    await user.tab();
    expect(within(card).getByRole('button', { name: 'Resolve conflict' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(inputsOf('team.resolveConflict')).toEqual([{ id: 3, resolution: { keep: 'proposed' } }]));
  });

  it('shows a refusal in the card and keeps the conflict', async () => {
    const { user } = renderInbox([teamConflict()], {
      'team.resolveConflict': () => {
        throw apiError({ code: 'forbidden', message: 'Your role may read the team workspace but not change it.' });
      },
    });
    const card = await screen.findByRole('article', { name: /Title$/ });
    await user.click(within(card).getByRole('radio', { name: 'Take proposed' }));
    await user.click(within(card).getByRole('button', { name: 'Resolve conflict' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Your role may read the team workspace but not change it.');
    expect(screen.getByRole('article', { name: /Title$/ })).toBeInTheDocument();
  });

  it('lets a read-only role look but not resolve', async () => {
    const { user, inputsOf } = renderInbox([teamConflict()], {
      'team.status': () => teamStatus({ openConflicts: 1, member: { role: 'auditor', personName: 'Ines Auditor', access: 'read' } }),
    });
    const card = await screen.findByRole('article', { name: /Title$/ });
    expect(within(card).getByText(/Your role may read the team workspace but not change it/)).toBeInTheDocument();
    await user.click(within(card).getByRole('radio', { name: 'Take proposed' }));
    expect(within(card).getByRole('button', { name: 'Resolve conflict' })).toBeDisabled();
    expect(inputsOf('team.resolveConflict')).toEqual([]);
  });
});
