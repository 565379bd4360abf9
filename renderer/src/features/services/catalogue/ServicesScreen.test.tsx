import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SavedView } from '../../../../../shared/api/views-api';
import type { ServiceSummary } from '../../../../../shared/api/services-api';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { listServicesFrom, sampleCatalogue, sampleFacets } from '../test-fixtures';

function renderCatalogue(services: ServiceSummary[] = sampleCatalogue(), { path = '/services', views = [] as SavedView[] } = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'services.list': listServicesFrom(services),
      'services.facets': () => sampleFacets(),
      'views.list': () => views,
      'views.save': (input) => {
        const view = { id: views.length + 1, screen: input.screen, name: input.name, state: input.state, updatedAt: '2026-03-01T10:00:00.000Z' };
        views.push(view);
        return view;
      },
    },
    { path },
  );
}

/** The `services.list` calls that load the table (the one-row call counts the whole catalogue). */
function tableCalls(inputsOf: (method: 'services.list') => unknown[]) {
  return inputsOf('services.list').filter((input) => (input as { limit: number }).limit === 10_000);
}

function dataRows() {
  return within(screen.getByRole('grid', { name: 'Services' }))
    .getAllByRole('row')
    .slice(1);
}

beforeEach(() => localStorage.clear());

describe('ServicesScreen', () => {
  it('loads every matching service in one call and shows them with the count', async () => {
    const { inputsOf } = renderCatalogue();

    expect(await screen.findByText('Identity')).toBeInTheDocument();
    expect(dataRows()).toHaveLength(4);
    expect(screen.getByRole('status', { name: 'Catalogue count' })).toHaveTextContent('4 services');
    expect(tableCalls(inputsOf)).toEqual([{ sort: { column: 'code', direction: 'asc' }, limit: 10_000 }]);
    expect(screen.getByRole('columnheader', { name: /Code/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts by a column header, then the other way, and says so with aria-sort', async () => {
    const { user, inputsOf } = renderCatalogue();
    await screen.findByText('Identity');

    await user.click(screen.getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(within(dataRows()[0]!).getByText('Email')).toBeInTheDocument());
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Code/ })).toHaveAttribute('aria-sort', 'none');

    await user.click(screen.getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(within(dataRows()[0]!).getByText('Network')).toBeInTheDocument());
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
    expect(tableCalls(inputsOf).map((input) => (input as { sort: unknown }).sort)).toEqual([
      { column: 'code', direction: 'asc' },
      { column: 'name', direction: 'asc' },
      { column: 'name', direction: 'desc' },
    ]);
  });

  it('filters by lifecycle and owner, counting "n of total"', async () => {
    const { user, inputsOf, history } = renderCatalogue();
    await screen.findByText('Identity');

    await user.click(screen.getByRole('button', { name: 'Filter by lifecycle' }));
    await user.click(await screen.findByRole('option', { name: 'Live' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Catalogue count' })).toHaveTextContent('3 of 4 services'));

    await user.click(screen.getByRole('button', { name: 'Filter by owner' }));
    await user.click(await screen.findByRole('option', { name: 'Priya Shah' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Catalogue count' })).toHaveTextContent('2 of 4 services'));

    expect(tableCalls(inputsOf).at(-1)).toEqual({ sort: { column: 'code', direction: 'asc' }, lifecycle: ['live'], ownerIds: [1], limit: 10_000 });
    expect(history.at(-1)).toBe('/services?lifecycle=live&owner=1');
    expect(screen.getByRole('button', { name: 'Owner: Priya Shah' })).toBeInTheDocument();
  });

  it('searches for the whole word once the typing pauses', async () => {
    const { user, inputsOf } = renderCatalogue();
    await screen.findByText('Identity');

    await user.type(screen.getByRole('textbox', { name: 'Search services' }), 'ident');

    await waitFor(() => expect(dataRows()).toHaveLength(1));
    expect(within(dataRows()[0]!).getByText('Identity')).toBeInTheDocument();
    // How many searches ran depends on how fast the keys came (a loaded machine pauses between
    // them), so only what is deterministic is checked: the list ends on the whole word.
    const searches = tableCalls(inputsOf).map((input) => (input as { search?: string }).search);
    expect(searches[0]).toBeUndefined();
    expect(searches.at(-1)).toBe('ident');
  });

  it('restores filters, sort and layout from the address', async () => {
    const { inputsOf } = renderCatalogue(undefined, { path: '/services?tier=1&tier=2&sort=name&dir=desc&q=i' });
    await waitFor(() => expect(tableCalls(inputsOf)).toHaveLength(1));
    expect(tableCalls(inputsOf)[0]).toEqual({ sort: { column: 'name', direction: 'desc' }, search: 'i', tiers: [1, 2], limit: 10_000 });
    expect(screen.getByRole('textbox', { name: 'Search services' })).toHaveValue('i');
  });

  it('offers to add the first service when the catalogue is empty, and mentions importing', async () => {
    const { user, history } = renderCatalogue([]);

    expect(await screen.findByText('No services yet')).toBeInTheDocument();
    expect(screen.getByText(/import an existing list from a CSV or Excel file/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add your first service' }));
    expect(history.at(-1)).toBe('/services/new');
  });

  it('says when nothing matches and clears the filters', async () => {
    const { user } = renderCatalogue(undefined, { path: '/services?q=zebra&lifecycle=retired' });

    expect(await screen.findByText('No services match “zebra” with these filters')).toBeInTheDocument();
    await user.click(within(screen.getByRole('main')).getAllByRole('button', { name: 'Clear filters' }).at(-1)!);

    await waitFor(() => expect(dataRows()).toHaveLength(4));
    expect(screen.getByRole('textbox', { name: 'Search services' })).toHaveValue('');
  });

  it('moves the selection with the arrow keys and opens the service with Enter', async () => {
    const { user, history } = renderCatalogue();
    await screen.findByText('Identity');
    const grid = screen.getByRole('grid', { name: 'Services' });

    act(() => grid.focus());
    expect(dataRows()[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(dataRows()[1]).toHaveAttribute('aria-selected', 'true');
    expect(grid).toHaveAttribute('aria-activedescendant', 'service-row-2');

    await user.keyboard('{Enter}');
    expect(history.at(-1)).toBe('/services/2');
    // Back lands on the list with that row selected.
    expect(history.at(-2)).toBe('/services?sel=2');
  });

  it('sends a service found in the palette (?focus=) to its page', async () => {
    const { history } = renderCatalogue(undefined, { path: '/services?focus=3' });
    await waitFor(() => expect(history.at(-1)).toBe('/services/3'));
  });

  it('shows the portfolio board grouped by lifecycle with the same filters', async () => {
    const { user } = renderCatalogue(undefined, { path: '/services?tier=1&tier=4' });
    await screen.findByText('Identity');

    await user.click(screen.getByText('Board'));

    const live = await screen.findByRole('region', { name: 'Live' });
    expect(within(live).getAllByRole('listitem')).toHaveLength(2);
    expect(within(live).getByRole('link', { name: 'SVC-002 Identity' })).toHaveAttribute('href', '/services/2');
    expect(within(screen.getByRole('region', { name: 'Retired' })).getByText('Fax gateway')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Pipeline' })).getByText('No services here')).toBeInTheDocument();
  });

  it('saving a view reloads the saved views, not the whole catalogue (a write refetches only what reads its data)', async () => {
    const { user, inputsOf } = renderCatalogue(undefined, { views: [] });
    await screen.findByText('Identity');
    const listLoads = tableCalls(inputsOf).length;
    const viewLoads = inputsOf('views.list').length;

    await user.click(screen.getByRole('button', { name: 'Saved views' }));
    await user.click(await screen.findByRole('button', { name: 'Save current view…' }));
    await user.type(within(await screen.findByRole('dialog', { name: 'Save this view' })).getByLabelText(/Name/), 'Mine{Enter}');

    // The saved views read what was written, so they load again; the 10,000-row list does not.
    await waitFor(() => expect(inputsOf('views.list').length).toBeGreaterThan(viewLoads));
    expect(tableCalls(inputsOf)).toHaveLength(listLoads);
  });

  it('saves the current filters and columns as a named view and applies a saved one', async () => {
    const views: SavedView[] = [
      {
        id: 7,
        screen: 'services',
        name: 'Retired',
        state: { version: 1, query: 'lifecycle=retired', columns: ['code', 'name', 'owner'] },
        updatedAt: '2026-03-01T10:00:00.000Z',
      },
    ];
    const { user, inputsOf } = renderCatalogue(undefined, { path: '/services?kind=supporting', views });
    await screen.findByText('Identity');

    await user.click(screen.getByRole('button', { name: 'Saved views' }));
    await user.click(await screen.findByRole('button', { name: 'Save current view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view' });
    await user.type(within(dialog).getByLabelText(/Name/), 'Supporting services{Enter}');

    await waitFor(() =>
      expect(inputsOf('views.save')).toEqual([
        {
          screen: 'services',
          name: 'Supporting services',
          state: { version: 1, query: 'kind=supporting', columns: ['code', 'name', 'category', 'lifecycle', 'owner', 'tier', 'dependents', 'nextReview'] },
        },
      ]),
    );
    expect(await screen.findByRole('button', { name: 'Saved views (showing Supporting services)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Saved views (showing Supporting services)' }));
    await user.click(await screen.findByRole('button', { name: 'Retired' }));
    await waitFor(() => expect(dataRows()).toHaveLength(1));
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Code', 'Name', 'Owner']);
  });

  it('deletes a saved view after confirmation', async () => {
    const views: SavedView[] = [
      { id: 7, screen: 'services', name: 'Retired', state: { version: 1, query: 'lifecycle=retired', columns: [] }, updatedAt: '2026-03-01T10:00:00.000Z' },
    ];
    const { user, inputsOf } = renderApp(
      {
        'workspace.info': () => openInfo(),
        'services.list': listServicesFrom(sampleCatalogue()),
        'services.facets': () => sampleFacets(),
        'views.list': () => views,
        'views.delete': ({ id }) => {
          const [removed] = views.splice(
            views.findIndex((view) => view.id === id),
            1,
          );
          return { deleted: { id, name: removed!.name } };
        },
      },
      { path: '/services' },
    );
    await screen.findByText('Identity');

    await user.click(screen.getByRole('button', { name: 'Saved views' }));
    await user.click(await screen.findByRole('button', { name: 'Delete the view Retired' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete the view “Retired”?' })).getByRole('button', { name: 'Delete view' }));

    expect(await screen.findByText('Deleted the view “Retired”')).toBeInTheDocument();
    expect(inputsOf('views.delete')).toEqual([{ id: 7 }]);
  });

  it('lets people choose columns and remembers them', async () => {
    const { user } = renderCatalogue();
    await screen.findByText('Identity');

    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Support contact' }));
    await user.click(screen.getByRole('checkbox', { name: 'Category' }));

    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toContain('Support contact');
    expect(headers).not.toContain('Category');
    expect(JSON.parse(localStorage.getItem('serviceledger.services.columns')!)).toContain('support');
  });

  it('draws a filter’s options only while its list is open, so typing in the search never re-renders thousands of owners', async () => {
    const { user } = renderCatalogue();
    await screen.findByRole('button', { name: 'Filter by owner' });
    expect(screen.queryAllByRole('option', { hidden: true })).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Filter by owner' }));
    expect(await screen.findByRole('option', { name: 'Priya Shah' })).toBeInTheDocument();
  });
});
