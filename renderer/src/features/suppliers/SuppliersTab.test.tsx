import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Supplier } from '../../../../shared/api/suppliers-api';
import { contract, supplier } from '../../test/catalogue-fixtures';
import { apiError } from '../../test/fake-api';
import { openInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

function renderSuppliers(suppliers: Supplier[], handlers: Parameters<typeof renderApp>[0] = {}, path = '/suppliers') {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'people.list': () => [],
      'suppliers.list': () => suppliers,
      'contracts.list': () => [],
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
    expect(inputsOf('suppliers.create')).toEqual([{ name: 'halcyon networks plc', contact: '', notes: '' }]);
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
});
