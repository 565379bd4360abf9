import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, type FakeHandlers } from '../../../test/fake-api';
import { openInfo, person } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { matrixInfo, riskAction, riskDetail } from '../common/test-fixtures';
import type { RiskAction } from '../../../../../shared/api/risks-api';

function renderPage(handlers: FakeHandlers = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'risks.get': () => riskDetail(),
      'riskMatrix.get': () => matrixInfo(),
      'people.list': () => [person({ id: 1, name: 'Priya Shah' }), person({ id: 2, name: 'Daniel Kowalski' })],
      'riskActions.list': () => ({
        rows: [
          riskAction({ id: 1, title: 'Patch the file servers', dueDate: '2026-01-05', overdue: true, status: 'in_progress', progressNotes: 'Half done' }),
          riskAction({ id: 2, title: 'Immutable backups', dueDate: '2099-06-30', overdue: false }),
        ],
        total: 2,
      }),
      ...handlers,
    },
    { path: '/risks/7' },
  );
}

describe('Treatment actions on the risk page', () => {
  it('flags overdue actions in red and counts them', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Treatment actions' });
    const [late, onTime] = within(table).getAllByRole('row').slice(1);
    expect(late).toHaveAttribute('data-overdue', 'true');
    expect(within(late!).getByText('Overdue')).toBeInTheDocument();
    expect(within(late!).getByText(/days overdue/)).toBeInTheDocument();
    expect(within(late!).getByText('Half done')).toBeInTheDocument();
    expect(onTime).not.toHaveAttribute('data-overdue');
    expect(within(onTime!).queryByText('Overdue')).not.toBeInTheDocument();
    expect(screen.getByText('1 overdue action')).toBeInTheDocument();
  });

  it('adds an action owned by the risk owner unless changed, with the API error beside the field', async () => {
    const { user, inputsOf } = renderPage({
      'riskActions.create': (input) => {
        if (input.dueDate === '2020-01-01')
          throw apiError({ code: 'invalid_input', message: 'Due date: must not be before the risk was recorded.', field: 'dueDate' });
        return riskAction({ ...(input as Partial<RiskAction>), id: 3 });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Add action' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an action to RSK-007' });
    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    expect(await within(dialog).findByText('Title is required')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Segment the network');
    const due = within(dialog).getByLabelText('Due date');
    await user.type(due, '2020-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(due).toHaveAccessibleDescription(expect.stringContaining('must not be before')));

    await user.clear(due);
    await user.type(due, '2026-09-30');
    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(inputsOf('riskActions.create').at(-1)).toEqual({
      riskId: 7,
      title: 'Segment the network',
      description: '',
      ownerId: 1,
      dueDate: '2026-09-30',
      status: 'open',
      progressNotes: '',
    });
  });

  it('edits an action and deletes one after confirming', async () => {
    const { user, inputsOf } = renderPage({
      'riskActions.update': (input) => riskAction({ ...(input as Partial<RiskAction>) }),
      'riskActions.delete': ({ id }) => ({ deleted: { id, title: 'Immutable backups' } }),
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Patch the file servers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the action of RSK-007' });
    await user.type(within(dialog).getByRole('textbox', { name: /Progress notes/ }), ', rest next week');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(inputsOf('riskActions.update')).toHaveLength(1));
    expect(inputsOf('riskActions.update')[0]).toMatchObject({ id: 1, progressNotes: 'Half done, rest next week', status: 'in_progress' });

    await user.click(await screen.findByRole('button', { name: 'Delete Immutable backups' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete the action "Immutable backups"?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete action' }));
    await waitFor(() => expect(inputsOf('riskActions.delete')).toEqual([{ id: 2 }]));
  });
});
