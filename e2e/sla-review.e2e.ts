import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import type { SlaSummary } from '../shared/api/slas-api';
import { collectPageErrors, launchBrowser, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';
import { PINNED_CLOCK_ENV, day } from './support/e2e-clock';
import { pickOption } from './support/pick-option';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let workDir: string;
let sla: SlaSummary;

function api<M extends MethodName>(method: M, input: MethodInput<M>, app: ServedApp = served): Promise<MethodResult<M>> {
  return callApi(app, method, input);
}

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

const ACTION_TITLE = 'Replace the failing storage controller and re-run the failover test with the supplier present';
const NOTE = 'Controller ordered from the supplier; fitting booked for the next maintenance window.';

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-sla-review-'));
  const db = path.join(workDir, 'demo.sqlite');
  execFileSync(process.execPath, ['bin/serviceledger.cjs', 'demo', '--db', db], {
    cwd: root,
    env: { ...process.env, SERVICELEDGER_HOME: workDir, ...PINNED_CLOCK_ENV },
  });
  served = await startServedApp({ db, env: PINNED_CLOCK_ENV });
  // "I am" Alex Morgan: the review's reviewer defaults to this person.
  const alex = (await api('people.list', {})).find((person) => person.name === 'Alex Morgan')!;
  await api('settings.update', { currentPersonId: alex.id });
  const breached = (await api('slas.list', { status: ['agreed'] })).filter((candidate) => candidate.currentStatus === 'breached');
  expect(breached.length).toBeGreaterThan(0);
  sla = breached[0]!;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  pageErrors = collectPageErrors(page);
  await page.goto(served.url);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('SLA review and actions in a real browser, on the demo workspace', () => {
  it('records a review of a breached SLA with an outcome and an improvement action', async () => {
    await go(`/slas/${sla.id}`);
    await page.getByRole('heading', { name: `${sla.code} ${sla.name}` }).waitFor();
    await page.getByRole('link', { name: 'Record review' }).click();
    const form = page.getByRole('form', { name: `Review of ${sla.code}` });
    const breaches = form.getByRole('list', { name: 'Breaches' });
    await breaches.waitFor();
    expect(await form.getByRole('combobox', { name: 'Reviewer' }).inputValue()).toBe('Alex Morgan');
    expect(await form.getByRole('table', { name: 'Targets' }).locator('tr[data-status="breached"]').count()).toBeGreaterThan(0);
    await snap(page, 'sla-review-form-breaches');

    // Nothing chosen yet: the outcome and the breach rule are asked for at their fields.
    await form.getByRole('button', { name: 'Record review' }).click();
    await form.getByText('Outcome: choose whether the targets stay or change').waitFor();
    await form.getByRole('alert').filter({ hasText: 'add an improvement action, or say in the notes why none is needed' }).waitFor();
    await snap(page, 'sla-review-form-errors');

    await breaches
      .getByRole('button', { name: /^Add an action for the .* breach$/ })
      .first()
      .click();
    const action = form.getByRole('group', { name: 'Action 1' });
    await action.getByRole('textbox', { name: 'Title' }).fill(ACTION_TITLE);
    await pickOption(page, action.getByRole('combobox', { name: 'Owner' }), 'Tom Whitfield');
    await action.getByLabel('Due date').fill(day(45));
    await action.getByLabel('Description').fill('Order the part, fit it in a maintenance window, then prove failover works.');
    await form.getByLabel('Changed: the targets are to be renegotiated').check();
    await form.getByLabel('Customer comments', { exact: true }).fill('Ward staff noticed the slow responses in the last month.');
    await form.getByLabel('Notes', { exact: true }).fill('Breaches traced to one storage controller; targets to be renegotiated with the customer.');
    await snap(page, 'sla-review-form-filled');

    await form.getByRole('button', { name: 'Record review' }).click();
    await page.waitForFunction((expected) => window.location.hash === expected, `#/slas/${sla.id}`);
    await page.getByText(new RegExp(`^Recorded the .* review of ${sla.code}$`)).waitFor();

    const reviews = page.getByRole('table', { name: 'Past reviews' });
    const newest = reviews.getByRole('row').nth(1);
    await newest.getByText('Targets to change').waitFor();
    expect(await newest.innerText()).toContain('Alex Morgan');
    await page.getByRole('region', { name: 'Reviews' }).scrollIntoViewIfNeeded();
    await snap(page, 'sla-page-reviews');

    await newest.getByRole('button', { name: /^Read the review of/ }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^${sla.code} review of`) });
    await dialog.getByRole('table', { name: 'Actions raised' }).getByText(ACTION_TITLE).waitFor();
    await snap(page, 'sla-review-read');
    await page.keyboard.press('Escape');

    const [stored] = await api('slaReviews.list', { slaId: sla.id });
    expect(stored).toMatchObject({
      outcome: 'changed',
      reviewerName: 'Alex Morgan',
      actions: [expect.objectContaining({ title: ACTION_TITLE, ownerName: 'Tom Whitfield', dueDate: day(45) })],
    });
  });

  it('follows the action up on the Actions screen: in progress with a note, kept after a reload', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByText('Actions', { exact: true }).click();
    const table = page.getByRole('table', { name: 'Actions' });
    const row = table.getByRole('row').filter({ hasText: ACTION_TITLE });
    await row.waitFor();
    expect(await table.locator('tr[data-overdue="true"]').count()).toBeGreaterThan(0);
    await snap(page, 'actions-list');

    await row.getByRole('button', { name: ACTION_TITLE }).click();
    const dialog = page.getByRole('dialog', { name: ACTION_TITLE });
    await dialog.getByText('In progress', { exact: true }).click();
    await dialog.getByLabel('Progress notes').fill(NOTE);
    await snap(page, 'action-dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.reload();
    const reloaded = page.getByRole('table', { name: 'Actions' }).getByRole('row').filter({ hasText: ACTION_TITLE });
    await reloaded.getByText('In progress', { exact: true }).waitFor();
    expect(await reloaded.innerText()).toContain(`Progress: ${NOTE}`);
    const [saved] = (await api('actions.list', { slaId: sla.id, status: ['in_progress'] })).rows.filter((a) => a.title === ACTION_TITLE);
    expect(saved).toMatchObject({ status: 'in_progress', progressNotes: NOTE, ownerName: 'Tom Whitfield' });
  });

  it('narrows the list from the address and says when nothing matches', async () => {
    await go('/actions?overdue=1');
    const table = page.getByRole('table', { name: 'Actions' });
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr:not([data-overdue="true"])').count()).toBe(0);
    await snap(page, 'actions-overdue');

    await go(`/actions?status=cancelled&sla=${sla.id}`);
    await page.getByText('No action matches these filters').waitFor();
    await snap(page, 'actions-filter-empty');
    await page.getByRole('button', { name: 'Show all actions' }).click();
    await page.waitForFunction(() => window.location.hash === '#/actions?status=all');
    await table.waitFor();
  });

  it('guards an unsaved review and looks right in dark mode', async () => {
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
    await page.reload();
    await go(`/slas/${sla.id}/review`);
    const form = page.getByRole('form', { name: `Review of ${sla.code}` });
    await form
      .getByRole('list', { name: 'Breaches' })
      .getByRole('button', { name: /^Add an action for the .* breach$/ })
      .first()
      .click();
    await form
      .getByLabel('Customer comments', { exact: true })
      .fill('A long comment from the customer that goes on and on about the service, to see how the text wraps in the form.');
    await page.getByRole('navigation', { name: 'Screens' }).getByText('SLAs', { exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Discard your changes?' });
    await confirm.getByText('The changes you made to this review have not been saved.').waitFor();
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/slas/${sla.id}/review`);
    expect(await form.getByLabel('Customer comments', { exact: true }).inputValue()).toContain('A long comment');
    await snap(page, 'sla-review-form-dark');

    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await page.waitForFunction((expected) => window.location.hash === expected, `#/slas/${sla.id}`);
    await go('/actions');
    await page.getByRole('table', { name: 'Actions' }).waitFor();
    await snap(page, 'actions-list-dark');
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
  });

  it('shows an empty Actions screen in a new workspace', async () => {
    const empty = await startServedApp({ dbName: 'empty.sqlite', env: PINNED_CLOCK_ENV });
    try {
      const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await other.goto(empty.url);
      await other.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await other.evaluate(() => (window.location.hash = '/actions'));
      await other.getByText('No actions yet').waitFor();
      await snap(other, 'actions-empty');
      await other.close();
    } finally {
      await empty.stop();
    }
    expect(pageErrors).toEqual([]);
  });
});
