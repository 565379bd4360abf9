import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptySummary, hostState, openInfo, welcomeInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { teamStatus } from '../../test/team-fixtures';

describe('joining a team workspace from the welcome screen', () => {
  it('asks for the connection and the local copy, then opens the team workspace', async () => {
    const host = hostState(welcomeInfo());
    const { user, inputsOf } = renderApp({
      'workspace.info': host.info,
      // The host opens the new replica as part of joining.
      'team.join': ({ filePath }) => {
        host.set(openInfo({ organisationName: 'Northwind Health Trust', fileName: `${filePath}.sqlite` }));
        return teamStatus();
      },
      'team.status': () => teamStatus(),
      'dashboard.summary': () => emptySummary(),
      'people.list': () => [],
    });

    await user.click(await screen.findByRole('button', { name: /Join a team workspace/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Join a team workspace' });
    await user.type(within(dialog).getByLabelText(/Connection string/), 'postgres://grace@db.example.org/serviceledger');
    await user.type(within(dialog).getByLabelText(/Password/), 'pw');
    await user.type(within(dialog).getByLabelText(/File name or path for the local copy/), 'northwind');
    await user.click(within(dialog).getByRole('button', { name: 'Join team workspace' }));

    expect(await screen.findByRole('heading', { name: 'Northwind Health Trust' })).toBeInTheDocument();
    expect(inputsOf('team.join')).toEqual([{ url: 'postgres://grace@db.example.org/serviceledger', password: 'pw', tls: true, filePath: 'northwind' }]);
    expect(await screen.findByRole('link', { name: /^Team: Online/ })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Join a team workspace' })).not.toBeInTheDocument();
  });
});
