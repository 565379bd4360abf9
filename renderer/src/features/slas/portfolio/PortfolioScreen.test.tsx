import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SlaPortfolio } from '../../../../../shared/api/slas-api';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { lastTwelveMonths } from './PortfolioScreen';

function portfolio(overrides: Partial<SlaPortfolio> = {}): SlaPortfolio {
  return {
    periods: ['2026-09', '2026-10'],
    rows: [
      { serviceId: 3, serviceCode: 'SVC-003', serviceName: 'Email', slaCount: 1, slaId: 7, cells: ['met', 'met'] },
      { serviceId: 4, serviceCode: 'SVC-004', serviceName: 'Payroll', slaCount: 2, slaId: null, cells: ['at-risk', 'breached'] },
      { serviceId: 5, serviceCode: 'SVC-005', serviceName: 'VPN', slaCount: 1, slaId: 9, cells: [null, 'met'] },
    ],
    totals: [],
    customers: ['All staff', 'Finance'],
    ...overrides,
  };
}

function renderStrip(data: SlaPortfolio = portfolio(), path = '/slas/portfolio') {
  return renderApp({ 'workspace.info': () => openInfo(), 'slas.portfolio': () => data }, { path });
}

const serviceLinks = () =>
  within(screen.getByRole('table', { name: 'Attainment' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('PortfolioScreen', () => {
  it('counts twelve complete months back', () => {
    expect(lastTwelveMonths(new Date('2026-11-24T07:00:00Z'))).toEqual({ from: '2025-11', to: '2026-10' });
  });

  it('shows each month’s result in words as well as colour, worst services first, with totals per month', async () => {
    const { inputsOf } = renderStrip();
    const breached = await screen.findByRole('button', { name: 'Payroll, Oct 2026: Breached' });
    expect(breached).toHaveAttribute('data-status', 'breached');
    expect(breached).toHaveTextContent('✕');
    expect(screen.getByRole('button', { name: 'VPN, Sep 2026: No data' })).toHaveTextContent('–');
    expect(serviceLinks()).toEqual(['SVC-004Payroll', 'SVC-003Email', 'SVC-005VPN']);
    const totals = screen.getByRole('row', { name: 'Totals' });
    expect(within(totals).getByLabelText('Oct 2026: 2 met, 0 at risk, 1 breached')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Services shown' })).toHaveTextContent('3 services');
    expect(within(screen.getByRole('list', { name: 'Legend' })).getByText('At risk')).toBeInTheDocument();
    expect(inputsOf('slas.portfolio')[0]).toEqual({ ...lastTwelveMonths(), slaStatus: ['agreed'] });
  });

  it('filters by text and by breaches, keeps the filters in the route, and says when nothing matches', async () => {
    const { user, history } = renderStrip();
    await screen.findByRole('table', { name: 'Attainment' });

    await user.click(screen.getByRole('radio', { name: 'Has a breach' }));
    expect(serviceLinks()).toEqual(['SVC-004Payroll']);
    expect(history.at(-1)).toBe('/slas/portfolio?health=breached');
    expect(screen.getByRole('status', { name: 'Services shown' })).toHaveTextContent('1 of 3 services');

    await user.type(screen.getByRole('textbox', { name: 'Search services' }), 'email');
    expect(await screen.findByText('No service matches these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }));
    await waitFor(() => expect(serviceLinks()).toHaveLength(3));
    expect(screen.getByRole('textbox', { name: 'Search services' })).toHaveValue('');
  });

  it('asks the host for one customer’s SLAs', async () => {
    const { inputsOf } = renderStrip(portfolio(), '/slas/portfolio?customer=Finance&sort=code');
    await screen.findByRole('table', { name: 'Attainment' });
    expect(inputsOf('slas.portfolio')[0]).toMatchObject({ customer: 'Finance' });
    expect(serviceLinks()).toEqual(['SVC-003Email', 'SVC-004Payroll', 'SVC-005VPN']);
  });

  it('opens the service’s SLA from a cell, or the SLA list filtered to a service with several', async () => {
    const { user, history } = renderStrip();
    await user.click(await screen.findByRole('button', { name: 'Email, Sep 2026: Met' }));
    expect(history.at(-1)).toBe('/slas/7');
  });

  it('links a service with several SLAs to the list filtered to it', async () => {
    renderStrip();
    expect(await screen.findByRole('link', { name: 'SVC-004 Payroll: open its 2 SLAs' })).toHaveAttribute('href', '/slas?q=SVC-004');
  });

  it('explains an empty strip', async () => {
    renderStrip(portfolio({ rows: [], customers: [] }));
    expect(await screen.findByText('No service has an agreed SLA yet')).toBeInTheDocument();
  });
});
