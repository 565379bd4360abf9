import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { collectPageErrors, launchBrowser, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';

let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];

/** Call the host's API as the page does (same token), to set up and to check what the UI did. */
function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(served, method, input);
}

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

async function chooseFile(name: string, content: string) {
  await page.getByText('Drop a .csv or .xlsx file here').waitFor();
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

// Text ratings as spreadsheets write them; "Sometimes" is no rating word the import knows.
// Day-first and ISO dates; an owner nobody in the workspace is called.
const registerCsv = [
  'Risk,Risk owner,Affected services,Likelihood,Impact,Next review date,Category',
  'Mail relay used for spam after credential theft,Zoe Okafor,SVC-001,High,M,24/12/2026,Security',
  'Payroll run misses the bank cut-off,Zoe Okafor,SVC-002,3 - Possible,Rare,01/02/2027,Operations',
  'Both services down in a datacentre flood,Zoe Okafor,SVC-001;SVC-002,Sometimes,High,2027-03-15,Facilities',
].join('\n');

// "Date raised" and "Raised by" have no field: the preview lists them rather than dropping them unsaid.
const badCsv = [
  'Risk,Risk owner,Affected services,Likelihood,Impact,Date raised,Raised by',
  'Shadow IT file sharing,Zoe Okafor,SVC-999,Likely,Major,2026-03-01,Internal audit',
  'Printer fleet end of support,Zoe Okafor,SVC-001,Low,Minor,2026-04-12,Service desk',
].join('\n');

beforeAll(async () => {
  served = await startServedApp({ dbName: 'risk-import.sqlite' });
  await api('services.create', { name: 'Email', lifecycle: 'live' });
  await api('services.create', { name: 'Payroll', lifecycle: 'live' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  pageErrors = collectPageErrors(page);
  await page.goto(served.url);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('risk register import and register tools in a real browser', () => {
  it('imports a register with text ratings, a hand-mapped rating, day-first dates and a new owner', async () => {
    await go('/risks');
    // The empty register offers the import itself.
    await page.getByText('No risks yet').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Import risks' }).click();
    await page.getByRole('heading', { name: 'Import risks' }).waitFor();
    await snap(page, 'risk-import-1-file');

    await chooseFile('risk-register.csv', registerCsv);
    const mapping = page.getByRole('table', { name: 'Column mapping' });
    await mapping.waitFor();
    expect(await page.getByRole('combobox', { name: 'Column for Owner' }).inputValue()).toBe('Risk owner');
    expect(await page.getByRole('combobox', { name: 'Column for Residual likelihood' }).inputValue()).toBe('Likelihood');
    await snap(page, 'risk-import-2-mapping');

    await page.getByRole('button', { name: 'Next: place the ratings' }).click();
    await page.getByText('1 rating cannot be placed on the matrix').waitFor();
    const next = page.getByRole('button', { name: 'Next: preview the rows' });
    expect(await next.isDisabled()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Likelihood level for “High”' }).inputValue()).toBe('4 · Likely');
    expect(await page.getByRole('combobox', { name: 'Likelihood level for “3 - Possible”' }).inputValue()).toBe('3 · Possible');
    expect(await page.getByRole('combobox', { name: 'Impact level for “M”' }).inputValue()).toBe('3 · Moderate');
    expect(await page.getByRole('combobox', { name: 'Impact level for “Rare”' }).inputValue()).toBe('1 · Insignificant');
    await snap(page, 'risk-import-3-ratings-unmapped');

    await page.getByRole('combobox', { name: 'Likelihood level for “Sometimes”' }).click();
    await page.getByRole('option', { name: '2 · Unlikely' }).click();
    await page.getByText('Every rating has a level').waitFor();
    await expect.poll(() => next.isEnabled()).toBe(true);
    await snap(page, 'risk-import-3-ratings');
    await next.click();

    const newPeople = page.getByRole('region', { name: 'New people that will be created' });
    await newPeople.getByText('Zoe Okafor').waitFor();
    const rows = page.getByRole('table', { name: 'Rows to import' });
    // A residual rating alone scores the inherent position the same, so each shows twice.
    await rows.getByText('4×3 = 12 High').first().waitFor();
    await rows.getByText('2×4 = 8 Medium').first().waitFor();
    expect(await page.getByRole('table', { name: 'Problems by row' }).count()).toBe(0);
    // Every column is read, and the copied inherent position is said in words.
    const howRead = page.getByRole('region', { name: 'How the columns are read' });
    await howRead.getByText('so each risk’s inherent position is copied from its residual one (“Likelihood” and “Impact”)', { exact: false }).waitFor();
    await snap(page, 'risk-import-4-preview');

    await page.getByRole('button', { name: 'Import 3 risks' }).click();
    await page.getByText('Imported 3 risks from risk-register.csv').waitFor();
    await snap(page, 'risk-import-5-result');
    await page.getByRole('link', { name: 'Open the register' }).click();

    const table = page.getByRole('table', { name: 'Risk register' });
    await table.getByText('Mail relay used for spam after credential theft').waitFor();
    const { rows: risks } = await api('risks.list', { sort: { column: 'code', direction: 'asc' } });
    expect(risks.map((risk) => [risk.code, risk.residual?.score, risk.residual?.band, risk.ownerName, risk.nextReviewDate, risk.serviceCodes])).toEqual([
      ['RSK-001', 12, 'High', 'Zoe Okafor', '2026-12-24', ['SVC-001']],
      ['RSK-002', 3, 'Low', 'Zoe Okafor', '2027-02-01', ['SVC-002']],
      ['RSK-003', 8, 'Medium', 'Zoe Okafor', '2027-03-15', ['SVC-001', 'SVC-002']],
    ]);
    const first = table.getByRole('row').filter({ hasText: 'RSK-001' });
    await first.getByLabel('12 High').first().waitFor();
    expect(await table.getByRole('row').filter({ hasText: 'RSK-003' }).getByLabel('8 Medium').count()).toBeGreaterThan(0);
  });

  it('shows the row with an unknown service and imports nothing', async () => {
    await go('/risks');
    await go('/risks/import');
    await chooseFile('more-risks.csv', badCsv);
    await page.getByRole('table', { name: 'Column mapping' }).waitFor();
    await page.getByRole('button', { name: 'Next: place the ratings' }).click();
    await page.getByText('Every rating has a level').waitFor();
    await page.getByRole('button', { name: 'Next: preview the rows' }).click();

    const problems = page.getByRole('table', { name: 'Problems by row' });
    const problem = problems.getByRole('row').filter({ hasText: 'SVC-999 is not a service in this workspace' });
    await problem.waitFor();
    expect(await problem.innerText()).toContain('Affected services');
    expect(await problem.innerText()).toMatch(/^2\b/);
    const importButton = page.getByRole('button', { name: 'Import 2 risks' });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByText('1 row has problems. Fix the file and choose it again, or import only the valid rows.').waitFor();
    const notImported = page.getByRole('region', { name: 'Columns that will not be imported (2)' });
    expect(await notImported.getByRole('group', { name: 'Columns not imported' }).innerText()).toMatch(/Date raised\s+Raised by/);
    await snap(page, 'risk-import-4-preview-errors');
    await notImported.scrollIntoViewIfNeeded();
    await snap(page, 'risk-import-4-preview-ignored-columns');

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { name: 'Risks', level: 2 }).waitFor();
    expect((await api('risks.list', {})).total).toBe(3);
  });

  it('changes the owner of two selected risks in bulk, kept after a reload', async () => {
    const owner = await api('people.create', { name: 'Priya Shah', email: null, role: null });
    await go('/risks');
    const table = page.getByRole('table', { name: 'Risk register' });
    await table.getByRole('checkbox', { name: 'Select RSK-001' }).click();
    await table.getByRole('checkbox', { name: 'Select RSK-002' }).click({ modifiers: ['Shift'] });
    const bar = page.getByRole('region', { name: 'Selected risks' });
    await bar.getByText('2 risks selected').waitFor();
    await snap(page, 'risk-register-selection');

    await bar.getByRole('button', { name: 'Change owner' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the owner of 2 risks' });
    await dialog.getByRole('combobox', { name: 'New owner' }).click();
    await page.getByRole('option', { name: 'Priya Shah' }).click();
    await dialog.getByText('Priya Shah will own the 2 risks.').waitFor();
    await snap(page, 'risk-register-bulk-owner');
    await dialog.getByRole('button', { name: 'Change 2 risks' }).click();
    await page.getByText('Changed the owner of 2 risks').waitFor();

    await page.reload();
    await page.getByRole('table', { name: 'Risk register' }).getByText('RSK-003').waitFor();
    const owners = await Promise.all(['RSK-001', 'RSK-002', 'RSK-003'].map((code) => table.getByRole('row').filter({ hasText: code }).innerText()));
    expect(owners[0]).toContain('Priya Shah');
    expect(owners[1]).toContain('Priya Shah');
    expect(owners[2]).toContain('Zoe Okafor');
    const { rows } = await api('risks.list', { ownerIds: [owner.id] });
    expect(rows.map((risk) => risk.code)).toEqual(['RSK-001', 'RSK-002']);
  });

  it('saves a filter, and applies it again after a reload', async () => {
    const payroll = (await api('services.list', { search: 'Payroll' })).rows[0]!;
    await page.getByRole('combobox', { name: 'Service' }).click();
    await page.getByRole('option', { name: 'SVC-002 · Payroll' }).click();
    await page.keyboard.press('Escape');
    await page.waitForFunction((id) => window.location.hash === `#/risks?service=${id}`, payroll.id);
    await page.getByText('2 risks', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('button', { name: 'Save current view…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this view' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Payroll risks');
    await page.keyboard.press('Enter');
    await page.getByText('Saved the view “Payroll risks”').waitFor();
    await page.getByRole('button', { name: 'Saved views (showing Payroll risks)' }).waitFor();

    await go('/risks');
    await page.reload();
    await page.getByText('3 risks', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('button', { name: 'Payroll risks', exact: true }).click();
    await page.waitForFunction((id) => window.location.hash === `#/risks?service=${id}`, payroll.id);
    await page.getByText('2 risks', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Saved views (showing Payroll risks)' }).waitFor();
    await snap(page, 'risk-register-saved-filter');
  });

  it('looks right in dark mode and never showed an error', async () => {
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
    await page.reload();
    await page.getByRole('table', { name: 'Risk register' }).getByText('RSK-002').waitFor();
    await page.getByRole('table', { name: 'Risk register' }).getByRole('checkbox', { name: 'Select RSK-002' }).click();
    await snap(page, 'risk-register-dark');
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
    expect(pageErrors).toEqual([]);
  });
});
