import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { callApi } from './support/api-call';
import { screenshotDir, snap } from './support/browser';
import { type ServedApp } from './support/served-app';
import { closeServedPage, openServedPage } from './support/served-page';

// The app's clock starts at a fixed moment, so the date filter below means the same on any day.
const NOW = '2026-11-24T09:00:00Z';

let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let riskId: number;
const people: Record<string, number> = {};

function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(served, method, input);
}

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

const hash = () => page.evaluate(() => decodeURIComponent(window.location.hash));
const trail = () => page.getByRole('list', { name: 'Audit trail' });

beforeAll(async () => {
  ({
    served,
    browser,
    page,
    errors: pageErrors,
  } = await openServedPage({ dbName: 'audit.sqlite', env: { SERVICELEDGER_NOW: NOW } }, { acceptDownloads: true }));
});

afterAll(async () => {
  await closeServedPage(browser, served);
});

describe('the audit trail an auditor can read, in a real browser', () => {
  it('says so when nothing has been recorded yet', async () => {
    await go('/settings/audit');
    await page.getByText('No changes recorded yet').waitFor();
    await snap(page, 'audit-empty');
  });

  it('shows a risk’s change of owner as a sentence on the risk’s page and on the audit screen', async () => {
    for (const name of ['Priya Shah', 'Daniel Kowalski', 'Samira Haddad']) people[name] = (await api('people.create', { name })).id;
    await api('settings.update', { currentPersonId: people['Priya Shah']! });
    const risk = await api('risks.create', { code: 'RSK-042', title: 'Mail relay outage stops clinical letters', ownerId: people['Daniel Kowalski']! });
    riskId = risk.id;
    // Enough other changes to fill more than one page: a bulk change of 60 risks' review date.
    const ids: number[] = [];
    for (let index = 1; index <= 60; index += 1)
      ids.push((await api('risks.create', { code: `RSK-${String(100 + index)}`, title: `Generated risk ${index}` })).id);
    await api('risks.bulkUpdate', { ids, nextReviewDate: '2027-01-15' });

    // Priya changes the owner in the risk's form, as a user does.
    await page.reload();
    await go(`/risks/${riskId}/edit`);
    const owner = page.getByRole('combobox', { name: 'Owner' });
    await expect.poll(() => owner.inputValue()).toBe('Daniel Kowalski');
    await owner.click();
    await owner.pressSequentially('Sami');
    await owner.press('Enter');
    await expect.poll(() => owner.inputValue()).toBe('Samira Haddad');
    await owner.press('Control+Enter');
    await expect.poll(hash).toBe(`#/risks/${riskId}`);

    const history = page.getByRole('region', { name: 'History', exact: true });
    const own = history.getByRole('list', { name: 'History of RSK-042' });
    await own.getByText('Owner: Daniel Kowalski → Samira Haddad').waitFor();
    expect(await own.getByRole('listitem').count()).toBe(2);
    await history.scrollIntoViewIfNeeded();
    await snap(page, 'audit-risk-page-history');

    await history.getByRole('link', { name: 'Open in the audit trail' }).click();
    await expect.poll(hash).toBe(`#/settings/audit?kind=risk&record=${riskId}`);
    await expect.poll(() => page.getByRole('combobox', { name: 'Record', exact: true }).inputValue()).toBe('RSK-042 Mail relay outage stops clinical letters');
    expect(await trail().getByRole('listitem').count()).toBe(2);

    await go('/settings/audit');
    const first = trail().getByRole('listitem').first();
    await expect.poll(() => first.getByTestId('audit-line').first().innerText()).toBe('RSK-042 owner: Daniel Kowalski → Samira Haddad');
    await first.getByText('Priya Shah').waitFor();
    expect(await first.getByRole('link', { name: 'RSK-042' }).getAttribute('href')).toBe(`#/risks/${riskId}`);
    // The bulk change reads the same way, marked as bulk, with the date in the locale's format.
    const bulk = trail().getByRole('listitem').nth(1);
    const localDate = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2027, 0, 15)));
    // Polled: for a moment after leaving the record's filter the list can still be the filtered one,
    // whose first line (the owner change) is the same.
    await expect.poll(() => bulk.innerText()).toContain(`RSK-160 next review: — → ${localDate}`);
    expect(await bulk.innerText()).toContain('Bulk change');
    await page.getByRole('button', { name: 'Load older changes' }).waitFor();
    await snap(page, 'audit-full');
    expect(pageErrors).toEqual([]);
  });

  it('filters by person, kind and date, keeping the filters in the address, and reaches every entry by keyboard', async () => {
    await page.getByRole('combobox', { name: 'Changed by' }).click();
    await page.getByRole('option', { name: 'Samira Haddad' }).click();
    await expect.poll(hash).toBe(`#/settings/audit?person=${people['Samira Haddad']}`);
    await page.getByText('No changes match these filters').waitFor();
    await snap(page, 'audit-filtered-empty');

    await page.getByRole('combobox', { name: 'Changed by' }).click();
    await page.getByRole('option', { name: 'Priya Shah' }).click();
    await page.getByRole('textbox', { name: 'Search' }).fill('RSK-042');
    await expect.poll(hash).toBe(`#/settings/audit?person=${people['Priya Shah']}&q=RSK-042`);
    await expect.poll(() => trail().getByRole('listitem').count()).toBe(2);

    await page.getByLabel('From').fill('2026-11-25');
    await page.getByText('No changes match these filters').waitFor();
    await page.getByLabel('From').fill('2026-11-24');
    await page.getByLabel('To').fill('2026-11-24');
    await expect.poll(() => trail().getByRole('listitem').count()).toBe(2);

    // A reload keeps the filters: they live in the address.
    await page.reload();
    await expect.poll(() => trail().getByRole('listitem').count()).toBe(2);
    expect(await page.getByRole('textbox', { name: 'Search' }).inputValue()).toBe('RSK-042');

    // Keyboard: Tab from the search box reaches the record link and the "Recorded data" toggle.
    await page.getByRole('textbox', { name: 'Search' }).focus();
    let reached = '';
    for (let step = 0; step < 25 && reached !== 'RSK-042'; step += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(reached).toBe('RSK-042');
    await page.getByRole('button', { name: 'Recorded data' }).first().focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: 'Recorded data' }).first().getAttribute('aria-expanded')).toBe('true');
  });

  it('downloads the filtered entries as CSV, one line per changed field', async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(file.suggestedFilename()).toBe('audit-trail-2026-11-24.csv');
    const saved = path.join(served.home, file.suggestedFilename());
    await file.saveAs(saved);
    const rows = Papa.parse<string[]>(
      fs
        .readFileSync(saved, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim(),
    ).data;
    expect(rows[0]).toEqual(['When (UTC)', 'Who', 'Kind', 'Code', 'Record', 'Action', 'Field', 'Before', 'After', 'Note', 'Entry']);
    expect(rows[1]!.slice(1, 9)).toEqual([
      'Priya Shah',
      'Risk',
      'RSK-042',
      'Mail relay outage stops clinical letters',
      'Changed',
      'Owner',
      'Daniel Kowalski',
      'Samira Haddad',
    ]);
    expect(rows.slice(1).every((row) => row[3] === 'RSK-042')).toBe(true);
    await page.getByText('Exported audit-trail-2026-11-24.csv').waitFor();
  });

  it('shows the same history on an SLA’s, a supplier’s and a contract’s own page', async () => {
    const service = await api('services.create', { name: 'Email', code: 'SVC-001' });
    const sla = await api('slas.create', { serviceId: service.id, customer: 'Wards', name: 'Email for wards' });
    await api('slas.update', { id: sla.id, status: 'agreed', validFrom: '2026-01-01' });
    const supplier = await api('suppliers.create', { name: 'Mailco' });
    await api('suppliers.update', { id: supplier.id, contact: 'desk@mailco.example' });
    const contract = await api('contracts.create', {
      kind: 'underpinning',
      title: 'Mail hosting',
      supplierId: supplier.id,
      endDate: '2027-06-30',
      serviceIds: [],
    });
    await api('contracts.update', { id: contract.id, endDate: '2027-09-30' });

    await go(`/slas/${sla.id}`);
    const slaHistory = page.getByRole('list', { name: `History of ${sla.code}` });
    await slaHistory.getByText('Status: Draft → Agreed').waitFor();
    await slaHistory.getByText(/^Valid from: — → /).waitFor();

    await go(`/suppliers/${supplier.id}`);
    await page.getByRole('list', { name: 'History of Mailco' }).getByText('Contact: — → desk@mailco.example').waitFor();
    await page.getByRole('button', { name: 'History of Mail hosting' }).click();
    const dialog = page.getByRole('dialog', { name: 'History of Mail hosting' });
    const endDates = await page.evaluate(() =>
      [new Date(2027, 5, 30), new Date(2027, 8, 30)].map((day) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(day)),
    );
    await dialog.getByText(`End date: ${endDates[0]} → ${endDates[1]}`).waitFor();
    await snap(page, 'audit-contract-history');
    await page.keyboard.press('Escape');
    expect(pageErrors).toEqual([]);
  });

  it('looks right in the dark theme and in a 1024×700 window', async () => {
    await go('/settings/audit');
    await trail().getByRole('listitem').first().waitFor();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
    await page.reload();
    await trail().getByRole('listitem').first().waitFor();
    await snap(page, 'audit-dark');
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.reload();
    await trail().getByRole('listitem').first().waitFor();
    // Nothing wider than the window: the lines wrap instead of scrolling sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await page.screenshot({ path: path.join(screenshotDir, 'audit-1024.png') });
    await go(`/risks/${riskId}`);
    await page.getByRole('list', { name: 'History of RSK-042' }).waitFor();
    await page.getByRole('region', { name: 'History', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'audit-risk-history-1024.png') });
    expect(pageErrors).toEqual([]);
  });
});
