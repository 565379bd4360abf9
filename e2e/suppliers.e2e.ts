import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { snap } from './support/browser';
import { type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';
import { PINNED_CLOCK_ENV, day } from './support/e2e-clock';
import { closeServedPage, openServedPage } from './support/served-page';

let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];

function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(served, method, input);
}

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

beforeAll(async () => {
  ({ served, browser, page, errors: pageErrors } = await openServedPage({ dbName: 'suppliers.sqlite', env: PINNED_CLOCK_ENV }));
});

afterAll(async () => {
  await closeServedPage(browser, served);
});

describe('suppliers and contracts in a real browser', () => {
  it('starts from an empty catalogue and no contracts', async () => {
    const contracts = page.getByRole('region', { name: 'Contracts ending within 90 days' });
    await contracts.getByText('No contract ends in the next 90 days').waitFor();
    await snap(page, 'dashboard-catalogue-empty');
    await page.getByRole('link', { name: 'Suppliers' }).click();
    await page.getByText('No suppliers yet').waitFor();
    await snap(page, 'suppliers-empty');
  });

  it('adds a supplier and an underpinning contract ending in 30 days, linked to a service', async () => {
    await api('services.create', { name: 'Network (LAN/WAN)', lifecycle: 'live', criticality: 1 });
    await api('services.create', { name: 'Email', lifecycle: 'live' });

    await page.getByRole('button', { name: 'Add supplier' }).click();
    const supplierDialog = page.getByRole('dialog', { name: 'Add a supplier' });
    await supplierDialog.getByLabel('Name').fill('Contoso Networks');
    await supplierDialog.getByLabel('Contact').fill('Service desk 0800 555 0199, noc@contoso.example');
    await supplierDialog.getByLabel('Notes').fill('WAN and LAN maintenance under the regional framework.');
    await supplierDialog.getByRole('button', { name: 'Add supplier' }).click();
    await page.getByRole('heading', { name: 'Contoso Networks' }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/suppliers\/\d+$/);

    await page.getByRole('button', { name: 'Add contract' }).click();
    const form = page.getByRole('dialog', { name: 'Add a contract or OLA' });
    // Opened from the supplier's page, the contract is for that supplier (shown once the list has loaded).
    await expect.poll(() => form.getByRole('combobox', { name: 'Supplier' }).inputValue()).toBe('Contoso Networks');
    await form.getByLabel('Title').fill('WAN support');
    await form.getByLabel('Start date').fill(day(60));
    await form.getByLabel('End date').fill(day(30));
    await form.getByRole('button', { name: 'Add contract' }).click();
    await form.getByText('End date must not be before the start date').waitFor();
    await snap(page, 'contract-form-errors');

    await form.getByLabel('Start date').fill('2024-02-01');
    expect(await form.getByText('End date must not be before the start date').count()).toBe(0);
    await form.getByLabel('Notice period (days)').fill('60');
    await form.getByLabel('Targets').fill('WAN availability 99.95 % per site per month\nP1 fix 4 h, 24x7');
    await form.getByRole('combobox', { name: 'Services' }).click();
    await page.getByRole('option', { name: 'SVC-001 · Network (LAN/WAN)' }).click();
    await page.keyboard.press('Escape');
    await snap(page, 'contract-form-filled');
    await form.getByRole('button', { name: 'Add contract' }).click();
    await page.getByText('Added WAN support').waitFor();

    const table = page.getByRole('table', { name: 'Contracts with Contoso Networks' });
    await table.getByText('Ends in 30 days').waitFor();
    expect(await table.getByRole('link', { name: 'SVC-001 · Network (LAN/WAN)' }).getAttribute('href')).toMatch(/^#\/services\/\d+$/);
    const [contract] = await api('contracts.list', {});
    expect(contract).toMatchObject({ title: 'WAN support', daysToEnd: 30, noticeDays: 60, services: [{ code: 'SVC-001' }] });
    await snap(page, 'supplier-page');
  });

  it('warns on the contracts list and the dashboard', async () => {
    const other = await api('suppliers.create', { name: 'Old Telecom Ltd', contact: null });
    await api('contracts.create', { kind: 'underpinning', title: 'PBX maintenance', supplierId: other.id, endDate: day(-10), serviceIds: [] });
    await api('contracts.create', { kind: 'ola', title: 'Service Desk to Network team OLA', internalTeam: 'Network team', serviceIds: [] });
    await api('contracts.create', { kind: 'underpinning', title: 'Email hosting', supplierId: other.id, startDate: '2025-01-01', endDate: day(400) });

    await go('/suppliers/contracts');
    const table = page.getByRole('table', { name: 'Contracts' });
    const row = (title: string) => table.getByRole('row').filter({ hasText: title });
    await row('WAN support').getByText('Ends in 30 days').waitFor();
    expect(await row('WAN support').getAttribute('data-status')).toBe('ending');
    expect(await row('PBX maintenance').getAttribute('data-status')).toBe('ended');
    expect(await row('PBX maintenance').innerText()).toContain('Ended 10 days ago');
    expect(await row('Service Desk to Network team OLA').innerText()).toContain('No end date');
    expect(await row('Email hosting').innerText()).toContain('Active');
    await snap(page, 'contracts-warnings');

    await page.getByText('Ending within 90 days', { exact: true }).click();
    await page.waitForFunction(() => window.location.hash === '#/suppliers/contracts?ending=90');
    await table.getByRole('row').filter({ hasText: 'Email hosting' }).waitFor({ state: 'detached' });
    expect(await table.getByRole('row').count()).toBe(2);

    await go('/');
    const card = page.getByRole('region', { name: 'Contracts ending within 90 days' });
    const ending = card.getByRole('row').filter({ hasText: 'WAN support' });
    await ending.getByText('Ends in 30 days').waitFor();
    expect(await ending.innerText()).toContain('Contoso Networks');
    await snap(page, 'dashboard-contract-ending');

    await ending.getByRole('link', { name: 'WAN support' }).click();
    await page.waitForFunction(() => /^#\/suppliers\/contracts\?focus=\d+$/.test(window.location.hash));
    // The contracts list loads after the address changes: wait for the focused row rather than read it once.
    await expect.poll(() => row('WAN support').getAttribute('data-focused')).toBe('true');
  });

  it('refuses to delete a supplier with contracts and reports a duplicate name at the field', async () => {
    await go('/suppliers');
    await page.getByRole('table', { name: 'Suppliers' }).waitFor();
    await snap(page, 'suppliers-list');

    await page.getByRole('button', { name: 'Delete Contoso Networks' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Contoso Networks?' });
    await confirm.getByRole('button', { name: 'Delete supplier' }).click();
    await confirm.getByText('Contoso Networks cannot be deleted: it still has 1 contract.').waitFor();
    await snap(page, 'supplier-delete-refused');
    await confirm.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Add supplier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a supplier' });
    await dialog.getByLabel('Name').fill('contoso networks');
    await dialog.getByRole('button', { name: 'Add supplier' }).click();
    await dialog.getByText('Name: a supplier called "contoso networks" already exists.').waitFor();
    expect(await dialog.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await snap(page, 'supplier-form-api-error');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    expect((await api('suppliers.list', {})).map((s) => s.name)).toEqual(['Contoso Networks', 'Old Telecom Ltd']);
    // The two refusals come back as HTTP 409, which Chromium logs as failed loads; nothing else may fail.
    expect(pageErrors.filter((error) => !error.includes('status of 409 (Conflict)'))).toEqual([]);
    expect(pageErrors).toHaveLength(2);
  });
});
