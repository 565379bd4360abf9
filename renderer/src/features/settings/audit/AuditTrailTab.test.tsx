import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditFilter, ReadableAuditEntry } from '../../../../../shared/api/audit-api';
import { openInfo, person, readableAuditEntry } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

// 60 changes, newest (id 60) first, served 50 at a time like the host does. The newest is
// Priya's change of RSK-042's owner; the others create services.
const trail: ReadableAuditEntry[] = Array.from({ length: 60 }, (_, index) => {
  const id = 60 - index;
  if (id === 60) return readableAuditEntry({ id: 60 });
  return readableAuditEntry({
    id,
    action: 'create',
    actorId: 2,
    actorName: 'Daniel Kowalski',
    entity: 'service',
    entityLabel: 'Service',
    entityId: String(id),
    recordCode: `SVC-${String(id).padStart(3, '0')}`,
    recordName: `Service ${id}`,
    changes: [{ field: 'name', label: 'Name', before: null, after: `Service ${id}`, type: 'text' }],
  });
});

function matches(entry: ReadableAuditEntry, filter: AuditFilter): boolean {
  return (filter.actorId === undefined || entry.actorId === filter.actorId) && (filter.entity === undefined || entry.entity === filter.entity);
}

function renderAudit(path = '/settings/audit') {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'people.list': () => [person({ id: 1, name: 'Priya Shah' }), person({ id: 2, name: 'Daniel Kowalski' })],
      'audit.search': ({ filter = {}, beforeId, limit = 100 }) => {
        const older = trail.filter((entry) => matches(entry, filter) && (beforeId === undefined || entry.id < beforeId));
        const page = older.slice(0, limit);
        return { entries: page, nextBeforeId: older.length > limit ? page[page.length - 1]!.id : null };
      },
      'search.records': () => [
        { kind: 'risk', id: 42, code: 'RSK-042', title: 'Mail relay outage', subtitle: null },
        { kind: 'service', id: 7, code: 'SVC-007', title: 'Email', subtitle: null },
      ],
      'audit.export': () => ({ fileName: 'audit-trail-2026-11-24.csv', mimeType: 'text/csv', contentBase64: btoa('When (UTC)\r\n'), rows: 1 }),
    },
    { path },
  );
}

describe('AuditTrailTab', () => {
  it('reads like a sentence: record code, field label, before → after, who and when', async () => {
    renderAudit();
    const list = await screen.findByRole('list', { name: 'Audit trail' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(50);
    expect(items[0]).toHaveTextContent('RSK-042 owner: Daniel Kowalski → Samira Haddad');
    expect(within(items[0]!).getByRole('link', { name: 'RSK-042' })).toHaveAttribute('href', '/risks/42');
    expect(within(items[0]!).getByText('Priya Shah')).toBeInTheDocument();
    expect(within(items[0]!).getByText(/2026/)).toHaveAttribute('datetime', '2026-11-20T09:30:00.000Z');
    expect(items[1]).toHaveTextContent('Created SVC-059 Service 59');
  });

  it('shows the fields a record was created with, and the recorded data, on demand by keyboard', async () => {
    const { user } = renderAudit();
    const list = await screen.findByRole('list', { name: 'Audit trail' });
    const created = within(list).getAllByRole('listitem')[1]!;
    within(created).getByRole('button', { name: 'Show the 1 field recorded' }).focus();
    await user.keyboard('{Enter}');
    expect(created).toHaveTextContent('Name: Service 59');
    const raw = within(created).getByRole('button', { name: /Recorded data/ });
    raw.focus();
    await user.keyboard(' ');
    expect(raw).toHaveAttribute('aria-expanded', 'true');
  });

  it('keeps the filters in the address and sends them to the API', async () => {
    const { user, inputsOf, history } = renderAudit();
    await screen.findByRole('list', { name: 'Audit trail' });
    await user.click(screen.getByRole('combobox', { name: 'Changed by' }));
    await user.click(await screen.findByRole('option', { name: 'Priya Shah' }));
    await waitFor(() => expect(history.at(-1)).toBe('/settings/audit?person=1'));
    const list = await screen.findByRole('list', { name: 'Audit trail' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(inputsOf('audit.search')).toContainEqual({ filter: { actorId: 1 }, limit: 50 });
  });

  it('narrows to one record found by code or name', async () => {
    const { user, history, inputsOf } = renderAudit();
    await screen.findByRole('list', { name: 'Audit trail' });
    await user.type(screen.getByRole('combobox', { name: 'Record' }), 'RSK');
    await user.click(await screen.findByRole('option', { name: 'RSK-042 Mail relay outage' }));
    await waitFor(() => expect(history.at(-1)).toBe('/settings/audit?kind=risk&record=42'));
    await waitFor(() => expect(inputsOf('audit.search')).toContainEqual({ filter: { entity: 'risk', entityId: '42' }, limit: 50 }));
    expect(screen.getByRole('combobox', { name: 'Record' })).toHaveValue('RSK-042 Mail relay outage');
  });

  it('reads a date range from the address as the reader’s local days', async () => {
    const { inputsOf } = renderAudit('/settings/audit?from=2026-11-01&to=2026-11-30&kind=risk');
    await screen.findByRole('list', { name: 'Audit trail' });
    const filter = (inputsOf('audit.search')[0] as { filter: AuditFilter }).filter;
    expect(filter.entity).toBe('risk');
    expect(new Date(filter.since!).getDate()).toBe(1);
    expect(new Date(filter.until!).getDate()).toBe(1);
    expect(new Date(filter.until!).getMonth()).toBe(11);
  });

  it('says when no change matches and clears the filters', async () => {
    const { user, history } = renderAudit('/settings/audit?kind=contract');
    expect(await screen.findByText('No changes match these filters')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(history.at(-1)).toBe('/settings/audit'));
    expect(await screen.findByRole('list', { name: 'Audit trail' })).toBeInTheDocument();
  });

  it('loads older changes with the id the previous page ended on, until the beginning', async () => {
    const { user, inputsOf } = renderAudit();
    await screen.findByRole('list', { name: 'Audit trail' });
    await user.click(screen.getByRole('button', { name: 'Load older changes' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Audit trail' })).getAllByRole('listitem')).toHaveLength(60));
    expect(inputsOf('audit.search')).toEqual([
      { filter: {}, limit: 50 },
      { filter: {}, beforeId: 11, limit: 50 },
    ]);
    expect(screen.getByText(/the beginning of the trail/)).toBeInTheDocument();
  });

  it('exports the filtered entries as CSV', async () => {
    const { user, inputsOf } = renderAudit('/settings/audit?person=2');
    await screen.findByRole('list', { name: 'Audit trail' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(inputsOf('audit.export')).toEqual([{ filter: { actorId: 2 } }]));
    expect(await screen.findByText('Exported audit-trail-2026-11-24.csv')).toBeInTheDocument();
  });
});
