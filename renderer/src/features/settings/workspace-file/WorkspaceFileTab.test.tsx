import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hostState, openInfo, welcomeInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

describe('WorkspaceFileTab', () => {
  it('shows the file, its size and format, and closes it back to the welcome screen', async () => {
    const host = hostState(openInfo({ path: '/home/ada/ServiceLedger/acme.sqlite', sizeBytes: 237_568, schemaVersion: 2 }));
    const { user, inputsOf } = renderApp(
      {
        'workspace.info': host.info,
        'people.list': () => [],
        'workspace.close': () =>
          host.set(welcomeInfo({ recent: [{ path: '/home/ada/ServiceLedger/acme.sqlite', lastOpenedAt: '2026-03-02T09:30:00.000Z', exists: true }] })),
      },
      { path: '/settings/workspace' },
    );

    const details = await screen.findByRole('table', { name: 'Workspace file' });
    expect(within(details).getByText('/home/ada/ServiceLedger/acme.sqlite')).toBeInTheDocument();
    expect(within(details).getByText('232 KB')).toBeInTheDocument();
    // The status line says the same, for every screen.
    expect(within(screen.getByRole('status', { name: 'Workspace status' })).getByText('format v2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close workspace' }));

    expect(await screen.findByRole('button', { name: /Open demo workspace/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open acme.sqlite' })).toBeInTheDocument();
    expect(screen.getByText('Closed acme.sqlite')).toBeInTheDocument();
    expect(inputsOf('workspace.close')).toEqual([{}]);
  });
});
