import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SlaSummary } from '../../../../../shared/api/slas-api';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { sampleBreach, sampleSlas } from '../test-fixtures';

function renderList(slas: SlaSummary[] = sampleSlas(), path = '/slas') {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'slas.list': (input) =>
        slas.filter(
          (sla) =>
            (!input.status || input.status.includes(sla.status)) &&
            (!input.search || `${sla.code} ${sla.name} ${sla.customer}`.toLowerCase().includes(input.search.toLowerCase())),
        ),
      'slas.breaches': () => [sampleBreach()],
    },
    { path },
  );
}

function dataRows() {
  return within(screen.getByRole('table', { name: 'SLAs' }))
    .getAllByRole('row')
    .slice(1);
}

describe('SlasScreen', () => {
  it('lists SLAs with their status, last month and overdue review, and the current breaches', async () => {
    renderList();
    expect(await screen.findByText('Email for Finance')).toBeInTheDocument();
    expect(dataRows()).toHaveLength(3);
    const payroll = dataRows()[1]!;
    expect(within(payroll).getByText('Breached')).toBeInTheDocument();
    expect(within(payroll).getByText('Overdue')).toBeInTheDocument();
    expect(within(dataRows()[2]!).getByText('No data')).toBeInTheDocument();
    expect(within(dataRows()[2]!).getByText('Draft')).toBeInTheDocument();
    const breaches = screen.getByRole('region', { name: 'Current breaches' });
    expect(within(breaches).getByText('P1 resolution within 4 h')).toBeInTheDocument();
    expect(within(breaches).getByRole('link', { name: 'SLA-002' })).toHaveAttribute('href', '/slas/2');
  });

  it('filters by status and search through the hash query and the API input', async () => {
    const { user, inputsOf, history } = renderList();
    await screen.findByText('Email for Finance');

    await user.click(within(screen.getByRole('group', { name: 'Filter by status' })).getByRole('checkbox', { name: 'Draft' }));
    await waitFor(() => expect(dataRows()).toHaveLength(1));
    expect(inputsOf('slas.list').at(-1)).toEqual({ status: ['draft'] });
    expect(history.at(-1)).toBe('/slas?status=draft');

    await user.type(screen.getByRole('textbox', { name: 'Search SLAs' }), 'sign');
    await waitFor(() => expect(inputsOf('slas.list').at(-1)).toEqual({ status: ['draft'], search: 'sign' }));
    expect(history.at(-1)).toBe('/slas?status=draft&q=sign');
  });

  it('lists the ten longest-running breaches and says how many there are in all', async () => {
    renderApp(
      {
        'workspace.info': () => openInfo(),
        'slas.list': () => sampleSlas(),
        'slas.breaches': () => Array.from({ length: 240 }, (_, index) => sampleBreach({ targetId: index + 1 })),
      },
      { path: '/slas' },
    );
    const breaches = await screen.findByRole('region', { name: 'Current breaches' });
    expect(within(breaches).getAllByRole('row')).toHaveLength(11);
    expect(breaches).toHaveTextContent('The 10 longest-running of 240 breaches.');
    expect(within(breaches).getByRole('link', { name: 'Attainment by service' })).toHaveAttribute('href', '/slas/portfolio');
  });

  it('reads the filters from the address', async () => {
    const { inputsOf } = renderList(sampleSlas(), '/slas?status=agreed&q=pay');
    expect(await screen.findByRole('table', { name: 'SLAs' })).toHaveTextContent('Payroll support');
    expect(inputsOf('slas.list')[0]).toEqual({ status: ['agreed'], search: 'pay' });
  });

  it('says so when a filter matches nothing, and when there are no SLAs', async () => {
    renderList([]);
    expect(await screen.findByText('No SLAs yet')).toBeInTheDocument();
    // One in the header, one in the empty state.
    expect(screen.getAllByRole('link', { name: 'New SLA' }).map((link) => link.getAttribute('href'))).toEqual(['/slas/new', '/slas/new']);
  });

  it('opens the SLA page from a row', async () => {
    const { user, history } = renderList();
    await user.click(await within(await screen.findByRole('table', { name: 'SLAs' })).findByText('Payroll support'));
    expect(history.at(-1)).toBe('/slas/2');
  });
});
