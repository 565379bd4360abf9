import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TeamStatus } from '../../../../../shared/team/team-types';
import { apiError } from '../../../test/fake-api';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { singleStatus, teamStatus } from '../../../test/team-fixtures';

function renderTeamTab(handlers: Parameters<typeof renderApp>[0] = {}, initial: TeamStatus = singleStatus()) {
  let status = initial;
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'team.status': () => status,
      'team.publish': ({ url }) => (status = teamStatus({ teamUrl: url })),
      'team.join': ({ url }) => (status = teamStatus({ teamUrl: url })),
      'team.syncNow': () => status,
      'team.members': () => ({ members: [], canManage: false }),
      'people.list': () => [],
      ...handlers,
    },
    { path: '/settings/team' },
  );
}

const publishForm = () => screen.getByRole('form', { name: 'Publish this workspace to a team database' });
const joinForm = () => screen.getByRole('form', { name: 'Join a team workspace' });

describe('Settings ▸ Team in a single-user workspace', () => {
  it('offers the two choices, each with its form and TLS on by default', async () => {
    renderTeamTab();
    expect(await screen.findByRole('heading', { name: 'Publish this workspace to a team database' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Join a team workspace' })).toBeInTheDocument();
    for (const form of [publishForm(), joinForm()]) {
      expect(within(form).getByRole('switch', { name: /^Require TLS \(recommended\)/ })).toBeChecked();
      expect(within(form).getByText(/Encrypts the connection/)).toBeInTheDocument();
    }
    expect(within(joinForm()).getByLabelText(/File name or path for the local copy/)).toBeInTheDocument();
  });

  it('names the field in its validation messages and calls nothing', async () => {
    const { user, inputsOf } = renderTeamTab();
    await screen.findByRole('heading', { name: 'Join a team workspace' });
    await user.click(within(publishForm()).getByRole('button', { name: 'Publish workspace' }));
    expect(await within(publishForm()).findByText('Connection string is required')).toBeInTheDocument();

    await user.type(within(publishForm()).getByLabelText(/Connection string/), 'db.example.org:5432');
    await user.click(within(publishForm()).getByRole('button', { name: 'Publish workspace' }));
    expect(await within(publishForm()).findByText(/^Connection string must start with postgres:\/\/ or postgresql:\/\//)).toBeInTheDocument();

    await user.type(within(joinForm()).getByLabelText(/Connection string/), 'postgres://ada@db/sl');
    await user.click(within(joinForm()).getByRole('button', { name: 'Join team workspace' }));
    expect(await within(joinForm()).findByText('File name or path is required')).toBeInTheDocument();
    expect(inputsOf('team.publish')).toEqual([]);
    expect(inputsOf('team.join')).toEqual([]);
  });

  it('publishes with the connection typed, then shows the team workspace', async () => {
    const { user, inputsOf } = renderTeamTab();
    const form = await screen.findByRole('form', { name: 'Publish this workspace to a team database' });
    await user.type(within(form).getByLabelText(/Connection string/), 'postgres://ada@db.example.org:5432/serviceledger');
    await user.type(within(form).getByLabelText(/Password/), 's3cret pass');
    await user.click(within(form).getByRole('button', { name: 'Publish workspace' }));

    expect(await screen.findByText('Published: this is now a team workspace')).toBeInTheDocument();
    expect(inputsOf('team.publish')).toEqual([{ url: 'postgres://ada@db.example.org:5432/serviceledger', password: 's3cret pass', tls: true }]);
    expect(await screen.findByRole('heading', { name: 'Team workspace' })).toBeInTheDocument();
  });

  it('joins with TLS turned off and the file name for the local copy, leaving out an empty password', async () => {
    const { user, inputsOf } = renderTeamTab();
    const form = await screen.findByRole('form', { name: 'Join a team workspace' });
    await user.type(within(form).getByLabelText(/Connection string/), 'postgresql://grace@localhost/sl');
    await user.click(within(form).getByRole('switch', { name: /^Require TLS \(recommended\)/ }));
    await user.type(within(form).getByLabelText(/File name or path for the local copy/), 'acme-team');
    expect(within(form).getByText('/home/ada/ServiceLedger/acme-team.sqlite')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Join team workspace' }));

    expect(await screen.findByText('Joined the team workspace')).toBeInTheDocument();
    expect(inputsOf('team.join')).toEqual([
      { url: 'postgresql://grace@localhost/sl', tls: false, filePath: 'acme-team', progressId: expect.stringMatching(/^[\w-]{8,64}$/) },
    ]);
  });

  it('shows a busy state while connecting and the server’s refusal in an error panel', async () => {
    let refuse!: () => void;
    const { user } = renderTeamTab({
      'team.publish': () =>
        new Promise((_resolve, reject) => {
          refuse = () => reject(apiError({ code: 'conflict', message: 'The team database is not empty: it holds the workspace “Northwind”.' }));
        }),
    });
    const form = await screen.findByRole('form', { name: 'Publish this workspace to a team database' });
    await user.type(within(form).getByLabelText(/Connection string/), 'postgres://ada@db/sl');
    await user.click(within(form).getByRole('button', { name: 'Publish workspace' }));

    expect(await within(form).findByText('Connecting to the team database and copying the workspace…')).toBeInTheDocument();
    expect(within(form).getByLabelText(/Connection string/)).toBeDisabled();
    refuse();
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('The workspace was not published');
    expect(alert).toHaveTextContent('The team database is not empty: it holds the workspace “Northwind”.');
    expect(within(form).getByLabelText(/Connection string/)).toBeEnabled();
  });

  it('puts a refusal that names a field under that field', async () => {
    const { user } = renderTeamTab({
      'team.join': () => {
        throw apiError({ code: 'conflict', message: 'File name or path: a file of that name already exists.', field: 'filePath' });
      },
    });
    const form = await screen.findByRole('form', { name: 'Join a team workspace' });
    await user.type(within(form).getByLabelText(/Connection string/), 'postgres://ada@db/sl');
    await user.type(within(form).getByLabelText(/File name or path for the local copy/), 'acme');
    await user.click(within(form).getByRole('button', { name: 'Join team workspace' }));
    expect(await within(form).findByText('File name or path: a file of that name already exists.')).toBeInTheDocument();
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('Settings ▸ Team in a team workspace', () => {
  it('shows the connection without password, the member, the state and syncs on request', async () => {
    const { user, inputsOf } = renderTeamTab(
      {},
      teamStatus({
        connection: 'offline',
        waiting: 3,
        problem: 'The server db.example.org did not answer.',
        member: { role: 'auditor', personName: null, access: 'read' },
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Team workspace' })).toBeInTheDocument();
    expect(screen.getByText('postgres://ada@db.example.org:5432/serviceledger')).toBeInTheDocument();
    expect(screen.getByText(/Not linked to a person yet/)).toHaveTextContent('Not linked to a person yet · role auditor · read only');
    expect(screen.getByText('Offline', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(screen.getByText('3 changes not yet accepted by the team database')).toBeInTheDocument();
    expect(screen.getByText(/The server db.example.org did not answer./)).toBeInTheDocument();
    expect(screen.getByText('Read only')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Publish this workspace to a team database' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('Could not reach the team database')).toBeInTheDocument();
    await waitFor(() => expect(inputsOf('team.syncNow')).toEqual([{}]));
  });
});

describe('entering a new password after the publisher reset it', () => {
  it('checks it with the host, names a refused one under the field, then saves and syncs', async () => {
    const refused = 'PostgreSQL refused the password for role ada. Check the user name and password.';
    let status = teamStatus({ connection: 'offline', problem: refused });
    const { user, inputsOf } = renderTeamTab(
      {
        'team.status': () => status,
        'team.changeSavedPassword': ({ password }) => {
          if (password !== 'the new one from Hana') {
            throw apiError({ code: 'invalid_input', message: `The password was not saved: ${refused}`, field: 'password' });
          }
          return (status = teamStatus());
        },
      },
      status,
    );
    expect(await screen.findByText(new RegExp(refused.slice(0, 30)))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enter a new password' }));
    const form = await screen.findByRole('form', { name: 'Enter a new password' });
    expect(form).toHaveTextContent('for your role ada, type it here');
    await user.click(within(form).getByRole('button', { name: 'Save and sync' }));
    expect(await within(form).findByText('Password is required')).toBeInTheDocument();
    expect(inputsOf('team.changeSavedPassword')).toEqual([]);

    await user.type(within(form).getByLabelText(/^Password/), 'the old one');
    await user.click(within(form).getByRole('button', { name: 'Save and sync' }));
    expect(await within(form).findByText(`The password was not saved: ${refused}`)).toBeInTheDocument();

    await user.clear(within(form).getByLabelText(/^Password/));
    await user.type(within(form).getByLabelText(/^Password/), 'the new one from Hana');
    await user.click(within(form).getByRole('button', { name: 'Save and sync' }));
    expect(await screen.findByText('New password saved; synced with the team')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Enter a new password' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.queryByText(new RegExp(refused.slice(0, 30)))).not.toBeInTheDocument());
    expect(inputsOf('team.changeSavedPassword')).toEqual([{ password: 'the old one' }, { password: 'the new one from Hana' }]);
  });
});

describe('the header in a team workspace', () => {
  it('shows the person the role is linked to and leads to Settings ▸ Team instead of offering a choice', async () => {
    const { user, history } = renderTeamTab({}, teamStatus());
    const chip = await screen.findByRole('link', { name: 'I am Ada Lovelace, team role ada. Open Settings, Team' });
    expect(screen.queryByText('Choose who you are')).not.toBeInTheDocument();
    await user.click(chip);
    expect(history.at(-1)).toBe('/settings/team');
  });

  it('says when the role is not linked to a person yet', async () => {
    renderTeamTab({}, teamStatus({ member: { role: 'auditor', personName: null, access: 'read' } }));
    expect(await screen.findByRole('link', { name: /^Team role auditor, not linked to a person yet/ })).toHaveTextContent('auditor · not linked to a person');
    expect(screen.queryByText('Choose who you are')).not.toBeInTheDocument();
  });

  it('offers no choice while the team status is not known yet, then shows the linked person', async () => {
    let answer: (status: TeamStatus) => void = () => undefined;
    const pending = new Promise<TeamStatus>((resolve) => (answer = resolve));
    renderTeamTab({ 'team.status': () => pending });
    // The header is there (organisation name) but whether this is a team workspace is not known yet.
    expect(await screen.findByRole('heading', { name: 'Acme IT', level: 1 })).toBeInTheDocument();
    expect(screen.getByLabelText('Finding out who you are')).toBeInTheDocument();
    expect(screen.queryByText('Choose who you are')).not.toBeInTheDocument();
    answer(teamStatus());
    expect(await screen.findByRole('link', { name: 'I am Ada Lovelace, team role ada. Open Settings, Team' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Finding out who you are')).not.toBeInTheDocument();
    expect(screen.queryByText('Choose who you are')).not.toBeInTheDocument();
  });
});
