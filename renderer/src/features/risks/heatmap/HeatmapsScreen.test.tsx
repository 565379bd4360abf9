import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RiskByService, RiskHeatmap } from '../../../../../shared/api/risks-api';
import { DEFAULT_RISK_MATRIX, cellKey, heatmapGrid } from '../../../../../shared/domain/risk-matrix';
import { apiError, type FakeHandlers } from '../../../test/fake-api';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { sortServices, type ServiceSort } from '../../../../../shared/domain/service-risk-order';

const map = (counts: Array<[number, number, number]>, asOf: string | null = null): RiskHeatmap => ({
  basis: 'residual',
  asOf,
  matrixVersion: 1,
  grid: heatmapGrid(DEFAULT_RISK_MATRIX, new Map(counts.map(([l, i, n]) => [cellKey(l, i), n]))),
  total: counts.reduce((sum, [, , n]) => sum + n, 0),
  unscored: 0,
});

const byService: RiskByService = {
  bands: DEFAULT_RISK_MATRIX.banding.bands.map(({ name, colour }) => ({ name, colour })),
  services: [
    { id: 2, code: 'SVC-002', name: 'Email', total: 4, unscored: 0, byBand: [0, 0, 4, 0], aboveAppetite: 4 },
    { id: 9, code: 'SVC-009', name: 'Network', total: 1, unscored: 0, byBand: [0, 0, 0, 1], aboveAppetite: 1 },
    { id: 1, code: 'SVC-001', name: 'Service desk', total: 2, unscored: 1, byBand: [1, 0, 0, 0], aboveAppetite: 0 },
  ],
  total: 3,
  largestTotal: 4,
};

/** Answers like the host: the whole list in the order asked for, then the window asked for. */
function pageOf(whole: RiskByService, input: { sort?: ServiceSort | undefined; offset?: number | undefined; limit?: number | undefined }): RiskByService {
  const sorted = sortServices(whole.services, input.sort ?? 'worst');
  const offset = input.offset ?? 0;
  return { ...whole, services: sorted.slice(offset, input.limit === undefined ? undefined : offset + input.limit), total: sorted.length };
}

function handlers(overrides: FakeHandlers = {}): FakeHandlers {
  return {
    'workspace.info': () => openInfo(),
    'people.list': () => [],
    'riskMatrix.get': () => ({
      version: 1,
      matrix: DEFAULT_RISK_MATRIX,
      grid: heatmapGrid(DEFAULT_RISK_MATRIX),
      createdAt: '',
      createdBy: '',
      description: '',
    }),
    'risks.facets': () => ({ categories: ['Security'], owners: [{ id: 3, name: 'Ann' }], suppliers: [] }),
    'services.list': () => ({ rows: [], total: 0 }),
    'risks.heatmap': (input) =>
      input.asOf
        ? map(
            [
              [5, 5, 3],
              [2, 2, 1],
            ],
            input.asOf,
          )
        : map([
            [5, 5, 1],
            [4, 5, 7],
            [2, 2, 1],
          ]),
    'risks.movement': (input) => ({
      from: 'inherent',
      to: input.to ?? 'residual',
      moves: [
        { from: { likelihood: 5, impact: 5 }, to: { likelihood: 2, impact: 3 }, count: 3 },
        { from: { likelihood: 4, impact: 4 }, to: { likelihood: 4, impact: 4 }, count: 2 },
        { from: { likelihood: 3, impact: 3 }, to: { likelihood: 3, impact: 2 }, count: 1 },
      ],
      total: 6,
    }),
    'risks.byService': (input) => pageOf(byService, input),
    ...overrides,
  };
}

describe('Heat maps: grid', () => {
  it('says that closed risks are counted when no status filter is set (the dashboard leaves them out)', async () => {
    renderApp(handlers(), { path: '/risks/heatmaps' });
    const figures = await screen.findByRole('region', { name: 'Figures' });
    expect(await within(figures).findByText(/Every status, closed risks included/)).toBeInTheDocument();
  });

  it('sends the filters of the address and opens the register at a clicked cell with them', async () => {
    const fake = renderApp(handlers(), { path: '/risks/heatmaps?status=treating&owner=3&service=5' });
    const cell = await screen.findByRole('button', { name: 'Likelihood 4 Likely, impact 5 Severe: 7 risks' });
    expect(fake.inputsOf('risks.heatmap').at(-1)).toEqual({ statuses: ['treating'], ownerIds: [3], serviceIds: [5], basis: 'residual' });
    const figures = screen.getByRole('region', { name: 'Figures' });
    expect(figures).toHaveTextContent('9 risks scored on this basis');
    expect(figures).toHaveTextContent('8 above appetite');
    expect(figures).toHaveTextContent('Statuses: treating.');
    expect(screen.getByText('Scores 20–25 · above appetite')).toBeInTheDocument();
    await fake.user.click(cell);
    expect(fake.history?.at(-1)).toBe('/risks?status=treating&owner=3&service=5&cell=residual:4:5');
  });

  it('switches basis in the address', async () => {
    const fake = renderApp(handlers(), { path: '/risks/heatmaps' });
    await fake.user.click(await screen.findByText('Target'));
    await waitFor(() => expect(fake.inputsOf('risks.heatmap').at(-1)).toEqual({ basis: 'target' }));
    expect(fake.history?.at(-1)).toBe('/risks/heatmaps?basis=target');
  });

  it('says there is nothing to draw in an empty register', async () => {
    renderApp(handlers({ 'risks.heatmap': () => map([]) }), { path: '/risks/heatmaps' });
    expect(await screen.findByText('No risks scored yet')).toBeInTheDocument();
    // The page header's link and the empty state's button both lead to the register.
    for (const link of screen.getAllByRole('link', { name: 'Open the register' })) expect(link).toHaveAttribute('href', '/risks');
  });
});

describe('Heat maps: movement', () => {
  it('draws arrows and rings, lists the biggest moves and has a table of every move', async () => {
    const fake = renderApp(handlers(), { path: '/risks/heatmaps?view=movement' });
    const table = await screen.findByRole('table', { name: 'Every move from inherent to residual' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['L5×I5CriticalL2×I3Medium3−19', 'L4×I4Highstays20', 'L3×I3MediumL3×I2Medium1−3']);
    expect(screen.getByRole('img', { name: /6 risks from inherent to residual: 4 lowered, 0 raised, 2 with the same score/ })).toBeInTheDocument();
    expect(document.querySelectorAll('svg g[data-arrow]')).toHaveLength(2);
    expect(document.querySelectorAll('svg g[data-stay]')).toHaveLength(1);
    const biggest = screen.getByRole('region', { name: 'Biggest movements' });
    expect(within(biggest).getAllByRole('listitem')[0]).toHaveTextContent('L5×I5 → L2×I3−19Critical → Medium · 3 risks');

    await fake.user.click(screen.getByText('Inherent → Target'));
    await screen.findByRole('table', { name: 'Every move from inherent to target' });
    expect(fake.inputsOf('risks.movement').at(-1)).toEqual({ to: 'target' });
    expect(fake.history?.at(-1)).toBe('/risks/heatmaps?view=movement&to=target');
  });
});

describe('Heat maps: period comparison', () => {
  it('shows the grid on the date beside now, with per-cell deltas and a summary', async () => {
    const fake = renderApp(handlers(), { path: '/risks/heatmaps?view=comparison&asOf=2026-01-31' });
    const now = await screen.findByRole('group', { name: 'Residual heat map now' });
    expect(fake.inputsOf('risks.heatmap')).toContainEqual({ basis: 'residual', asOf: '2026-01-31' });
    // The past cannot be opened in the register: its cells are pictures, not buttons.
    const then = screen.getByRole('group', { name: /^Residual heat map as of / });
    expect(within(then).queryAllByRole('button')).toHaveLength(0);
    expect(within(then).getByRole('img', { name: 'Likelihood 5 Almost certain, impact 5 Severe: 3 risks' })).toHaveTextContent('3');
    const critical = within(now).getByRole('button', { name: /^Likelihood 5 Almost certain, impact 5 Severe: 1 risk, 2 fewer than on / });
    expect(critical).toHaveTextContent('1−2');
    expect(within(now).getByRole('button', { name: /^Likelihood 4 Likely, impact 5 Severe: 7 risks, 7 more than on / })).toHaveTextContent('7+7');
    expect(within(now).getByRole('button', { name: /^Likelihood 2 Unlikely, impact 2 Minor: 1 risk, no change since / })).toHaveTextContent(/^1$/);
    expect(screen.getByRole('row', { name: /^Above appetite/ }).textContent).toBe('Above appetite38+5');
    expect(screen.getByRole('row', { name: /^Critical/ }).textContent).toBe('Critical38+5');
  });

  it('refuses a date that is not in the past, and shows the API’s message for the field', async () => {
    const fake = renderApp(
      handlers({
        'risks.heatmap': (input) => {
          if (input.asOf === '2001-01-01') throw apiError({ code: 'invalid_input', message: 'As of must be after the workspace was created', field: 'asOf' });
          return map([[2, 2, 1]], input.asOf ?? null);
        },
      }),
      { path: '/risks/heatmaps?view=comparison&asOf=2026-01-31' },
    );
    const input = await screen.findByLabelText('Compare with');
    await screen.findByRole('group', { name: 'Residual heat map now' });
    const calls = fake.inputsOf('risks.heatmap').length;
    fireEvent.change(input, { target: { value: '2099-01-01' } });
    expect(await screen.findByText('Compare with must be a day before today')).toBeInTheDocument();
    expect(fake.inputsOf('risks.heatmap')).toHaveLength(calls);
    expect(fake.history?.at(-1)).toBe('/risks/heatmaps?view=comparison&asOf=2026-01-31');

    fireEvent.change(input, { target: { value: '2001-01-01' } });
    expect(await screen.findByText('As of must be after the workspace was created')).toBeInTheDocument();
    expect(fake.history?.at(-1)).toBe('/risks/heatmaps?view=comparison&asOf=2001-01-01');
  });
});

describe('Heat maps: by service', () => {
  it('lists services worst first, re-sorts, and links each to its page', async () => {
    const fake = renderApp(handlers(), { path: '/risks/heatmaps?view=services' });
    const table = await screen.findByRole('table', { name: 'Risks by service (residual)' });
    const codes = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.getAttribute('data-service'));
    expect(codes()).toEqual(['SVC-009', 'SVC-002', 'SVC-001']);
    expect(within(table).getByRole('link', { name: 'SVC-002 · Email' })).toHaveAttribute('href', '/services/2');
    expect(within(table).getAllByLabelText('Critical: 1')).toHaveLength(1);

    await fake.user.click(screen.getByRole('combobox', { name: 'Sort' }));
    await fake.user.click(await screen.findByRole('option', { name: 'Most risks' }));
    await waitFor(() => expect(codes()).toEqual(['SVC-002', 'SVC-001', 'SVC-009']));

    await fake.user.click(within(table).getByRole('button', { name: 'Heat map of SVC-002 · Email' }));
    expect(fake.history?.at(-1)).toBe('/risks/heatmaps?service=2');
  });

  it('asks the host for the first page in its order, says how many services there are, and asks again for another order', async () => {
    const many: RiskByService = {
      ...byService,
      services: Array.from({ length: 400 }, (_, k) => ({
        id: k + 1,
        code: `SVC-${String(k + 1).padStart(3, '0')}`,
        name: `Service ${k + 1}`,
        total: 1 + (k % 7),
        unscored: 0,
        byBand: [1 + (k % 7), 0, 0, 0],
        aboveAppetite: 0,
      })),
      total: 400,
      largestTotal: 7,
    };
    const fake = renderApp(handlers({ 'risks.byService': (input) => pageOf(many, input) }), { path: '/risks/heatmaps?view=services&inherited=1' });
    const table = await screen.findByRole('table', { name: 'Risks by service (residual)' });
    expect(fake.inputsOf('risks.byService')[0]).toEqual({ includeInherited: true, sort: 'worst', offset: 0, limit: 150 });
    // The virtual table knows the whole length from the first page.
    expect(table).toHaveAttribute('aria-rowcount', '401');
    const first = within(table).getAllByRole('row')[1]!;
    expect(first.getAttribute('data-service')).toBe('SVC-007');

    await fake.user.click(screen.getByRole('combobox', { name: 'Sort' }));
    await fake.user.click(await screen.findByRole('option', { name: 'Service code' }));
    await waitFor(() => expect(fake.inputsOf('risks.byService')).toContainEqual({ includeInherited: true, sort: 'code', offset: 0, limit: 150 }));
    await waitFor(() => expect(within(table).getAllByRole('row')[1]!.getAttribute('data-service')).toBe('SVC-001'));
  });

  it('shows the services without waiting for the risk matrix (their answer carries the bands)', async () => {
    renderApp(handlers({ 'riskMatrix.get': () => new Promise<never>(() => undefined) }), { path: '/risks/heatmaps?view=services' });
    const table = await screen.findByRole('table', { name: 'Risks by service (residual)' });
    expect(within(table).getAllByRole('row')[1]).toHaveAttribute('data-service', 'SVC-009');
  });

  it('fetches every service for the Service filter only once that filter is used, so the rows come first', async () => {
    const fake = renderApp(handlers(), { path: '/risks/heatmaps?view=services' });
    await screen.findByRole('table', { name: 'Risks by service (residual)' });
    expect(fake.inputsOf('services.list')).toEqual([]);
    const filters = screen.getByRole('search', { name: 'Filter the heat maps' });
    await fake.user.click(within(filters).getByRole('combobox', { name: 'Service' }));
    await waitFor(() => expect(fake.inputsOf('services.list')).toHaveLength(1));
  });

  it('fetches the services at once when the address already filters by service, to name the chosen ones', async () => {
    const fake = renderApp(handlers(), { path: '/risks/heatmaps?view=services&service=2' });
    await screen.findByRole('table', { name: 'Risks by service (residual)' });
    expect(fake.inputsOf('services.list')).toHaveLength(1);
  });
});
