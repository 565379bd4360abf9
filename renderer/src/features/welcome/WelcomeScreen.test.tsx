import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '../../test/fake-api';
import { emptySummary, hostInfo, hostState, openInfo, welcomeInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

// What the shell needs once a workspace is open, so flows can end on the dashboard.
const shellHandlers = {
  'dashboard.summary': () => emptySummary(),
  'people.list': () => [],
};

describe('WelcomeScreen', () => {
  it('opens the demo workspace and lands on the dashboard', async () => {
    const host = hostState(welcomeInfo());
    const { user, inputsOf } = renderApp({
      'workspace.info': host.info,
      'workspace.openDemo': () => host.set(openInfo({ organisationName: 'Northwind Health Trust', fileName: 'ServiceLedger demo.sqlite' })),
      ...shellHandlers,
    });

    await user.click(await screen.findByRole('button', { name: /Open demo workspace/ }));

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(inputsOf('workspace.openDemo')).toEqual([{}]);
    expect(screen.getByRole('heading', { name: 'Northwind Health Trust' })).toBeInTheDocument();
    expect(screen.getByText('Demo workspace opened')).toBeInTheDocument();
  });

  it('creates a new workspace from the modal with the organisation name and file name', async () => {
    const host = hostState(welcomeInfo());
    const { user, inputsOf } = renderApp({
      'workspace.info': host.info,
      'workspace.create': ({ organisationName }) => host.set(openInfo({ organisationName: organisationName ?? 'Unnamed' })),
      ...shellHandlers,
    });

    await user.click(await screen.findByRole('button', { name: /New empty workspace/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New empty workspace' });
    // The default folder is shown so people know where a bare name goes.
    expect(within(dialog).getByText('/home/ada/ServiceLedger')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Organisation name'), 'Acme IT');
    await user.type(within(dialog).getByLabelText(/File name or path/), 'acme{Enter}');

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(inputsOf('workspace.create')).toEqual([{ path: 'acme', organisationName: 'Acme IT' }]);
  });

  it('shows a path error from the API under the path field and as a notification', async () => {
    const message = '/home/ada/ServiceLedger/acme.sqlite already exists; open it instead.';
    const { user } = renderApp({
      'workspace.info': () => welcomeInfo(),
      'workspace.create': () => {
        throw apiError({ code: 'conflict', message, field: 'path' });
      },
    });

    await user.click(await screen.findByRole('button', { name: /New empty workspace/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New empty workspace' });
    const pathInput = within(dialog).getByLabelText(/File name or path/);
    await user.type(pathInput, 'acme');
    await user.click(within(dialog).getByRole('button', { name: 'Create workspace' }));

    await waitFor(() => expect(pathInput).toHaveAttribute('aria-invalid', 'true'));
    expect(pathInput).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getByText('Could not create the workspace')).toBeInTheDocument();
    // The form stays open so the person can fix the path.
    expect(screen.getByRole('dialog', { name: 'New empty workspace' })).toBeInTheDocument();
  });

  it('refuses an empty path before calling the API', async () => {
    const { user, inputsOf } = renderApp({ 'workspace.info': () => welcomeInfo() });

    await user.click(await screen.findByRole('button', { name: /New empty workspace/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New empty workspace' });
    await user.click(within(dialog).getByRole('button', { name: 'Create workspace' }));

    expect(await within(dialog).findByText('File name or path is required')).toBeInTheDocument();
    expect(inputsOf('workspace.create')).toEqual([]);
  });

  it('in the browser host, asks for a path to open and shows the error at the field', async () => {
    const { user, inputsOf } = renderApp({
      'workspace.info': () => welcomeInfo(),
      'workspace.open': () => {
        throw apiError({ code: 'not_found', message: 'There is no file at /nope.sqlite.', field: 'path' });
      },
    });

    await user.click(await screen.findByRole('button', { name: /Open workspace file/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Open workspace file' });
    const pathInput = within(dialog).getByLabelText(/Path/);
    await user.type(pathInput, '/nope.sqlite{Enter}');

    await waitFor(() => expect(pathInput).toHaveAccessibleDescription(expect.stringContaining('There is no file at /nope.sqlite.')));
    expect(inputsOf('workspace.open')).toEqual([{ path: '/nope.sqlite' }]);
    expect(inputsOf('workspace.chooseFile')).toEqual([]);
  });

  it('in the desktop host, opens the native dialog and then the chosen file', async () => {
    const desktop = hostInfo({ kind: 'desktop', nativeFileDialogs: true });
    const host = hostState(welcomeInfo({ host: desktop }));
    const { user, inputsOf } = renderApp({
      'workspace.info': host.info,
      'workspace.chooseFile': () => ({ path: '/data/it.sqlite' }),
      'workspace.open': ({ path }) => host.set(openInfo({ path, fileName: 'it.sqlite' }, { host: desktop })),
      ...shellHandlers,
    });

    await user.click(await screen.findByRole('button', { name: /Open workspace file/ }));

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(inputsOf('workspace.chooseFile')).toEqual([{ purpose: 'open' }]);
    expect(inputsOf('workspace.open')).toEqual([{ path: '/data/it.sqlite' }]);
  });

  it('offers "Choose…" for the new file only in the desktop host', async () => {
    const { user, inputsOf } = renderApp({
      'workspace.info': () => welcomeInfo({ host: hostInfo({ kind: 'desktop', nativeFileDialogs: true }) }),
      'workspace.chooseFile': () => ({ path: '/data/new.sqlite' }),
    });

    await user.click(await screen.findByRole('button', { name: /New empty workspace/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New empty workspace' });
    await user.click(within(dialog).getByRole('button', { name: 'Choose…' }));

    await waitFor(() => expect(within(dialog).getByLabelText(/File name or path/)).toHaveValue('/data/new.sqlite'));
    expect(inputsOf('workspace.chooseFile')).toEqual([{ purpose: 'create' }]);
  });

  it('lists recent files, marks missing ones, forgets on request and shows the notice', async () => {
    const recent = [
      { path: '/data/it.sqlite', lastOpenedAt: '2026-03-01T10:00:00.000Z', exists: true },
      { path: '/old/gone.sqlite', lastOpenedAt: '2025-12-01T10:00:00.000Z', exists: false },
    ];
    const host = hostState(welcomeInfo({ recent, notice: 'Could not reopen gone.sqlite: the file is missing.' }));
    const { user, inputsOf } = renderApp({
      'workspace.info': host.info,
      'workspace.forgetRecent': ({ path }) => host.set(welcomeInfo({ recent: recent.filter((item) => item.path !== path) })),
    });

    expect(await screen.findByText('Could not reopen gone.sqlite: the file is missing.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Recent workspaces' });
    expect(within(list).getByRole('button', { name: 'Open it.sqlite' })).toBeEnabled();
    expect(within(list).getByRole('button', { name: 'gone.sqlite (file missing)' })).toBeDisabled();
    expect(within(list).getByText('File missing')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Forget gone.sqlite' }));

    await waitFor(() => expect(screen.queryByText('gone.sqlite')).not.toBeInTheDocument());
    expect(inputsOf('workspace.forgetRecent')).toEqual([{ path: '/old/gone.sqlite' }]);
  });
});
