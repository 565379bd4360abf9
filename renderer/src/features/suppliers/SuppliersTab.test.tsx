import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Supplier } from '../../../../shared/api/suppliers-api';
import { contract, supplier } from '../../test/catalogue-fixtures';
import { apiError } from '../../test/fake-api';
import { openInfo, person, readableAuditEntry } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

function renderSuppliers(suppliers: Supplier[], handlers: Parameters<typeof renderApp>[0] = {}, path = '/suppliers') {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'people.list': () => [
        person({ id: 1, name: 'Fiona MacLeod' }),
        person({ id: 2, name: 'Samira Haddad' }),
        person({ id: 3, name: 'Left Already', active: false }),
      ],
      'suppliers.list': () => suppliers,
      'contracts.list': () => [],
      // The supplier page's History section asks for the supplier's audit entries.
      'audit.search': () => ({ entries: [], nextBeforeId: null }),
      ...handlers,
    },
    { path },
  );
}

describe('Suppliers', () => {
  it('lists suppliers with their contact and number of contracts, and filters by the search in the address', async () => {
    const { user, history } = renderSuppliers([
      supplier(),
      supplier({ id: 2, name: 'Bluewater Cloud Services', contact: 'support@bluewater.example', contractCount: 0 }),
    ]);

    const table = await screen.findByRole('table', { name: 'Suppliers' });
    expect(within(table).getByRole('link', { name: 'Halcyon Networks plc' })).toHaveAttribute('href', '/suppliers/1');
    expect(within(table).getByText('1 contract')).toBeInTheDocument();
    expect(within(table).getByText('0 contracts')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Search suppliers' }), 'bluewater');
    expect(within(table).queryByText('Halcyon Networks plc')).not.toBeInTheDocument();
    expect(within(table).getByText('support@bluewater.example')).toBeInTheDocument();
    expect(history.at(-1)).toBe('/suppliers?q=bluewater');
  });

  it('shows each supplier’s manager and next review date, the date red with "overdue" once past, and finds suppliers by manager', async () => {
    // The renderer clock is pinned to 2026-11-24.
    const { user } = renderSuppliers([
      supplier({ managerId: 1, managerName: 'Fiona MacLeod', nextReviewDate: '2026-11-14' }),
      supplier({ id: 2, name: 'Bluewater Cloud Services', managerId: 2, managerName: 'Samira Haddad', nextReviewDate: '2027-01-31' }),
      supplier({ id: 3, name: 'Sentinel Security', contact: null }),
    ]);

    const table = await screen.findByRole('table', { name: 'Suppliers' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Name', 'Contact', 'Manager', 'Next review', 'Contracts', 'Actions']);
    const rows = within(table).getAllByRole('row').slice(1);
    const cell = (row: number, column: number): HTMLElement => {
      const found = within(rows[row] ?? table).getAllByRole('cell')[column];
      if (!found) throw new Error(`no cell ${column} in row ${row}`);
      return found;
    };

    expect(cell(0, 2)).toHaveTextContent('Fiona MacLeod');
    expect(cell(0, 3)).toHaveTextContent('Nov 14, 2026');
    const late = within(cell(0, 3)).getByText('10 days overdue');
    expect(late.style.color).toBe('var(--mantine-color-red-text)');
    expect(late.style.fontWeight).toBe('600');

    expect(cell(1, 2)).toHaveTextContent('Samira Haddad');
    expect(cell(1, 3)).toHaveTextContent('Jan 31, 2027');
    expect(cell(1, 3)).not.toHaveTextContent('overdue');

    expect(cell(2, 2)).toHaveTextContent('No manager');
    expect(cell(2, 3)).toHaveTextContent('Not planned');

    await user.type(screen.getByRole('textbox', { name: 'Search suppliers' }), 'samira');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByText('Bluewater Cloud Services')).toBeInTheDocument();
  });

  it('adds a supplier and shows the API’s field error under the name', async () => {
    const { user, inputsOf } = renderSuppliers([supplier()], {
      'suppliers.create': () => {
        throw apiError({ code: 'conflict', message: 'Name: a supplier called "Halcyon Networks plc" already exists.', field: 'name' });
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Add supplier' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a supplier' });
    const name = within(dialog).getByLabelText(/Name/);
    await user.type(name, 'halcyon networks plc{Enter}');

    await waitFor(() => expect(name).toHaveAccessibleDescription('Name: a supplier called "Halcyon Networks plc" already exists.'));
    expect(inputsOf('suppliers.create')).toEqual([{ name: 'halcyon networks plc', contact: '', notes: '', managerId: null, nextReviewDate: '' }]);
  });

  it('asks before deleting and shows the API’s refusal in the dialog', async () => {
    const message = 'Halcyon Networks plc cannot be deleted: it still has 1 contract.';
    const { user, inputsOf } = renderSuppliers([supplier()], {
      'suppliers.delete': () => {
        throw apiError({ code: 'conflict', message });
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Delete Halcyon Networks plc' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Halcyon Networks plc?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete supplier' }));

    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(within(dialog).getByText('Not deleted')).toBeInTheDocument();
    // Said once, in the dialog: not again in a notification behind it.
    expect(screen.getAllByText(message)).toHaveLength(1);
    expect(within(dialog).queryByRole('button', { name: 'Delete supplier' })).not.toBeInTheDocument();
    expect(inputsOf('suppliers.delete')).toEqual([{ id: 1 }]);
  });

  it('deletes a supplier without contracts after confirmation', async () => {
    const suppliers = [supplier({ contractCount: 0 })];
    const { user } = renderSuppliers(suppliers, {
      'suppliers.delete': ({ id }) => {
        suppliers.splice(0, 1);
        return { deleted: { id, name: 'Halcyon Networks plc' } };
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Delete Halcyon Networks plc' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete supplier' }));

    expect(await screen.findByText('Deleted Halcyon Networks plc')).toBeInTheDocument();
    expect(await screen.findByText('No suppliers yet')).toBeInTheDocument();
  });

  it('shows a supplier’s page with its contracts', async () => {
    renderSuppliers([supplier()], { 'contracts.list': ({ supplierId }) => (supplierId === 1 ? [contract()] : []) }, '/suppliers/1');

    expect(await screen.findByRole('heading', { name: 'Halcyon Networks plc' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Contracts with Halcyon Networks plc' });
    expect(within(table).getByText('Managed WAN, LAN and Wi-Fi')).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Supplier or team' })).not.toBeInTheDocument();
  });

  it('picks a manager and a next review date, and shows the API’s error under the manager', async () => {
    const { user, inputsOf } = renderSuppliers([supplier()], {
      'suppliers.update': () => {
        throw apiError({ code: 'not_found', message: 'Manager: there is no person with id 2.', field: 'managerId' });
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Edit Halcyon Networks plc' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Halcyon Networks plc' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Manager' }));
    // Inactive people are not offered for a new manager.
    expect(screen.queryByRole('option', { name: /Left Already/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Samira Haddad' }));
    await user.type(within(dialog).getByLabelText('Next review'), '2027-03-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('Manager: there is no person with id 2.')).toBeInTheDocument();
    expect(inputsOf('suppliers.update')).toEqual([
      {
        id: 1,
        name: 'Halcyon Networks plc',
        contact: 'Service desk 0800 555 0199',
        notes: 'WAN, LAN and Wi-Fi maintenance.',
        managerId: 2,
        nextReviewDate: '2027-03-01',
      },
    ]);
  });

  it('shows the manager and the next review on the supplier’s page, overdue in red, and its history', async () => {
    renderSuppliers(
      [supplier({ managerId: 1, managerName: 'Fiona MacLeod', nextReviewDate: '2026-11-15' })],
      {
        'audit.search': () => ({
          entries: [
            readableAuditEntry({
              id: 7,
              entity: 'supplier',
              entityLabel: 'Supplier',
              entityId: '1',
              recordCode: 'Halcyon Networks plc',
              changes: [{ field: 'managerId', label: 'Manager', before: null, after: 'Fiona MacLeod', type: 'text' }],
            }),
          ],
          nextBeforeId: null,
        }),
      },
      '/suppliers/1',
    );

    const review = await screen.findByRole('region', { name: 'Supplier review' });
    expect(within(review).getByText('Fiona MacLeod')).toBeInTheDocument();
    expect(within(review).getByText('9 days overdue')).toBeInTheDocument();
    expect(await screen.findByText(/Manager: — → Fiona MacLeod/)).toBeInTheDocument();
  });

  it('says when a supplier has no manager and no review planned', async () => {
    renderSuppliers([supplier()], {}, '/suppliers/1');
    const review = await screen.findByRole('region', { name: 'Supplier review' });
    expect(within(review).getByText(/No manager/)).toBeInTheDocument();
    expect(within(review).getByText('Not planned')).toBeInTheDocument();
  });

  it('lists the supplier’s reviews in its History as one sentence each, fields on demand', async () => {
    const { user, inputsOf } = renderSuppliers(
      [supplier()],
      {
        'audit.search': () => ({
          entries: [
            readableAuditEntry({
              id: 9,
              entity: 'review',
              entityLabel: 'Review',
              entityId: '3',
              action: 'create',
              summary: 'Review completed: targets met, next 2027-11-24 by Fiona MacLeod',
              changes: [{ field: 'outcome', label: 'Outcome', before: null, after: 'Targets met', type: 'text' }],
            }),
          ],
          nextBeforeId: null,
        }),
      },
      '/suppliers/1',
    );
    const history = await screen.findByRole('list', { name: 'History of Halcyon Networks plc' });
    expect(await within(history).findByText('Review completed: targets met, next 2027-11-24 by Fiona MacLeod')).toBeInTheDocument();
    expect(within(history).queryByText('Created this record')).not.toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: 'Show the 1 field recorded' }));
    expect(within(history).getByText('Outcome: Targets met')).toBeInTheDocument();
    expect(inputsOf('audit.search')).toEqual([{ filter: { entity: 'supplier', entityId: '1', withReviews: true }, limit: 10 }]);
  });
});
