import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptySummary, hostState, openInfo, welcomeInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { teamStatus } from '../../test/team-fixtures';

/** Open the join dialog on the welcome screen, fill it in and press Join; answers the dialog. */
async function joinFromWelcome(user: ReturnType<typeof renderApp>['user'], password?: string): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: /Join a team workspace/ }));
  const dialog = await screen.findByRole('dialog', { name: 'Join a team workspace' });
  await user.type(within(dialog).getByLabelText(/Connection string/), 'postgres://grace@db.example.org/serviceledger');
  if (password) await user.type(within(dialog).getByLabelText(/Password/), password);
  await user.type(within(dialog).getByLabelText(/File name or path for the local copy/), 'northwind');
  await user.click(within(dialog).getByRole('button', { name: 'Join team workspace' }));
  return dialog;
}

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

    await joinFromWelcome(user, 'pw');

    expect(await screen.findByRole('heading', { name: 'Northwind Health Trust' })).toBeInTheDocument();
    expect(inputsOf('team.join')).toEqual([
      {
        url: 'postgres://grace@db.example.org/serviceledger',
        password: 'pw',
        tls: true,
        filePath: 'northwind',
        progressId: expect.stringMatching(/^[\w-]{8,64}$/),
      },
    ]);
    expect(await screen.findByRole('link', { name: /^Team: Online/ })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Join a team workspace' })).not.toBeInTheDocument();
  });

  it("says how many of the team's records have arrived while a large workspace is joined", async () => {
    const host = hostState(welcomeInfo());
    let finish!: () => void;
    const { user, inputsOf } = renderApp({
      'workspace.info': host.info,
      'team.join': () =>
        new Promise((resolve) => {
          finish = () => {
            host.set(openInfo({ organisationName: 'Northwind Health Trust' }));
            resolve(teamStatus());
          };
        }),
      'imports.progress': ({ progressId }) =>
        progressId === (inputsOf('team.join')[0] as { progressId?: string } | undefined)?.progressId
          ? { phase: 'writing', done: 433_000, total: 1_083_387 }
          : null,
      'team.status': () => teamStatus(),
      'dashboard.summary': () => emptySummary(),
      'people.list': () => [],
    });

    const dialog = await joinFromWelcome(user);

    expect(await within(dialog).findByText("Receiving the team's records: 433,000 of 1,083,387")).toBeInTheDocument();
    expect(within(dialog).getByRole('progressbar', { name: 'Team records received' })).toHaveAttribute('aria-valuenow', '40');
    finish();
    expect(await screen.findByRole('heading', { name: 'Northwind Health Trust' })).toBeInTheDocument();
  });
});
