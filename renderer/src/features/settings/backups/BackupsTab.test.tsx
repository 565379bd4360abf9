import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BackupFile } from '../../../../../shared/api/workspace-api';
import { hostInfo, openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const backup = (fileName: string, createdAt: string): BackupFile => ({
  path: `/home/ada/ServiceLedger/acme-backups/${fileName}`,
  fileName,
  createdAt,
  sizeBytes: 200_000,
  kind: fileName.includes('before-restore') ? 'before-restore' : 'manual',
});

function renderBackups(options: { desktop?: boolean } = {}) {
  const host = hostInfo(options.desktop ? { kind: 'desktop', nativeFileDialogs: true } : {});
  const backups = [backup('acme-20260301-090000-manual.sqlite', '2026-03-01T09:00:00.000Z')];
  const safety = backup('acme-20260302-100000-before-restore.sqlite', '2026-03-02T10:00:00.000Z');
  return renderApp(
    {
      'workspace.info': () => openInfo({}, { host }),
      'people.list': () => [],
      'workspace.listBackups': () => [...backups],
      'workspace.backup': () => {
        const made = backup('acme-20260302-093000-manual.sqlite', '2026-03-02T09:30:00.000Z');
        backups.unshift(made);
        return made;
      },
      'workspace.chooseFile': () => ({ path: '/media/usb/acme-old.sqlite' }),
      'workspace.restore': () => {
        backups.unshift(safety);
        return { ...openInfo({}, { host }), safetyBackup: safety };
      },
    },
    { path: '/settings/backups' },
  );
}

describe('BackupsTab', () => {
  it('backs up now, says where the copy went and lists it', async () => {
    const { user, inputsOf } = renderBackups();
    const table = await screen.findByRole('table', { name: 'Backups' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByText('Manual')).toBeInTheDocument(); // the kind of each backup

    await user.click(screen.getByRole('button', { name: 'Back up now' }));

    expect(await screen.findByText('Backup saved')).toBeInTheDocument();
    expect(screen.getByText('/home/ada/ServiceLedger/acme-backups/acme-20260302-093000-manual.sqlite')).toBeInTheDocument();
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(inputsOf('workspace.backup')).toEqual([{}]);
  });

  it('restores only after a confirmation that explains the safety backup, then shows where it went', async () => {
    const { user, inputsOf } = renderBackups();
    await user.click(await screen.findByRole('button', { name: 'Restore acme-20260301-090000-manual.sqlite' }));

    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(within(dialog).getByText(/Its current state is backed up first/)).toBeInTheDocument();
    expect(inputsOf('workspace.restore')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Back up current state and restore' }));

    expect(await screen.findByText('Restored from acme-20260301-090000-manual.sqlite')).toBeInTheDocument();
    expect(screen.getAllByText('/home/ada/ServiceLedger/acme-backups/acme-20260302-100000-before-restore.sqlite').length).toBeGreaterThan(0);
    expect(inputsOf('workspace.restore')).toEqual([{ backupPath: '/home/ada/ServiceLedger/acme-backups/acme-20260301-090000-manual.sqlite' }]);
  });

  it('cancelling the confirmation restores nothing', async () => {
    const { user, inputsOf } = renderBackups();
    await user.click(await screen.findByRole('button', { name: 'Restore acme-20260301-090000-manual.sqlite' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Restore this backup?' })).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Restore this backup?' })).not.toBeInTheDocument());
    expect(inputsOf('workspace.restore')).toEqual([]);
  });

  it('offers "Restore from file…" with the native dialog only in the desktop host', async () => {
    const browser = renderBackups();
    await screen.findByRole('table', { name: 'Backups' });
    expect(screen.queryByRole('button', { name: 'Restore from file…' })).not.toBeInTheDocument();
    browser.unmount();

    const { user, inputsOf } = renderBackups({ desktop: true });
    await user.click(await screen.findByRole('button', { name: 'Restore from file…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(within(dialog).getByText('acme-old.sqlite')).toBeInTheDocument();
    expect(inputsOf('workspace.chooseFile')).toEqual([{ purpose: 'restore' }]);
  });
});
