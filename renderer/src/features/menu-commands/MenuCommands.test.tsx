import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../../shared/api/desktop-bridge';
import { emptySummary, hostInfo, openInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

/** A stand-in for the preload bridge: tests "click" menu items with `send`. */
function fakeMenu() {
  const listeners = new Set<(command: MenuCommand) => void>();
  return {
    source: {
      onMenuCommand(listener: (command: MenuCommand) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    send: (command: MenuCommand) => act(() => listeners.forEach((listener) => listener(command))),
    listenerCount: () => listeners.size,
  };
}

const handlers = {
  'workspace.info': () => openInfo({}, { host: hostInfo({ kind: 'desktop', nativeFileDialogs: true }) }),
  'dashboard.summary': () => emptySummary(),
  'people.list': () => [],
  'settings.get': () => ({ organisationName: 'Acme IT', currentPersonId: null }),
  'workspace.backup': () => ({
    path: '/backups/acme-1.sqlite',
    fileName: 'acme-1.sqlite',
    createdAt: '2026-03-02T10:00:00.000Z',
    sizeBytes: 1024,
    kind: 'manual' as const,
  }),
};

describe('MenuCommands', () => {
  it('maps File › New to the new-workspace form and Settings to the settings screen', async () => {
    const menu = fakeMenu();
    const { history } = renderApp(handlers, { menuSource: menu.source });
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(menu.listenerCount()).toBe(1);

    await menu.send('workspace.new');
    expect(await screen.findByRole('dialog', { name: 'New empty workspace' })).toBeInTheDocument();

    await menu.send('settings.open');
    expect(history.at(-1)).toBe('/settings');
  });

  it('backs up from the menu and says where the backup went', async () => {
    const menu = fakeMenu();
    const { inputsOf } = renderApp(handlers, { menuSource: menu.source });
    await screen.findByRole('heading', { name: 'Dashboard' });

    await menu.send('workspace.backup');

    expect(await screen.findByText('Backup saved')).toBeInTheDocument();
    expect(screen.getByText('/backups/acme-1.sqlite')).toBeInTheDocument();
    expect(inputsOf('workspace.backup')).toEqual([{}]);
  });

  it('opens the palette from the menu', async () => {
    const menu = fakeMenu();
    renderApp(handlers, { menuSource: menu.source });
    await screen.findByRole('heading', { name: 'Dashboard' });

    await menu.send('palette.open');
    expect(await screen.findByRole('textbox', { name: 'Command palette search' })).toBeInTheDocument();
  });
});
