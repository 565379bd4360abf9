import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboxItem } from '../../../../shared/api/reviews-api';
import { emptySummary, hostInfo, openInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const overdue: InboxItem = {
  kind: 'risk',
  subjectId: 4,
  code: 'RSK-004',
  title: 'Payroll server',
  dueOn: '2026-11-20',
  state: 'overdue',
  reviewerId: 1,
  reviewerName: 'Alex Morgan',
  band: 'High',
};

function renderShell(kind: 'browser' | 'desktop') {
  return renderApp(
    {
      'workspace.info': () => openInfo({ currentPerson: { id: 1, name: 'Alex Morgan' } }, { host: hostInfo({ kind }) }),
      'dashboard.summary': () => emptySummary(),
      'reviews.counts': () => ({ overdue: 1, escalated: 0, dueThisWeek: 0, dueSoon: 0, awaitingApproval: 0 }),
      'reviews.evaluate': () => ({ reopened: [] }),
      'reviews.inbox': () => ({ rows: [overdue], total: 1 }),
    },
    { path: '/' },
  );
}

// Other files' screens run the same clock in this worker and remember what they announced today.
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('the daily overdue announcement in the page', () => {
  it('in the browser host, announces newly overdue reviews once (the app’s notice when the page may not notify)', async () => {
    const { inputsOf } = renderShell('browser');
    expect(await screen.findByText('1 review is newly overdue: RSK-004')).toBeInTheDocument();
    expect(inputsOf('reviews.inbox')).toContainEqual({ personId: 1, limit: 1000 });
  });

  it('in the desktop app, leaves it to the main process (Electron’s notification) and says nothing', async () => {
    const { inputsOf } = renderShell('desktop');
    await waitFor(() => expect(inputsOf('reviews.evaluate')).toHaveLength(1));
    expect(inputsOf('reviews.inbox')).toEqual([]);
    expect(screen.queryByText(/newly overdue/)).not.toBeInTheDocument();
  });
});
