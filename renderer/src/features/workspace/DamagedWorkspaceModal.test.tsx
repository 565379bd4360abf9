import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BackupFile } from '../../../../shared/api/workspace-api';
import { apiError } from '../../test/fake-api';
import { emptySummary, hostState, openInfo, welcomeInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const backup = (fileName: string, createdAt: string, kind: BackupFile['kind']): BackupFile => ({
  path: `/data/it-backups/${fileName}`,
  fileName,
  createdAt,
  sizeBytes: 1_234_567,
  kind,
});

const damagedMessage = 'it.sqlite is damaged and cannot be used safely (SQLite reports: database disk image is malformed). Nothing in it was changed.';

describe('opening a damaged workspace', () => {
  it('says it is damaged, lists its backups newest first with kind, date and size, and restores the chosen one after a confirmation', async () => {
    const recent = [{ path: '/data/it.sqlite', lastOpenedAt: '2026-11-20T10:00:00.000Z', exists: true }];
    const host = hostState(welcomeInfo({ recent }));
    const backups = [
      backup('it-20261123-090000-automatic.sqlite', '2026-11-23T09:00:00.000Z', 'automatic'),
      backup('it-20261101-090000-before-upgrade.sqlite', '2026-11-01T09:00:00.000Z', 'before-upgrade'),
      backup('it-20261020-090000-damaged.sqlite', '2026-10-20T09:00:00.000Z', 'damaged'),
    ];
    const { user, inputsOf } = renderApp({
      'workspace.info': host.info,
      'workspace.open': () => {
        throw apiError({ code: 'workspace_damaged', message: damagedMessage, field: 'path' });
      },
      'workspace.listBackups': () => backups,
      'workspace.restore': () => ({
        ...host.set(openInfo({ path: '/data/it.sqlite', fileName: 'it.sqlite' })),
        safetyBackup: backup('it-20261124-090000-damaged.sqlite', '2026-11-24T09:00:00.000Z', 'damaged'),
      }),
      'dashboard.summary': () => emptySummary(),
      'people.list': () => [],
    });

    await user.click(await screen.findByRole('button', { name: 'Open it.sqlite' }));
    const dialog = await screen.findByRole('dialog', { name: 'it.sqlite is damaged' });
    expect(within(dialog).getByText(damagedMessage)).toBeInTheDocument();
    const table = await within(dialog).findByRole('table', { name: 'Backups of the damaged workspace' });
    const rows = within(table).getAllByRole('row').slice(1);
    // The set-aside damaged file is not offered; the latest good backup is first.
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual(['Automatic', 'Before upgrade']);
    expect(within(rows[0]!).getByText('1.2 MB')).toBeInTheDocument();
    expect(inputsOf('workspace.listBackups')).toEqual([{ workspacePath: '/data/it.sqlite' }]);

    await user.click(within(table).getByRole('button', { name: 'Restore it-20261123-090000-automatic.sqlite' }));
    const confirm = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(within(confirm).getByText(/The damaged file is moved into the backups folder, not deleted/)).toBeInTheDocument();
    expect(inputsOf('workspace.restore')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Restore this backup' }));

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(inputsOf('workspace.restore')).toEqual([{ backupPath: '/data/it-backups/it-20261123-090000-automatic.sqlite', workspacePath: '/data/it.sqlite' }]);
  });

  it('shows the last backup in the status line, and "none yet" when there is none', async () => {
    const last = backup('it-20261123-090000-automatic.sqlite', '2026-11-23T09:00:00.000Z', 'automatic');
    const withBackup = renderApp({
      'workspace.info': () => openInfo({ lastBackup: last }),
      'dashboard.summary': () => emptySummary(),
      'people.list': () => [],
    });
    const status = await screen.findByRole('status', { name: 'Workspace status' });
    await waitFor(() => expect(within(status).getByRole('link', { name: /Last backup: / })).toHaveAttribute('href', '/settings/backups'));
    expect(within(status).getByRole('link', { name: /Last backup: / }).textContent).toMatch(/23 Nov 2026|Nov 23, 2026/);
    withBackup.unmount();

    renderApp({ 'workspace.info': () => openInfo({ lastBackup: null }), 'dashboard.summary': () => emptySummary(), 'people.list': () => [] });
    expect(await screen.findByRole('link', { name: 'Last backup: none yet' })).toBeInTheDocument();
  });
});
