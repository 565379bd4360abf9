import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openInfo } from '../../../test/fixtures';
import { apiError } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { sampleReview } from '../review/review-fixtures';
import { sampleSlaDetail } from '../test-fixtures';

function renderPage(path = '/slas/1') {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'slas.get': (input) => {
        if (input.id !== 1) throw apiError({ code: 'not_found', message: 'There is no SLA 9.' });
        return sampleSlaDetail();
      },
      'slaReviews.list': () => [sampleReview()],
      // The page's History section: nothing recorded yet.
      'audit.search': () => ({ entries: [], nextBeforeId: null }),
    },
    { path },
  );
}

describe('SlaPage', () => {
  it('shows the header with a link to the service, and the targets', async () => {
    const { inputsOf } = renderPage();
    expect(await screen.findByRole('heading', { name: 'SLA-001 Email for Finance' })).toBeInTheDocument();
    expect(inputsOf('slas.get')).toEqual([{ id: 1 }]);
    expect(screen.getByRole('link', { name: 'SVC-003 Email' })).toHaveAttribute('href', '/services/3');
    const targets = screen.getByRole('table', { name: 'Targets' });
    expect(within(targets).getByText('P1 · 4 h')).toBeInTheDocument();
    expect(within(targets).getAllByText(/≥ 99.9%/)).toHaveLength(1);
  });

  it('shows twelve months per target coloured by status, the breach run and the error budget', async () => {
    renderPage();
    const availability = await screen.findByRole('region', { name: 'Availability' });
    const cells = within(availability).getAllByRole('listitem');
    expect(cells).toHaveLength(12);
    expect(cells[0]).toHaveAttribute('data-status', 'met');
    expect(cells[2]).toHaveAttribute('data-status', 'at-risk');
    expect(cells[11]).toHaveAttribute('data-status', 'breached');
    expect(cells[11]).toHaveAccessibleName(/Oct 2026 Breached: 99.5%/);
    expect(within(availability).getByText('Breached since Oct 2026 (1 month)')).toBeInTheDocument();
    expect(within(availability).getByLabelText('Error budget')).toHaveTextContent('45 min downtime allowed');
    expect(within(availability).getByLabelText('Error budget')).toHaveTextContent('223 min used, -179 min left');

    const resolution = screen.getByRole('region', { name: 'P1 resolved within 4 h' });
    expect(
      within(resolution)
        .getAllByRole('listitem')
        .every((item) => item.getAttribute('data-status') === 'none'),
    ).toBe(true);
    expect(within(resolution).getByText('No results recorded in these months.')).toBeInTheDocument();
  });

  it('lists past reviews with a way to record one and to read each as it was recorded', async () => {
    const { user } = renderPage();
    expect(await screen.findByRole('link', { name: 'Record review' })).toHaveAttribute('href', '/slas/1/review');
    expect(screen.getByRole('link', { name: '2 open actions' })).toHaveAttribute('href', '/actions?sla=1');
    const reviews = await screen.findByRole('table', { name: 'Past reviews' });
    const [, row] = within(reviews).getAllByRole('row');
    expect(row).toHaveTextContent('Oct 2026');
    expect(row).toHaveTextContent('Alex Morgan');
    expect(row).toHaveTextContent('Targets to change');
    await user.click(within(row!).getByRole('button', { name: /^Read the review of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'SLA-001 review of Oct 2026' });
    expect(
      within(within(dialog).getByRole('table', { name: 'Targets' }))
        .getByText('Availability')
        .closest('tr'),
    ).toHaveAttribute('data-status', 'breached');
    expect(within(dialog).getByText('Staff noticed the October outage.')).toBeInTheDocument();
    expect(within(within(dialog).getByRole('table', { name: 'Actions raised' })).getByText('Replace the storage controller')).toBeInTheDocument();
  });

  it('says so when the SLA does not exist', async () => {
    renderPage('/slas/9');
    expect(await screen.findByText('There is no such SLA')).toBeInTheDocument();
  });

  it('opens from the old ?focus= links of the list', async () => {
    const { history } = renderPage('/slas?focus=1');
    expect(await screen.findByRole('heading', { name: 'SLA-001 Email for Finance' })).toBeInTheDocument();
    expect(history.at(-1)).toBe('/slas/1');
  });
});
