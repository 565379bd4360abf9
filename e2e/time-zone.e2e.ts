import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, snap } from './support/browser';
import { callApi } from './support/api-call';
import { startServedApp, type ServedApp } from './support/served-app';

// 13:30 UTC on 3 December is 02:30 on 4 December in Auckland: the user's date is a day ahead of
// UTC's for thirteen hours a day. "Today" must be the user's date on both sides of the API.
const NOW = '2026-12-03T13:30:00Z';

let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  served = await startServedApp({ dbName: 'auckland.sqlite', env: { SERVICELEDGER_NOW: NOW, TZ: 'UTC' } });
  browser = await launchBrowser();
  const context = await browser.newContext({ timezoneId: 'Pacific/Auckland', locale: 'en-NZ', viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
  pageErrors = collectPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('a user in Auckland while it is still yesterday in UTC', () => {
  it('re-assesses a risk with the default date, which is their own today, and it is accepted', async () => {
    const risk = await callApi(served, 'risks.create', {
      title: 'Core switch firmware out of support',
      inherent: { likelihood: 4, impact: 4 },
      residual: { likelihood: 3, impact: 4 },
    });
    await page.goto(served.url);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.evaluate((id) => (window.location.hash = `#/risks/${id}`), risk.id);
    await page.getByRole('button', { name: 'Re-assess' }).click();
    const dialog = page.getByRole('dialog', { name: /^Re-assess / });
    expect(await dialog.getByLabel(/^Date/).inputValue()).toBe('2026-12-04');
    await dialog.getByRole('radio', { name: /^Likelihood 2 .*, impact 4 / }).click();
    await dialog.getByRole('textbox', { name: /^Rationale/ }).fill('Firmware upgraded on the standby switch.');
    await snap(page, 'time-zone-reassess-auckland');
    await dialog.getByRole('button', { name: 'Record assessment' }).click();
    await dialog.waitFor({ state: 'detached' });
    const detail = await callApi(served, 'risks.get', { id: risk.id });
    // Accepted: a second assessment, stamped with the app clock's instant (the user's 4 December).
    expect(detail.assessments).toHaveLength(2);
    const latest = detail.assessments
      .map((assessment) => assessment.assessedAt)
      .sort()
      .at(-1)!;
    expect(Date.parse(latest) - Date.parse(NOW)).toBeGreaterThanOrEqual(0);
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Auckland' }).format(new Date(latest))).toBe('2026-12-04');
    expect(pageErrors).toEqual([]);
  });
});
