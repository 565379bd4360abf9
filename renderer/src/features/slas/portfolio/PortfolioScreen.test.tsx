import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { lastTwelveMonths } from './PortfolioScreen';

describe('PortfolioScreen', () => {
  it('counts twelve complete months back', () => {
    expect(lastTwelveMonths(new Date('2026-11-24T07:00:00Z'))).toEqual({ from: '2025-11', to: '2026-10' });
  });

  it('shows services by months coloured by their worst result', async () => {
    const { inputsOf } = renderApp(
      {
        'workspace.info': () => openInfo(),
        'slas.portfolio': () => ({
          periods: ['2026-09', '2026-10'],
          rows: [{ serviceId: 3, serviceCode: 'SVC-003', serviceName: 'Email', slaCount: 1, cells: ['met', 'breached'] }],
          totals: [],
        }),
      },
      { path: '/slas/portfolio' },
    );
    expect(await screen.findByRole('img', { name: 'Email, Oct 2026: Breached' })).toHaveAttribute('data-status', 'breached');
    expect(screen.getByRole('img', { name: 'Email, Sep 2026: Met' })).toHaveAttribute('data-status', 'met');
    expect(inputsOf('slas.portfolio')[0]).toMatchObject({ slaStatus: ['agreed'] });
  });
});
