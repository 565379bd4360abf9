import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TeamStatus } from '../../../../shared/team/team-types';
import { openInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { singleStatus, teamStatus } from '../../test/team-fixtures';

function renderWith(status: TeamStatus) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'team.status': () => status,
      'team.conflicts': () => [],
    },
    { path: '/team/conflicts' },
  );
}

const footer = () => screen.findByRole('status', { name: 'Workspace status' });
const navigation = () => screen.getByRole('navigation', { name: 'Screens' });

describe('the team status line and navigation', () => {
  it('say nothing about a team in a single-user workspace', async () => {
    const { inputsOf } = renderWith(singleStatus());
    await waitFor(() => expect(inputsOf('team.status')).toHaveLength(1));
    expect(await screen.findByText('This workspace is not shared with a team')).toBeInTheDocument();
    expect(within(await footer()).queryByRole('link', { name: /^Team:/ })).not.toBeInTheDocument();
    expect(within(navigation()).queryByRole('link', { name: 'Sync log' })).not.toBeInTheDocument();
    expect(within(navigation()).queryByRole('link', { name: /Conflicts/ })).not.toBeInTheDocument();
  });

  it('say "Online" and offer the sync log and conflicts in a team workspace', async () => {
    renderWith(teamStatus());
    const line = await within(await footer()).findByRole('link', { name: /^Team: Online\./ });
    expect(line).toHaveTextContent('Online');
    expect(line).toHaveAttribute('href', '/team/log');
    expect(within(navigation()).getByRole('link', { name: 'Sync log' })).toHaveAttribute('href', '/team/log');
    expect(within(navigation()).getByRole('link', { name: 'Conflicts' })).toHaveAttribute('aria-current', 'page');
  });

  it('say "Offline — 3 changes waiting" when the team database cannot be reached', async () => {
    renderWith(teamStatus({ connection: 'offline', waiting: 3, problem: 'The server did not answer.' }));
    const line = await within(await footer()).findByRole('link', { name: /^Team: Offline — 3 changes waiting\./ });
    expect(line).toHaveTextContent('Offline — 3 changes waiting');
    expect(line).toHaveAccessibleName(/The server did not answer\./);
  });

  it('say "2 conflicts to resolve" and link to the inbox, with the count in the navigation', async () => {
    renderWith(teamStatus({ openConflicts: 2, waiting: 1 }));
    const line = await within(await footer()).findByRole('link', { name: /^Team: 2 conflicts to resolve\./ });
    expect(line).toHaveAttribute('href', '/team/conflicts');
    expect(within(navigation()).getByRole('link', { name: /Conflicts/ })).toHaveTextContent('2');
  });
});
