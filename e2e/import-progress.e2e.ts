import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snap } from './support/browser';
import { callApi } from './support/api-call';
import { type ServedApp } from './support/served-app';
import { closeServedPage, openServedPage } from './support/served-page';

// Issue 10: a large import showed nothing while it ran. Now the wizard says what it is doing
// and how many rows are written, and the page stays usable meanwhile.
let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const ROWS = 30_000;
function bigRegister(): string {
  const lines = ['Risk ID,Risk,Likelihood,Impact,Category'];
  for (let i = 1; i <= ROWS; i += 1)
    lines.push(`IMP-${i},Imported risk number ${i} about a long-lived supplier dependency,${(i % 5) + 1},${(i % 4) + 1},Operations`);
  return lines.join('\n');
}

beforeAll(async () => {
  ({ served, browser, page, errors: pageErrors } = await openServedPage({ dbName: 'import-progress.sqlite' }));
}, 120_000);

afterAll(async () => {
  await closeServedPage(browser, served);
});

describe('import progress in a real browser', () => {
  it('shows the rows written of all while a 30,000-row risk import runs, then the result, all in one transaction', async () => {
    await page.evaluate(() => (window.location.hash = '/risks/import'));
    await page.getByText('Drop a .csv or .xlsx file here').waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'big-register.csv', mimeType: 'text/csv', buffer: Buffer.from(bigRegister()) });
    await page.getByRole('table', { name: 'Column mapping' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Next: place the ratings' }).click();
    await page.getByText('Every rating has a level').waitFor();
    await page.getByRole('button', { name: 'Next: preview the rows' }).click();
    const importButton = page.getByRole('button', { name: 'Import 30,000 risks' });
    await expect.poll(() => importButton.isEnabled(), { timeout: 60_000 }).toBe(true);
    await importButton.click();

    const panel = page.getByRole('status', { name: 'Import progress' });
    // Part-way: "Writing 12,000 of 30,000 risks", with a determinate bar.
    await panel.getByText(/^Writing [\d,]+ of 30,000 risks/).waitFor({ timeout: 60_000 });
    const bar = panel.getByRole('progressbar');
    const now = Number(await bar.getAttribute('aria-valuenow'));
    expect(now).toBeGreaterThanOrEqual(0);
    expect(now).toBeLessThanOrEqual(100);
    await snap(page, 'import-progress-1-writing');
    // Nothing is visible to the rest of the app until the one transaction commits.
    const during = await callApi(served, 'risks.list', { limit: 1 });
    expect([0, ROWS]).toContain(during.total);

    await page.getByText(`Imported 30,000 risks from big-register.csv`).waitFor({ timeout: 120_000 });
    expect(await panel.count()).toBe(0);
    await snap(page, 'import-progress-2-done');
    expect((await callApi(served, 'risks.list', { limit: 1 })).total).toBe(ROWS);
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
