import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../../shared/api/audit-api';
import { auditEntry, openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

// 60 changes, newest (id 60) first, served 50 at a time like the host does.
const trail: AuditEntry[] = Array.from({ length: 60 }, (_, index) => {
  const id = 60 - index;
  return auditEntry({
    id,
    entityId: String(id),
    action: id === 60 ? 'update' : 'create',
    before: id === 60 ? { id: 60, name: 'Tom K', role: 'Analyst' } : null,
    after: { id, name: id === 60 ? 'Tomasz Kowalczyk' : `Person ${id}`, role: 'Analyst' },
  });
});

function renderAudit() {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'people.list': () => [],
      'audit.list': ({ beforeId, limit = 100 }) => {
        const older = trail.filter((entry) => beforeId === undefined || entry.id < beforeId);
        const page = older.slice(0, limit);
        return { entries: page, nextBeforeId: older.length > limit ? page[page.length - 1]!.id : null };
      },
    },
    { path: '/settings/audit' },
  );
}

describe('AuditTrailTab', () => {
  it('lists changes newest first with who, what and which fields changed', async () => {
    renderAudit();
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(50);
    expect(within(rows[0]!).getByText('person #60 · Tomasz Kowalczyk')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('changed name')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Priya Shah')).toBeInTheDocument();
  });

  it('shows before and after on demand', async () => {
    const { user } = renderAudit();
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    const toggle = within(table).getAllByRole('button', { name: 'Show before and after' })[0]!;

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(table).getByText(/"name": "Tom K"/)).toBeInTheDocument();
    expect(within(table).getByText(/"name": "Tomasz Kowalczyk"/)).toBeInTheDocument();
  });

  it('loads older changes with the id the previous page ended on, until the beginning', async () => {
    const { user, inputsOf } = renderAudit();
    await screen.findByRole('table', { name: 'Audit trail' });

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('person #1 · Person 1')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Audit trail' })).getAllByRole('row')).toHaveLength(61);
    expect(inputsOf('audit.list')).toEqual([{ limit: 50 }, { beforeId: 11, limit: 50 }]);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText(/the beginning of the trail/)).toBeInTheDocument();
  });
});
