import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { collectPageErrors, launchBrowser, screenshotDir, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';

// Who reviews what: a supplier's manager and next review date, on the app clock (2027-03-01).

let served: ServedApp | undefined;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let workDir: string;
let fiona: { id: number };
let samira: { id: number };

function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(served!, method, input);
}

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

async function setTheme(scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate((value) => localStorage.setItem('serviceledger.color-scheme', value), scheme);
  await page.reload();
}

const inboxRows = () => page.getByRole('table', { name: 'Reviews due' }).locator('tbody tr');

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-review-owners-'));
  process.env.SERVICELEDGER_NOW = '2027-03-01T09:00:00Z';
  try {
    served = await startServedApp({ db: path.join(workDir, 'owners.sqlite') });
  } finally {
    delete process.env.SERVICELEDGER_NOW;
  }
  fiona = await api('people.create', { name: 'Fiona MacLeod', role: 'Supplier & Contracts Manager' });
  samira = await api('people.create', { name: 'Samira Haddad', role: 'Head of IT' });
  await api('settings.update', { currentPersonId: fiona.id });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  pageErrors = collectPageErrors(page);
  await page.goto(served.url);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('who reviews what, in a real browser', () => {
  it('adds a supplier with a manager; the policy plans its first review; the manager sees it once due', async () => {
    await go('/suppliers');
    await page.getByRole('button', { name: 'Add supplier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a supplier' });
    await dialog.getByLabel('Name').fill('Halcyon Networks plc');
    await dialog.getByLabel('Contact').fill('Service desk 0800 555 0199');
    await dialog.getByRole('combobox', { name: 'Manager' }).click();
    await page.getByRole('option', { name: 'Fiona MacLeod' }).click();
    await snap(page, 'supplier-form-manager');
    await dialog.getByRole('button', { name: 'Add supplier' }).click();
    await page.getByRole('heading', { name: 'Halcyon Networks plc' }).waitFor();
    const review = page.getByRole('region', { name: 'Supplier review' });
    await review.getByText('Fiona MacLeod').waitFor();
    // Left empty: one supplier cadence (12 months by default) from the app's today.
    const supplier = (await api('suppliers.list', {}))[0]!;
    expect(supplier.nextReviewDate).toBe('2028-03-01');
    await snap(page, 'supplier-page-manager');

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Halcyon Networks plc' });
    await edit.getByLabel('Next review').fill('2027-02-20');
    await edit.getByRole('button', { name: 'Save' }).click();
    await review.getByText('9 days overdue').waitFor();

    // The list shows who reviews each supplier and when, the late date in red.
    await go('/suppliers');
    const listed = page.getByRole('table', { name: 'Suppliers' }).locator('tbody tr').first();
    await listed.getByText('Fiona MacLeod').waitFor();
    await listed.getByText('9 days overdue').waitFor();
    await snap(page, 'suppliers-list-manager');

    await go('/reviews');
    await inboxRows().first().waitFor();
    expect(await inboxRows().count()).toBe(1);
    await expect.poll(() => inboxRows().first().textContent()).toContain('Halcyon Networks plc');
    expect(await inboxRows().first().getAttribute('data-state')).toBe('overdue');
    expect(pageErrors).toEqual([]);
  });

  it('looks right in the dark theme and at 1024×700', async () => {
    const id = (await api('suppliers.list', {}))[0]!.id;
    await go(`/suppliers/${id}`);
    await setTheme('dark');
    await page.getByRole('region', { name: 'Supplier review' }).waitFor();
    await snap(page, 'supplier-page-dark');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('dialog', { name: 'Edit Halcyon Networks plc' }).waitFor();
    await snap(page, 'supplier-form-dark');
    await page.keyboard.press('Escape');
    await go('/suppliers');
    await page.getByRole('table', { name: 'Suppliers' }).getByText('9 days overdue').waitFor();
    await snap(page, 'suppliers-list-dark');
    await go(`/suppliers/${id}`);
    await setTheme('light');
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('region', { name: 'Supplier review' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await page.screenshot({ path: path.join(screenshotDir, 'supplier-page-1024.png') });
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('dialog', { name: 'Edit Halcyon Networks plc' }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'supplier-form-1024.png') });
    await page.keyboard.press('Escape');
    await go('/suppliers');
    await page.getByRole('table', { name: 'Suppliers' }).getByText('9 days overdue').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await page.screenshot({ path: path.join(screenshotDir, 'suppliers-list-1024.png') });
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(pageErrors).toEqual([]);
  });

  it('gives every risk review to anyone with the role "Head of IT": previewed, saved, and in their inbox', async () => {
    const risk = await api('risks.create', { title: 'Legacy payroll server out of support', ownerId: fiona.id, nextReviewDate: '2027-03-10' });
    await go('/settings/review-policy');
    const risks = page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: 'Risks', exact: true }) });
    await risks.getByText('A role', { exact: true }).click();
    await page.getByRole('button', { name: 'Preview and save…' }).click();
    await page.getByRole('alert').filter({ hasText: 'Risk reviews, reviewer: the role is empty' }).waitFor();
    await snap(page, 'review-policy-empty-role');
    await risks.getByRole('textbox', { name: 'Reviewing role' }).fill('head of IT');
    await page.getByRole('button', { name: 'Preview and save…' }).click();
    const changes = page.getByRole('list', { name: 'Reviewers that change' });
    await changes.getByText('anyone with the role head of IT').waitFor();
    expect(await changes.textContent()).toContain('reviewed by each risk’s owner → anyone with the role head of IT (1 open');
    await snap(page, 'review-policy-reviewer-preview');
    await page.getByRole('button', { name: 'Save, move nothing' }).click();
    await page.getByText('Review policy saved').waitFor();

    await api('settings.update', { currentPersonId: samira.id });
    await page.reload();
    await go('/reviews');
    await inboxRows().first().waitFor();
    await expect.poll(() => inboxRows().allTextContents()).toEqual([expect.stringContaining(risk.code)]);
    expect(await inboxRows().first().textContent()).toContain('anyone with the role head of IT');
    await snap(page, 'reviews-inbox-by-role');
    // Samira holds the role: the form suggests her, and the key facts keep Fiona as the owner.
    await go(`/reviews/risk/${risk.id}`);
    const facts = page.getByRole('table', { name: 'Key facts' });
    await facts.getByText('Samira Haddad').waitFor();
    expect(await facts.locator('tr').filter({ hasText: 'Owner' }).textContent()).toContain('Fiona MacLeod');
    expect(await facts.locator('tr').filter({ hasText: 'Reviewer' }).textContent()).toContain('anyone with the role head of IT');
    await expect.poll(() => page.getByRole('combobox', { name: 'Reviewer' }).inputValue()).toBe('Samira Haddad');
    await snap(page, 'review-form-role-reviewer');
    await api('settings.update', { currentPersonId: fiona.id });
    expect(pageErrors).toEqual([]);
  });

  it('the policy screen looks right in the dark theme and at 1024×700', async () => {
    await go('/settings/review-policy');
    await setTheme('dark');
    await page.getByRole('heading', { name: 'Risks', exact: true }).waitFor();
    await snap(page, 'review-policy-dark');
    await setTheme('light');
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('heading', { name: 'Risks', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await page.screenshot({ path: path.join(screenshotDir, 'review-policy-1024.png') });
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(pageErrors).toEqual([]);
  });

  it('shows a supplier review in the supplier’s History, and finds a person named inside a changed value', async () => {
    const supplier = (await api('suppliers.list', {}))[0]!;
    await api('reviews.complete', {
      subjectKind: 'supplier',
      subjectId: supplier.id,
      reviewedOn: '2027-03-01',
      reviewerId: fiona.id,
      outcome: 'targets_met',
      nextReviewDate: '2028-03-01',
    });
    await api('suppliers.update', { id: supplier.id, managerId: samira.id });
    await go(`/suppliers/${supplier.id}`);
    const history = page.getByRole('list', { name: `History of ${supplier.name}` });
    await history.getByText('Review completed: targets met, next 2028-03-01 by Fiona MacLeod').waitFor();
    await page.getByRole('region', { name: 'History', exact: true }).scrollIntoViewIfNeeded();
    await snap(page, 'supplier-history-review');

    await go('/settings/audit');
    await page.getByRole('textbox', { name: 'Search' }).fill('Samira');
    const trail = page.getByRole('list', { name: 'Audit trail' });
    await trail.getByText('Manager: Fiona MacLeod → Samira Haddad').waitFor();
    await snap(page, 'audit-search-person-in-value');
    expect(pageErrors).toEqual([]);
  });
});
