import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../../shared/api/suppliers-api';
import { contract, serviceSummary, supplier } from '../../test/catalogue-fixtures';
import { apiError } from '../../test/fake-api';
import { openInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const contracts: Contract[] = [
  contract({ id: 1, daysToEnd: 30 }),
  contract({ id: 2, title: 'Old print deal', daysToEnd: -12, endDate: '2026-02-18', services: [] }),
  contract({
    id: 3,
    kind: 'ola',
    title: 'Desk OLA',
    supplierId: null,
    supplierName: null,
    internalTeam: 'Service Desk',
    endDate: null,
    daysToEnd: null,
    noticeDate: null,
    noticeDays: null,
  }),
  contract({ id: 4, title: 'EPR support', daysToEnd: 400 }),
];

function renderContracts(handlers: Parameters<typeof renderApp>[0] = {}, path = '/suppliers/contracts') {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'people.list': () => [],
      'suppliers.list': () => [supplier(), supplier({ id: 2, name: 'Bluewater Cloud Services', contractCount: 0 })],
      'services.list': () => ({ rows: [serviceSummary(), serviceSummary({ id: 6, code: 'SVC-006', name: 'Wi-Fi' })], total: 2 }),
      'contracts.list': ({ endingWithinDays }) =>
        endingWithinDays === undefined ? contracts : contracts.filter((c) => c.daysToEnd !== null && c.daysToEnd >= 0 && c.daysToEnd <= endingWithinDays),
      ...handlers,
    },
    { path },
  );
}

function rowOf(table: HTMLElement, title: string): HTMLElement {
  return within(table).getByText(title).closest('tr')!;
}

describe('Contracts and OLAs', () => {
  it('marks contracts ending within 90 days, ended ones and open-ended ones, with links to their services', async () => {
    renderContracts();

    const table = await screen.findByRole('table', { name: 'Contracts' });
    expect(within(rowOf(table, 'Managed WAN, LAN and Wi-Fi')).getByText('Ends in 30 days')).toBeInTheDocument();
    expect(rowOf(table, 'Managed WAN, LAN and Wi-Fi')).toHaveAttribute('data-status', 'ending');
    expect(within(rowOf(table, 'Old print deal')).getByText('Ended 12 days ago')).toBeInTheDocument();
    expect(within(rowOf(table, 'Desk OLA')).getByText('No end date')).toBeInTheDocument();
    expect(within(rowOf(table, 'Desk OLA')).getByText('Service Desk')).toBeInTheDocument();
    expect(within(rowOf(table, 'EPR support')).getByText('Active')).toBeInTheDocument();
    expect(within(rowOf(table, 'Managed WAN, LAN and Wi-Fi')).getByRole('link', { name: 'SVC-005 · Network (LAN/WAN)' })).toHaveAttribute(
      'href',
      '/services/5',
    );
    expect(within(rowOf(table, 'Managed WAN, LAN and Wi-Fi')).getByRole('link', { name: 'Halcyon Networks plc' })).toHaveAttribute('href', '/suppliers/1');
    expect(screen.getByText('4 contracts, 1 ending within 90 days, 1 ended')).toBeInTheDocument();
  });

  it('filters to the contracts ending within 90 days, keeping the filter in the address', async () => {
    const { user, history, inputsOf } = renderContracts();

    await screen.findByRole('table', { name: 'Contracts' });
    await user.click(screen.getByText('Ending within 90 days'));

    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Contracts' })).queryByText('EPR support')).not.toBeInTheDocument());
    expect(history.at(-1)).toBe('/suppliers/contracts?ending=90');
    expect(inputsOf('contracts.list')).toContainEqual({ endingWithinDays: 90 });
  });

  it('switches between the supplier and the internal team when the type changes', async () => {
    const { user } = renderContracts();

    await user.click(await screen.findByRole('button', { name: 'Add contract or OLA' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a contract or OLA' });
    expect(within(dialog).getByRole('combobox', { name: /Supplier/ })).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox', { name: /Internal team/ })).not.toBeInTheDocument();

    await user.click(within(dialog).getByText('OLA (internal team)'));
    expect(within(dialog).getByRole('textbox', { name: /Internal team/ })).toBeInTheDocument();
    expect(within(dialog).queryByRole('combobox', { name: /Supplier/ })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Add OLA' })).toBeInTheDocument();

    // The browser checks with the API's own rules before sending anything.
    await user.click(within(dialog).getByRole('button', { name: 'Add OLA' }));
    expect(await within(dialog).findByText('Internal team is required for an OLA (the team that provides it)')).toBeInTheDocument();
  });

  it('shows the API’s field error at the field and keeps the form open', async () => {
    const message = 'End date: must not be before the start date';
    const { user, inputsOf } = renderContracts({
      'contracts.create': () => {
        throw apiError({ code: 'invalid_input', message, field: 'endDate' });
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Add contract or OLA' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a contract or OLA' });
    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'WAN support');
    await user.click(within(dialog).getByRole('combobox', { name: /Supplier/ }));
    await user.click(await screen.findByRole('option', { name: 'Bluewater Cloud Services' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add contract' }));

    const endDate = within(dialog).getByLabelText(/End date/);
    await waitFor(() => expect(endDate).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText(message)).toBeInTheDocument();
    expect(screen.getByText('Could not add the contract')).toBeInTheDocument();
    expect(inputsOf('contracts.create')).toEqual([
      {
        kind: 'underpinning',
        title: 'WAN support',
        supplierId: 2,
        internalTeam: null,
        startDate: null,
        endDate: null,
        noticeDays: null,
        targetsText: '',
        serviceIds: [],
      },
    ]);
  });

  it('edits a contract with its values filled in', async () => {
    const { user, inputsOf } = renderContracts({ 'contracts.update': (input) => contract({ id: input.id, title: input.title ?? 'x' }) });

    await user.click(await screen.findByRole('button', { name: 'Edit Managed WAN, LAN and Wi-Fi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Managed WAN, LAN and Wi-Fi' });
    expect(within(dialog).getByLabelText(/End date/)).toHaveValue('2027-01-08');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved Managed WAN, LAN and Wi-Fi')).toBeInTheDocument();
    expect(inputsOf('contracts.update')).toEqual([
      {
        id: 1,
        kind: 'underpinning',
        title: 'Managed WAN, LAN and Wi-Fi',
        supplierId: 1,
        internalTeam: null,
        startDate: '2022-01-09',
        endDate: '2027-01-08',
        noticeDays: 90,
        targetsText: 'WAN availability 99.95 %',
        serviceIds: [5],
      },
    ]);
  });

  it('marks the contract arrived at from the dashboard', async () => {
    renderContracts({}, '/suppliers/contracts?focus=4');
    const table = await screen.findByRole('table', { name: 'Contracts' });
    expect(rowOf(table, 'EPR support')).toHaveAttribute('data-focused', 'true');
    expect(rowOf(table, 'Desk OLA')).not.toHaveAttribute('data-focused');
  });
});
