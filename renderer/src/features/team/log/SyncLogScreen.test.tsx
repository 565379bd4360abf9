import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncLogEntry } from '../../../../../shared/team/team-types';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { syncLogEntry, teamStatus } from '../../../test/team-fixtures';

// Two waiting changes of Ada's, then 148 changes numbered 148 down to 1, served 100 at a time.
const log: SyncLogEntry[] = [
  syncLogEntry({ seq: null, direction: 'waiting', outcome: 'waiting', actor: 'ada', recordLabel: 'RSK-042 Mail relay outage', table: 'risks', field: 'title' }),
  syncLogEntry({ seq: null, direction: 'waiting', outcome: 'waiting', actor: 'ada' }),
  ...Array.from({ length: 148 }, (_, index) => {
    const seq = 148 - index;
    return seq === 148
      ? syncLogEntry({ seq, outcome: 'renamed', note: 'SVC-007 was taken by another record, so this one became SVC-007-2.' })
      : syncLogEntry({ seq, direction: seq % 2 ? 'sent' : 'received', recordLabel: `SVC-${seq}` });
  }),
];

function renderLog(entries: SyncLogEntry[]) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'team.status': () => teamStatus(),
      'team.log': ({ limit = 100, beforeSeq }) => {
        const older = beforeSeq === undefined ? entries : entries.filter((entry) => entry.seq !== null && entry.seq < beforeSeq);
        const page = older.slice(0, limit);
        return { entries: page, nextBeforeSeq: older.length > limit ? page[page.length - 1]!.seq : null };
      },
    },
    { path: '/team/log' },
  );
}

describe('SyncLogScreen', () => {
  it('says that nothing was synced yet', async () => {
    renderLog([]);
    expect(await screen.findByText('Nothing synced yet')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Sync log' })).not.toBeInTheDocument();
  });

  it('lists time, direction, who, record, field, outcome and note, and loads older pages', async () => {
    const { user, inputsOf } = renderLog(log);
    const table = await screen.findByRole('table', { name: 'Sync log' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(100);
    expect(rows[0]).toHaveTextContent(/Waiting.*ada.*Risk RSK-042 Mail relay outage.*Title.*Waiting/);
    expect(rows[2]).toHaveTextContent(/Received.*grace.*Service SVC-007 Email.*Owner.*Renamed.*SVC-007 was taken by another record/);
    expect(within(rows[2]!).getByText(/2026/)).toHaveAttribute('datetime', '2026-11-24T08:58:00.000Z');
    expect(screen.getByText('100 entries shown')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load older entries' }));
    expect(await screen.findByText('150 entries shown — the beginning of the log')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(151);
    expect(inputsOf('team.log')).toEqual([{ limit: 100 }, { limit: 100, beforeSeq: 51 }]);
  });
});
