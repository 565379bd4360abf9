import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { snap } from './support/browser';
import { type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';
import { PINNED_CLOCK_ENV, lastMonth as lastCompleteMonth } from './support/e2e-clock';
import { closeServedPage, openServedPage } from './support/served-page';

let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let slaId: number;
let serviceId: number;

function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(served, method, input);
}

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

/** The last complete month of the app's (pinned) clock. */
const lastMonth = lastCompleteMonth();
const lastMonthDate = new Date(`${lastMonth}-01T00:00:00Z`);
const monthName = lastMonthDate.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });

async function chooseFile(name: string, text: string) {
  await page.getByText('Drop a .csv or .xlsx file here').waitFor();
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

beforeAll(async () => {
  ({ served, browser, page, errors: pageErrors } = await openServedPage({ dbName: 'sla-import.sqlite', env: PINNED_CLOCK_ENV }));
  const service = await api('services.create', { name: 'Email', lifecycle: 'live' });
  serviceId = service.id;
  const sla = await api('slas.create', {
    serviceId: service.id,
    customer: 'All staff',
    name: 'Email — All staff',
    status: 'agreed',
    validFrom: '2020-01-01',
    targets: [{ kind: 'availability', target: 99.9, warning: 99.95 }],
  });
  slaId = sla.id;
});

afterAll(async () => {
  await closeServedPage(browser, served);
});

describe('importing outages in a real browser', () => {
  it('shows a bad row’s problem in the preview and writes nothing', async () => {
    await go('/slas');
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('menuitem', { name: 'Outages (availability)…' }).waitFor();
    await snap(page, 'sla-list-import-menu');
    await page.getByRole('menuitem', { name: 'Outages (availability)…' }).click();
    await page.getByRole('heading', { name: 'Import outages' }).waitFor();
    await chooseFile(
      'outages-bad.csv',
      [
        'Service,Start,End,Notes',
        `SVC-001,${lastMonth}-10 10:00,${lastMonth}-10 10:43,INC-7 mail relay`,
        `SVC-001,${lastMonth}-12 10:00,${lastMonth}-12 09:00,typo`,
        `SVC-404,${lastMonth}-13 10:00,${lastMonth}-13 11:00,`,
      ].join('\n'),
    );
    await page.getByRole('table', { name: 'Column mapping' }).waitFor();
    await page.getByRole('button', { name: /Next: preview the rows/ }).click();

    const problems = page.getByRole('table', { name: 'Problems by row' });
    await problems.waitFor();
    const rows = problems.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(new RegExp(`^3\\s+End\\s+must be after the start \\(${lastMonth}-12T10:00\\)$`));
    expect(await rows.nth(1).innerText()).toMatch(/^4\s+Service\s+"SVC-404" is not a service in this workspace$/);
    expect(await page.getByRole('button', { name: 'Import 3 outages' }).isDisabled()).toBe(true);
    await snap(page, 'sla-import-outages-preview-errors');

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { name: 'SLAs', exact: true }).waitFor();
    expect(await api('outages.list', { serviceId })).toEqual([]);
    const grid = await api('measurements.grid', { slaId, from: lastMonth, to: lastMonth });
    expect(grid.rows[0]!.cells[0]!.value).toBeNull();
  });

  it('imports a good log from the results grid, shows the availability computed, and the SLA page has it', async () => {
    await go(`/slas/${slaId}/results`);
    await page.getByRole('table', { name: 'Outages' }).or(page.getByText('No outage is recorded for these months')).waitFor();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('menuitem', { name: 'Outages (availability)…' }).click();
    await chooseFile('outages.csv', ['Service,Start,End,Notes', `SVC-001,${lastMonth}-10 10:00,${lastMonth}-10 10:43,INC-7 mail relay`].join('\n'));
    await page.getByRole('button', { name: /Next: preview the rows/ }).click();
    const computed = page.getByRole('table', { name: 'Availability to record' });
    await computed.waitFor();
    expect(await computed.locator('tbody tr').count()).toBe(1);
    await snap(page, 'sla-import-outages-preview');
    await page.getByRole('button', { name: 'Import 1 outage' }).click();

    await page.getByText('Kept 1 outage from outages.csv').waitFor();
    const recomputed = page.getByRole('table', { name: 'Availability recomputed' });
    expect(await recomputed.locator('tbody tr').first().innerText()).toMatch(
      new RegExp(`SLA-001\\s+Availability\\s+${monthName} ${lastMonth.slice(0, 4)}\\s+43 min`),
    );
    await snap(page, 'sla-import-outages-done');

    // Back on the grid: the month's value is there, and the outage is listed with a delete.
    await page.getByRole('link', { name: 'Back to the SLA' }).click();
    const cell = page.getByRole('textbox', { name: `Availability, ${monthName} ${lastMonth.slice(0, 4)}` });
    await expect.poll(() => cell.inputValue()).toMatch(/^99\.9\d+$/);
    await page.getByRole('table', { name: 'Outages' }).getByText('INC-7 mail relay').waitFor();

    await go(`/slas/${slaId}`);
    const budget = page.getByLabel('Error budget', { exact: true });
    await budget.waitFor();
    expect(await budget.innerText()).toContain('error budget 43 min used');
    await snap(page, 'sla-page-after-outage-import');
  });

  it('guards typed results on the grid when leaving by a link', async () => {
    await go(`/slas/${slaId}/results`);
    const cell = page.getByRole('textbox', { name: `Availability, ${monthName} ${lastMonth.slice(0, 4)}` });
    await expect.poll(() => cell.inputValue()).toMatch(/^99\.9\d+$/);
    await cell.fill('98.5');
    await page.getByRole('status', { name: 'Unsaved changes' }).waitFor();
    await page.getByRole('link', { name: 'SLAs' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Discard your changes?' });
    await dialog.waitFor();
    await snap(page, 'sla-grid-unsaved-guard');
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/slas/${slaId}/results`);
    expect(await cell.inputValue()).toBe('98.5');
    // The unsaved cell stays readable in the dark theme.
    await dialog.waitFor({ state: 'hidden' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await snap(page, 'sla-grid-unsaved-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Back in history is caught too.
    await page.goBack();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toBe(`#/slas/${slaId}/results`);
    expect(pageErrors).toEqual([]);
  });

  it('records response results from ticket counts, with bad counts shown by row', async () => {
    const desk = await api('services.create', { name: 'Service Desk', lifecycle: 'live' });
    const sla = await api('slas.create', {
      serviceId: desk.id,
      customer: 'All staff',
      name: 'Service Desk — All staff',
      status: 'agreed',
      validFrom: '2020-01-01',
      targets: [{ kind: 'response', priority: 'P1', timeLimitMinutes: 15, target: 90 }],
    });
    await go(`/slas/${sla.id}/results`);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('menuitem', { name: 'Results per month…' }).click();
    await chooseFile(
      'tickets.csv',
      ['SLA,Target,Month,Within,Total', `${sla.code},response P1,${lastMonth},19,20`, `${sla.code},response P1,2026-01,21,20`].join('\n'),
    );
    await page.getByRole('button', { name: /Next: preview the rows/ }).click();
    const problems = page.getByRole('table', { name: 'Problems by row' });
    await problems.waitFor();
    expect(await problems.locator('tbody tr').first().innerText()).toMatch(
      /^3\s+Within\s+21 tickets within the time cannot be more than the 20 tickets in all$/,
    );
    expect(await page.getByRole('table', { name: 'Results to record' }).locator('tbody tr').first().innerText()).toMatch(/95\s+20\s+met/i);
    await snap(page, 'sla-import-results-preview-errors');
    await page.getByText('Import the 1 valid row and skip the rest').click();
    await page.getByRole('button', { name: 'Import 1 result' }).click();
    await page.getByText('Recorded the results of tickets.csv').waitFor();
    const grid = await api('measurements.grid', { slaId: sla.id, from: lastMonth, to: lastMonth });
    expect(grid.rows[0]!.cells[0]).toMatchObject({ value: 95, workload: 20, source: 'imported' });
    expect(pageErrors).toEqual([]);
  });
});
