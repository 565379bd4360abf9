import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serviceSummary } from '../../../test/catalogue-fixtures';
import { renderApp } from '../../../test/render-app';
import { registerHandlers } from './risk-test-fixtures';

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('Risk register tools', () => {
  it('selects a range with shift-click and changes the owner of those risks in one bulk update', async () => {
    const handlers = { ...registerHandlers(), 'risks.bulkUpdate': ({ ids }: { ids?: number[] }) => ({ updated: ids?.length ?? 0 }) };
    const fake = renderApp(handlers, { path: '/risks' });

    await fake.user.click(await screen.findByRole('checkbox', { name: 'Select RSK-001' }));
    await fake.user.keyboard('{Shift>}');
    await fake.user.click(screen.getByRole('checkbox', { name: 'Select RSK-003' }));
    await fake.user.keyboard('{/Shift}');
    const bar = screen.getByRole('region', { name: 'Selected risks' });
    expect(within(bar).getByText('3 risks selected')).toBeInTheDocument();
    // Clicking the checkbox selects; it does not open the risk.
    expect(fake.history.at(-1)).toBe('/risks');

    await fake.user.click(within(bar).getByRole('button', { name: 'Change owner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the owner of 3 risks' });
    await fake.user.click(within(dialog).getByRole('button', { name: 'Change 3 risks' }));
    expect(within(dialog).getByText('Choose the new owner, or “No owner” to remove it')).toBeInTheDocument();
    expect(fake.inputsOf('risks.bulkUpdate')).toEqual([]);

    await fake.user.click(within(dialog).getByRole('combobox', { name: 'New owner' }));
    await fake.user.click(await screen.findByRole('option', { name: 'Ann Baker' }));
    expect(within(dialog).getByText(/Ann Baker will own the 3 risks\./)).toBeInTheDocument();
    const listCalls = fake.inputsOf('risks.list').length;
    await fake.user.click(within(dialog).getByRole('button', { name: 'Change 3 risks' }));

    expect(await screen.findByText('Changed the owner of 3 risks')).toBeInTheDocument();
    expect(fake.inputsOf('risks.bulkUpdate')).toEqual([{ ids: [1, 2, 3], ownerId: 3 }]);
    await waitFor(() => expect(fake.inputsOf('risks.list').length).toBeGreaterThan(listCalls));
    expect(screen.queryByRole('region', { name: 'Selected risks' })).not.toBeInTheDocument();
  });

  it('changes the next review date of every matching risk by the filter', async () => {
    const handlers = { ...registerHandlers(), 'risks.bulkUpdate': () => ({ updated: 3 }) };
    const fake = renderApp(handlers, { path: '/risks?status=treating' });

    await fake.user.click(await screen.findByRole('checkbox', { name: 'Select RSK-002' }));
    await fake.user.click(screen.getByRole('button', { name: 'Select all 3 matching risks' }));
    expect(screen.getByText('All 3 matching risks selected')).toBeInTheDocument();
    await fake.user.click(screen.getByRole('button', { name: 'Change next review date' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the next review date of 3 risks' });
    await fake.user.type(within(dialog).getByLabelText(/Next review date/), '2027-01-31');
    await fake.user.keyboard('{Enter}');

    await screen.findByText('Changed the next review date of 3 risks');
    expect(fake.inputsOf('risks.bulkUpdate')).toEqual([{ filter: { statuses: ['treating'] }, nextReviewDate: '2027-01-31' }]);
  });

  it('leaves out a risk unticked after selecting every matching one, unloaded rows still included', async () => {
    const handlers = { ...registerHandlers(), 'risks.bulkUpdate': () => ({ updated: 2 }) };
    const fake = renderApp(handlers, { path: '/risks?status=treating' });

    await fake.user.click(await screen.findByRole('checkbox', { name: 'Select RSK-002' }));
    await fake.user.click(screen.getByRole('button', { name: 'Select all 3 matching risks' }));
    await fake.user.click(screen.getByRole('checkbox', { name: 'Select RSK-002' }));
    expect(screen.getByText('2 matching risks selected (1 left out)')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select RSK-002' })).not.toBeChecked();
    await fake.user.click(screen.getByRole('button', { name: 'Change next review date' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the next review date of 2 risks' });
    await fake.user.type(within(dialog).getByLabelText(/Next review date/), '2027-01-31');
    await fake.user.keyboard('{Enter}');

    await screen.findByText('Changed the next review date of 2 risks');
    expect(fake.inputsOf('risks.bulkUpdate')).toEqual([{ filter: { statuses: ['treating'] }, exceptIds: [2], nextReviewDate: '2027-01-31' }]);
  });

  it('saves the current filters, sort and columns as a named view, and applies a saved one', async () => {
    const saved = {
      id: 7,
      screen: 'risks',
      name: 'Ann’s by title',
      state: { version: 1, query: 'owner=3&sort=title:desc', columns: ['code', 'title', 'services'] },
      updatedAt: '',
    };
    const handlers = {
      ...registerHandlers(),
      'views.list': () => [saved],
      'views.save': (input: { name: string; state: unknown }) => ({ ...saved, id: 8, name: input.name, state: input.state }),
    };
    const fake = renderApp(handlers, { path: '/risks?status=treating' });

    await fake.user.click(await screen.findByRole('button', { name: 'Saved views' }));
    await fake.user.click(await screen.findByRole('button', { name: 'Save current view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view' });
    await fake.user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Treating now{Enter}');
    await screen.findByText('Saved the view “Treating now”');
    expect(fake.inputsOf('views.save')).toEqual([
      {
        screen: 'risks',
        name: 'Treating now',
        state: { version: 1, query: 'status=treating', columns: ['code', 'title', 'owner', 'status', 'inherent', 'residual', 'target', 'review', 'actions'] },
      },
    ]);

    await fake.user.click(screen.getByRole('button', { name: 'Saved views' }));
    await fake.user.click(await screen.findByRole('button', { name: 'Ann’s by title' }));
    await waitFor(() => expect(fake.history.at(-1)).toBe('/risks?owner=3&sort=title:desc'));
    await waitFor(() => expect(fake.inputsOf('risks.list').at(-1)).toMatchObject({ ownerIds: [3], sort: { column: 'title', direction: 'desc' } }));
    const table = await screen.findByRole('table', { name: 'Risk register' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['', 'Code', 'Title', 'Services']);
    expect(screen.getByRole('button', { name: 'Saved views (showing Ann’s by title)' })).toBeInTheDocument();
  });

  it('filters by service and exports the filtered register', async () => {
    const handlers = {
      ...registerHandlers(),
      'services.list': () => ({
        rows: [serviceSummary({ id: 11, code: 'SVC-011', name: 'Email' }), serviceSummary({ id: 12, code: 'SVC-012', name: 'Payroll' })],
        total: 2,
      }),
      'risks.export': ({ format }: { format: 'csv' | 'xlsx' }) => ({
        fileName: `risk-register.${format}`,
        mimeType: 'text/csv',
        contentBase64: btoa('Code\r\n'),
      }),
    };
    const fake = renderApp(handlers, { path: '/risks' });

    await fake.user.click(await screen.findByRole('combobox', { name: 'Service' }));
    await fake.user.click(await screen.findByRole('option', { name: 'SVC-012 · Payroll' }));
    await waitFor(() => expect(fake.history.at(-1)).toBe('/risks?service=12'));
    await waitFor(() => expect(fake.inputsOf('risks.list').at(-1)).toMatchObject({ serviceIds: [12] }));

    await fake.user.click(screen.getByRole('button', { name: 'Import / Export' }));
    await fake.user.click(await screen.findByRole('menuitem', { name: 'Filtered: CSV (.csv)' }));
    await screen.findByText('Exported risk-register.csv');
    expect(fake.inputsOf('risks.export')).toEqual([{ format: 'csv', filter: { serviceIds: [12] } }]);
    expect(screen.getByRole('link', { name: 'New risk' })).toHaveAttribute('href', '/risks/new');
  });
});
