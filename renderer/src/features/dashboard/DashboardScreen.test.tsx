import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '../../test/fake-api';
import { emptySummary, fullSummary, openInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { sampleBreach } from '../slas/test-fixtures';

const base = { 'workspace.info': () => openInfo(), 'people.list': () => [] };

describe('DashboardScreen', () => {
  it('guides an empty workspace: where to start, and nothing due', async () => {
    renderApp({ ...base, 'dashboard.summary': () => emptySummary() });

    expect(await screen.findByText('This workspace is empty — here is where to start')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add people' })).toHaveAttribute('href', '/settings/people');
    expect(screen.getByText('Nothing due in the next 30 days')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Reviews due' })).not.toBeInTheDocument();
  });

  it('shows the figures and the reviews due, overdue ones marked in red', async () => {
    renderApp({ ...base, 'dashboard.summary': () => fullSummary() });

    const main = await screen.findByRole('main');
    const services = await within(main).findByRole('link', { name: /^Services/ });
    expect(within(services).getByText('25')).toBeInTheDocument();
    expect(within(services).getByText('19 live')).toBeInTheDocument();
    expect(within(within(main).getByRole('link', { name: /^Open actions/ })).getByText('3 overdue')).toBeInTheDocument();
    expect(within(main).getByRole('link', { name: /^Open actions/ })).toHaveAttribute('href', '/actions?overdue=1');
    expect(screen.queryByText('This workspace is empty — here is where to start')).not.toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Reviews due' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveAttribute('data-overdue', 'true');
    expect(within(rows[0]!).getByText(/days overdue/)).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: 'Ransomware on clinical systems' })).toHaveAttribute('href', '/risks/7');
    expect(rows[1]).not.toHaveAttribute('data-overdue');
    expect(within(rows[1]!).getByText('No owner')).toBeInTheDocument();
  });

  it('shows last month’s SLA results: met, at risk, breached and not measured, and the targets breached', async () => {
    renderApp({
      ...base,
      'dashboard.summary': () => fullSummary(),
      'riskMatrix.get': () => {
        throw apiError({ code: 'internal', message: 'not needed' });
      },
      // An older breach and a contract's are not last month's SLA breaches.
      'slas.breaches': () => [
        sampleBreach(),
        sampleBreach({ targetId: 8, period: '2026-09' }),
        sampleBreach({ slaId: null, slaCode: null, contractId: 3, targetId: 9 }),
      ],
    });
    const card = await screen.findByRole('region', { name: 'SLA performance' });
    expect(within(card).getByText('9 agreed SLAs in Oct 2026, the last complete month')).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: '6 met, 1 at risk, 2 breached, 0 not measured' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '3 targets breached in Oct 2026' })).toHaveAttribute('href', '/slas');
    expect(within(card).getByRole('link', { name: 'Attainment by service' })).toHaveAttribute('href', '/slas/portfolio');
    const breached = await within(card).findByRole('table', { name: 'Targets breached' });
    expect(within(breached).getAllByRole('row')).toHaveLength(1);
    expect(within(breached).getByRole('link', { name: 'SLA-002' })).toHaveAttribute('href', '/slas/2');
    expect(breached).toHaveTextContent('SLA-002 P1 resolution within 4 h88% target ≥ 95% · since Sep 2026');
  });

  it('invites the first SLA when none is agreed', async () => {
    renderApp({ ...base, 'dashboard.summary': () => emptySummary() });
    const card = await screen.findByRole('region', { name: 'SLA performance' });
    expect(within(card).getByRole('link', { name: 'Define an SLA' })).toHaveAttribute('href', '/slas/new');
  });

  it('shows the failure with a retry instead of an empty page', async () => {
    let fail = true;
    const { user } = renderApp({
      ...base,
      'dashboard.summary': () => {
        if (fail) throw apiError({ code: 'internal', message: 'Cannot reach the ServiceLedger host. Is it still running?' });
        return fullSummary();
      },
    });

    expect(await screen.findByText('Cannot reach the ServiceLedger host. Is it still running?')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Reviews due' })).toBeInTheDocument();
  });
});
