import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { snap } from './support/browser';
import { type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';
import { PINNED_CLOCK_ENV, lastMonth } from './support/e2e-clock';
import { closeServedPage, openServedPage } from './support/served-page';

let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];

function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(served, method, input);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The last complete month, as the grid labels it ("Oct 2026"): the month the SLA's current status is about. */
function lastMonthLabel(): string {
  const [year, month] = lastPeriod().split('-').map(Number);
  return `${MONTHS[month! - 1]} ${year}`;
}

/** The last complete month as "YYYY-MM". */
function lastPeriod(): string {
  return lastMonth();
}

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

const LONG_NAME = 'Email, calendar and shared mailboxes for the Finance, Payroll and Procurement departments, including mobile access';

beforeAll(async () => {
  ({ served, browser, page, errors: pageErrors } = await openServedPage({ dbName: 'sla-forms.sqlite', env: PINNED_CLOCK_ENV }));
});

afterAll(async () => {
  await closeServedPage(browser, served);
});

describe('defining an SLA and seeing its breach in a real browser', () => {
  it('opens an empty SLA form from the empty SLA list', async () => {
    await api('services.create', { name: 'Email', lifecycle: 'live', criticality: 2 });
    await page.getByRole('link', { name: 'SLAs' }).first().click();
    await page.getByText('No SLAs yet').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'New SLA' }).last().click();
    await page.getByRole('heading', { name: 'New SLA' }).waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: /^Code/ }).inputValue()).toBe('SLA-001');
    await snap(page, 'sla-form-empty');
  });

  it('names every field that is wrong, at the field', async () => {
    await page.locator('label', { hasText: /^Agreed$/ }).click();
    await page.getByLabel('Valid from').fill('2026-06-01');
    await page.getByLabel('Valid to').fill('2025-12-31');
    await page.getByRole('button', { name: 'Add availability target' }).click();
    await page
      .getByRole('group', { name: /^Target 1/ })
      .getByRole('textbox', { name: /^Warning/ })
      .fill('99.5');
    await page.getByRole('button', { name: 'Add SLA' }).click();
    await page.getByText('Service is required: pick the service this SLA is for').waitFor();
    await page.getByText('Name is required').waitFor();
    await page.getByText('Valid to must not be before the start of validity').waitFor();
    await page.getByText(/Warning must be above the target \(99.9\)/).waitFor();
    await snap(page, 'sla-form-errors');
  });

  it('defines an SLA with availability, P1 resolution and customer satisfaction targets', async () => {
    const service = page.getByRole('combobox', { name: /^Service/ });
    await service.click();
    await service.fill('Email');
    await page.getByRole('option', { name: /SVC-001 Email/ }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill(LONG_NAME);
    await page.getByRole('combobox', { name: /^Customer/ }).fill('Finance, Payroll and Procurement departments');
    await page.getByLabel('Valid from').fill('2025-01-01');
    await page.getByLabel('Valid to').fill('');
    await page.getByLabel('Review date').fill('2026-12-31');

    const availability = page.getByRole('group', { name: /^Target 1/ });
    await availability.getByRole('textbox', { name: /^Warning/ }).fill('99.95');
    await expect.poll(() => page.getByLabel('Target 1 allowed downtime').textContent()).toBe('99.9% allows 43.2 min downtime in a 30-day 24×7 month');

    await page.getByRole('button', { name: 'Add resolution time target' }).click();
    const resolution = page.getByRole('group', { name: /^Target 2/ });
    expect(await resolution.getByRole('textbox', { name: /^Resolve within/ }).inputValue()).toBe('4');
    expect(await resolution.getByRole('textbox', { name: /^Tickets within time/ }).inputValue()).toBe('95');

    await page.getByRole('button', { name: 'Add custom measure target' }).click();
    const satisfaction = page.getByRole('group', { name: /^Target 3/ });
    await satisfaction.getByRole('textbox', { name: /^Label/ }).fill('Customer satisfaction');
    await satisfaction.getByRole('textbox', { name: /^Unit/ }).fill('/5');
    await satisfaction.getByRole('textbox', { name: /^Target/ }).fill('4.2');
    await satisfaction.getByRole('textbox', { name: /^Warning/ }).fill('4.4');
    await page
      .getByRole('textbox', { name: 'Exceptions' })
      .fill('Planned maintenance announced five working days ahead, Sundays 06:00–10:00, does not count as downtime.');
    await snap(page, 'sla-form-full');

    await page.getByRole('button', { name: 'Add SLA' }).click();
    await page.getByRole('heading', { name: `SLA-001 ${LONG_NAME}` }).waitFor();
    const targets = page.getByRole('table', { name: 'Targets' });
    await targets.getByText('P1 resolved within 4 h').waitFor();
    await targets.getByText('Customer satisfaction').waitFor();
    expect(await targets.getByRole('row').count()).toBe(4);
    await snap(page, 'sla-page-saved');
  });

  it('records a breaching month and shows the breach on the SLA page and in the list', async () => {
    await page.getByRole('link', { name: 'Enter results' }).click();
    const cell = page.getByRole('textbox', { name: `Availability, ${lastMonthLabel()}` });
    await cell.fill('99.5');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status', { name: 'Unsaved changes' }).waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'SLA-001' }).first().click();
    const availability = page.getByRole('region', { name: 'Availability' });
    await availability.getByText(`Breached since ${lastMonthLabel()} (1 month)`).waitFor();
    await page.getByRole('table', { name: 'Targets' }).getByText('Breached').waitFor();
    await snap(page, 'sla-page-breached');

    await page.getByRole('link', { name: 'All SLAs' }).click();
    const breaches = page.getByRole('region', { name: 'Current breaches' });
    await breaches.getByText('Availability').waitFor();
    await breaches.getByText('99.5').waitFor();
    await page.getByRole('table', { name: 'SLAs' }).getByText('Breached').waitFor();
    await snap(page, 'sla-list-breached');
  });

  it('edits the SLA and asks before leaving with unsaved changes', async () => {
    await page.getByRole('table', { name: 'SLAs' }).getByRole('link', { name: 'SLA-001' }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: /Edit SLA-001/ }).waitFor();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Email for Finance');
    await page.getByRole('link', { name: 'SLAs' }).first().click();
    const ask = page.getByRole('dialog', { name: 'Discard your changes?' });
    await ask.getByText('The changes you made to this SLA have not been saved.').waitFor();
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).press('Control+Enter'); // Enter in a line never saves a page form; Ctrl+Enter does.
    await page.getByRole('heading', { name: 'SLA-001 Email for Finance' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('counts availability in the SLA’s own hours when it overrides the service’s, and reads well in the dark theme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: /Edit SLA-001/ }).waitFor();
    await page.locator('label', { hasText: /^Own hours for this SLA$/ }).click();
    await page.locator('label', { hasText: /^Weekly hours$/ }).click();
    await expect
      .poll(() => page.getByLabel('Target 1 allowed downtime').textContent())
      .toBe('99.9% allows 12.9 min downtime in a 30-day month of Mon-Fri 08:00-18:00');
    await snap(page, 'sla-form-own-hours-dark');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { name: 'SLA-001 Email for Finance' }).waitFor();
    await page.emulateMedia({ colorScheme: 'light' });
    expect(pageErrors).toEqual([]);
  });

  it('gives the underpinning contract targets and shows its results on the SLA page', async () => {
    const supplier = await api('suppliers.create', { name: 'Contoso Mail Hosting', contact: 'noc@contoso.example' });
    await api('contracts.create', { kind: 'underpinning', title: 'Hosted mail platform', supplierId: supplier.id, startDate: '2024-01-01', serviceIds: [1] });
    await go('/suppliers/contracts');
    await page.getByRole('button', { name: 'Targets of Hosted mail platform' }).click();
    const dialog = page.getByRole('dialog', { name: 'Targets of Hosted mail platform' });
    await dialog.getByRole('button', { name: 'Add availability target' }).click();
    await dialog.getByRole('textbox', { name: /^Target availability/ }).fill('99.95');
    await snap(page, 'contract-targets-dialog');
    await dialog.getByRole('button', { name: 'Save targets' }).click();
    await dialog.waitFor({ state: 'detached' });

    const grid = await api('measurements.grid', { contractId: 1, from: lastPeriod(), to: lastPeriod() });
    await api('measurements.save', { contractId: 1, cells: [{ targetId: grid.rows[0]!.target.id, period: lastPeriod(), value: 99.97 }] });
    await go('/slas/1');
    const contracts = page.getByRole('region', { name: 'Underpinning contracts' });
    await contracts.getByText('Hosted mail platform').waitFor();
    await contracts.getByRole('listitem', { name: new RegExp(`${lastMonthLabel()} Met: 99.97`) }).waitFor();
    await snap(page, 'sla-page-with-contract');
    expect(pageErrors).toEqual([]);
  });
});
