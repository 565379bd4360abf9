import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX, cellKey, heatmapGrid } from '../../../../../shared/domain/risk-matrix';
import { serviceSummary } from '../../../test/catalogue-fixtures';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const handlers = {
  'workspace.info': () => openInfo(),
  'people.list': () => [],
  'riskMatrix.get': () => ({ version: 1, matrix: DEFAULT_RISK_MATRIX, grid: heatmapGrid(DEFAULT_RISK_MATRIX), createdAt: '', createdBy: '', description: '' }),
  'risks.facets': () => ({ categories: ['Security'], owners: [{ id: 3, name: 'Ann' }], suppliers: [] }),
  'risks.heatmap': () => ({
    basis: 'residual' as const,
    asOf: null,
    matrixVersion: 1,
    grid: heatmapGrid(DEFAULT_RISK_MATRIX, new Map([[cellKey(4, 5), 7]])),
    total: 7,
    unscored: 0,
  }),
  // Seven risks in all, none matching any filter.
  'risks.list': (input: Record<string, unknown>) => ({ rows: [], total: Object.keys(input).some((key) => !['sort', 'offset', 'limit'].includes(key)) ? 0 : 7 }),
};

describe('Risk register', () => {
  it('sends the filters, sort and cell of the hash query, and leaves the cell out of the heat map', async () => {
    const fake = renderApp(handlers, { path: '/risks?status=treating&band=High&owner=3&review=overdue&cell=residual:4:5&sort=residualScore:desc' });
    await screen.findByText('No risk matches these filters.');
    expect(fake.inputsOf('risks.list')[0]).toEqual({
      statuses: ['treating'],
      bands: ['High'],
      bandBasis: 'residual',
      ownerIds: [3],
      reviewOverdue: true,
      cell: { basis: 'residual', likelihood: 4, impact: 5 },
      sort: { column: 'residualScore', direction: 'desc' },
      offset: 0,
      limit: 500,
    });
    await waitFor(() =>
      expect(fake.inputsOf('risks.heatmap').at(-1)).toEqual({
        statuses: ['treating'],
        bands: ['High'],
        bandBasis: 'residual',
        ownerIds: [3],
        reviewOverdue: true,
        basis: 'residual',
      }),
    );
    expect(await screen.findByRole('button', { name: 'Likelihood 4 Likely, impact 5 Severe: 7 risks', pressed: true })).toBeInTheDocument();
  });

  it('filters the table by a clicked heat-map cell', async () => {
    const fake = renderApp(handlers, { path: '/risks' });
    // A short window starts with the map folded.
    await fake.user.click(await screen.findByRole('button', { name: 'Show heat map' }));
    await fake.user.click(await screen.findByRole('button', { name: 'Likelihood 4 Likely, impact 5 Severe: 7 risks' }));
    await waitFor(() => expect(fake.inputsOf('risks.list').at(-1)).toMatchObject({ cell: { basis: 'residual', likelihood: 4, impact: 5 } }));
    expect(fake.history?.at(-1)).toBe('/risks?cell=residual:4:5');
  });

  it('narrows to the risks above the appetite whose decision is due, kept in the address', async () => {
    const fake = renderApp(handlers, { path: '/risks' });
    await fake.user.click(await screen.findByLabelText('Appetite', { selector: 'input' }));
    await fake.user.click(await screen.findByRole('option', { name: 'Above, decision due' }));
    await waitFor(() => expect(fake.inputsOf('risks.list').at(-1)).toMatchObject({ needsDecision: true }));
    expect(fake.history?.at(-1)).toBe('/risks?appetite=decision');
    await waitFor(() => expect(fake.inputsOf('risks.heatmap').at(-1)).toMatchObject({ needsDecision: true }));
  });

  it('shows the register again when a filter combination it has shown comes back, instead of sticking on Loading…', async () => {
    const fake = renderApp(handlers, { path: '/risks' });
    await screen.findByText('7 risks');
    const overdue = screen.getByRole('checkbox', { name: 'Review overdue' });
    await fake.user.click(overdue);
    await screen.findByText('No risk matches these filters.');
    await fake.user.click(overdue);
    await screen.findByText('7 risks');
    expect(fake.inputsOf('risks.list').filter((input) => !('reviewOverdue' in (input as object)))).toHaveLength(2);
  });

  it('keeps what is typed in the search box while the address catches up, and takes a search cleared from outside', async () => {
    const fake = renderApp(handlers, { path: '/risks' });
    const search = await screen.findByRole('textbox', { name: 'Search risks' });
    await fake.user.type(search, 'fa');
    await waitFor(() => expect(fake.history?.at(-1)).toBe('/risks?q=fa'));
    expect(search).toHaveFocus();
    await fake.user.type(search, 'x');
    expect(search).toHaveValue('fax');
    await waitFor(() => expect(fake.history?.at(-1)).toBe('/risks?q=fax'));
    expect(search).toHaveFocus();
    await fake.user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(search).toHaveValue(''));
  });

  it('says how to start when the register is empty: add or import, without a heat map or filters', async () => {
    renderApp({ ...handlers, 'risks.list': () => ({ rows: [], total: 0 }) }, { path: '/risks' });
    expect(await screen.findByRole('link', { name: 'Add the first risk' })).toHaveAttribute('href', '/risks/new');
    expect(screen.getByRole('link', { name: 'Import risks' })).toHaveAttribute('href', expect.stringContaining('/risks/import'));
    expect(screen.queryByRole('checkbox', { name: 'Review overdue' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Heat map/ })).not.toBeInTheDocument();
  });

  it('fetches every service for the Service filter only once that filter is used, not with the first rows', async () => {
    const fake = renderApp(
      { ...handlers, 'services.list': () => ({ rows: [serviceSummary({ id: 5, code: 'SVC-005', name: 'Email' })], total: 1 }) },
      { path: '/risks' },
    );
    await waitFor(() => expect(fake.inputsOf('risks.list').length).toBeGreaterThan(0));
    expect(fake.inputsOf('services.list')).toEqual([]);
    const serviceFilter = (await screen.findAllByLabelText('Service')).find(
      (element) => element.tagName === 'INPUT' && element.getAttribute('type') !== 'hidden',
    )!;
    await fake.user.click(serviceFilter);
    await waitFor(() => expect(fake.inputsOf('services.list')).toHaveLength(1));
    expect(await screen.findByRole('option', { name: 'SVC-005 · Email' })).toBeInTheDocument();
  });
});
