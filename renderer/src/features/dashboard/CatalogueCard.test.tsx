import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptySummary, fullSummary, openInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const base = { 'workspace.info': () => openInfo(), 'people.list': () => [] };

describe('Dashboard catalogue cards', () => {
  it('shows an empty catalogue and no contracts ending, with the catalogue tools at hand', async () => {
    renderApp({ ...base, 'dashboard.summary': () => emptySummary() });

    const card = await screen.findByRole('region', { name: 'Service catalogue' });
    const lifecycle = within(card).getByRole('list', { name: 'Services by lifecycle' });
    expect(
      within(lifecycle)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Pipeline0being designed or built', 'Live0in operation', 'Retired0withdrawn']);
    expect(within(card).getByText(/No services yet: import them from a spreadsheet/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Import…' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Export' })).toBeInTheDocument();

    const contracts = screen.getByRole('region', { name: 'Contracts ending within 90 days' });
    expect(within(contracts).getByText('No contract ends in the next 90 days')).toBeInTheDocument();
    expect(within(contracts).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows services by lifecycle and tier, and links each contract ending soon', async () => {
    const summary = fullSummary();
    summary.catalogue.contractsEnding.push({ id: 9, title: 'Desk OLA', supplierName: null, endDate: '2020-01-01', daysToEnd: -3 });
    renderApp({ ...base, 'dashboard.summary': () => summary });

    const card = await screen.findByRole('region', { name: 'Service catalogue' });
    expect(within(card).getByRole('listitem', { name: 'Tier 1: 5' })).toBeInTheDocument();
    expect(within(card).getByRole('listitem', { name: 'Tier 4: 2' })).toBeInTheDocument();
    expect(within(within(card).getByRole('list', { name: 'Services by lifecycle' })).getByText('19')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Contracts ending soon' });
    const [wan, ola] = within(table).getAllByRole('row').slice(1);
    expect(within(wan!).getByRole('link', { name: 'WAN managed service' })).toHaveAttribute('href', '/suppliers/contracts?focus=2');
    expect(within(wan!).getByText('Contoso Networks')).toBeInTheDocument();
    expect(within(wan!).getByText('Ends in 45 days')).toBeInTheDocument();
    expect(within(ola!).getByText('Internal (OLA)')).toBeInTheDocument();
    expect(within(ola!).getByText('Ended 3 days ago')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All contracts' })).toHaveAttribute('href', '/suppliers/contracts?ending=90');
  });
});
