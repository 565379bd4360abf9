import type { Page } from 'playwright-core';

/** One list screen the browser benchmark drives: where it is, what a row is, and what to type where. */
export interface BenchScreen {
  name: string;
  route: string;
  /**
   * A data row (not a header, spacer or loading placeholder). Every list says where each row sits
   * with aria-rowindex (as a screen reader needs at this length), which is how the benchmark tells
   * that rows far down were drawn.
   */
  row: string;
  /** The box to type into, and the word; null when the screen has no search. */
  search: { input: (page: Page) => ReturnType<Page['locator']>; text: string } | null;
}

export const SCREENS: readonly BenchScreen[] = [
  {
    name: 'Risk register',
    route: '#/risks',
    row: '[aria-label="Risk register"] [role="row"][aria-rowindex]:not([data-loading])',
    search: { input: (page) => page.locator('input[aria-label="Search risks"]'), text: 'network' },
  },
  {
    name: 'Services table',
    route: '#/services',
    row: 'table[aria-label="Services"] tbody tr[aria-rowindex]:not([data-loading])',
    search: { input: (page) => page.locator('input[aria-label="Search services"]'), text: 'network' },
  },
  {
    name: 'SLA list',
    route: '#/slas',
    row: 'table[aria-label="SLAs"] tbody tr[aria-rowindex]:not([data-loading])',
    search: { input: (page) => page.locator('input[aria-label="Search SLAs"]'), text: 'clinical' },
  },
  {
    name: 'Actions list (all)',
    route: '#/actions?status=all',
    row: 'table[aria-label="Actions"] tbody tr[aria-rowindex]:not([data-loading])',
    // No text search on this screen: the owner picker is what people type into.
    search: { input: (page) => page.locator('input[aria-label="Owner"]'), text: 'smith' },
  },
  {
    name: 'Heat maps ▸ By service',
    route: '#/risks/heatmaps?view=services',
    row: 'table[aria-label="Risks by service (residual)"] tbody tr[aria-rowindex][data-service]',
    search: { input: (page) => page.getByRole('search', { name: 'Filter the heat maps' }).getByLabel('Service', { exact: true }), text: 'network' },
  },
  {
    name: 'Attainment strip',
    route: '#/slas/portfolio',
    row: '[aria-label="Attainment"] tbody tr[aria-rowindex]',
    search: { input: (page) => page.locator('input[aria-label="Search services"]'), text: 'network' },
  },
];
