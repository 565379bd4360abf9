import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/api-call';
import { snap } from './support/browser';
import { type ServedApp } from './support/served-app';
import { closeServedPage, openServedPage } from './support/served-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function cli(home: string, ...args: string[]): void {
  const result = spawnSync(process.execPath, ['bin/serviceledger.cjs', ...args], {
    cwd: root,
    env: { ...process.env, SERVICELEDGER_HOME: home },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`serviceledger ${args.join(' ')} failed: ${result.stderr}`);
}

/** Scrolls the list's own scroller to its end, as dragging the scroll bar down does. */
async function scrollListToEnd(page: Page, table: string): Promise<void> {
  await page.evaluate((selector) => {
    const scroller = document.querySelector(selector)!.parentElement!;
    scroller.scrollTop = scroller.scrollHeight;
  }, table);
}

describe('long lists load as they scroll (2,500 services, 1,378 SLAs, 1,219 actions)', () => {
  let home: string;
  let served: ServedApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-lists-'));
    const db = path.join(home, 'lists.sqlite');
    cli(home, 'generate', '--db', db, '--services', '2500', '--risks', '6000');
    ({ served, browser, page, errors } = await openServedPage({ db }, { viewport: { width: 1280, height: 800 } }));
  }, 240_000);

  afterAll(async () => {
    await closeServedPage(browser, served);
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('draws a screenful of SLA rows, however many SLAs, and the last SLAs once scrolled to the end', async () => {
    const slas = await callApi(served, 'slas.list', {});
    expect(slas.length).toBeGreaterThan(1000);
    await page.evaluate(() => (window.location.hash = '#/slas'));
    const table = page.getByRole('table', { name: 'SLAs' });
    await table.locator('tbody tr[aria-rowindex="2"]').waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(slas.length + 1));
    expect(await page.getByLabel('SLA count').textContent()).toBe(`${slas.length} SLAs`);
    expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(80);
    await snap(page, 'lists-scale-slas-top');

    await scrollListToEnd(page, 'table[aria-label="SLAs"]');
    const last = slas.at(-1)!;
    await table
      .locator(`tbody tr[aria-rowindex="${slas.length + 1}"]`)
      .getByRole('link', { name: last.code })
      .waitFor();
    expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(80);
    await snap(page, 'lists-scale-slas-end');

    // Searching narrows the same virtualized table.
    await page.getByRole('textbox', { name: 'Search SLAs' }).fill(last.code);
    await page.getByText('1 SLA', { exact: true }).waitFor();
    expect(await table.locator('tbody tr[aria-rowindex]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('lists every action, not the first 1,000, with the true counts, loading pages as it scrolls', async () => {
    const all = await callApi(served, 'actions.list', { limit: 1 });
    expect(all.total).toBeGreaterThan(1000);
    await page.evaluate(() => (window.location.hash = '#/actions?status=all'));
    const table = page.getByRole('table', { name: 'Actions' });
    await table.locator('tbody tr[aria-rowindex="2"]:not([data-loading])').waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(all.total + 1));
    expect(await page.getByLabel('Action count').textContent()).toBe(`${all.total.toLocaleString('en')} actions · ${all.overdue.toLocaleString('en')} overdue`);
    await snap(page, 'lists-scale-actions-top');

    const last = (await callApi(served, 'actions.list', { offset: all.total - 1, limit: 1 })).rows[0]!;
    await scrollListToEnd(page, 'table[aria-label="Actions"]');
    const lastRow = table.locator(`tbody tr[aria-rowindex="${all.total + 1}"]:not([data-loading])`);
    await lastRow.waitFor();
    expect(await lastRow.getByRole('button').first().textContent()).toBe(last.title);
    expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);
    await snap(page, 'lists-scale-actions-end');

    // Opening an action far down the list opens that action.
    await lastRow.getByRole('button', { name: last.title }).click();
    await page.getByRole('dialog', { name: last.title }).waitFor();
    await page.keyboard.press('Escape');

    // The overdue-only view counts the same overdue actions the dashboard does.
    const summary = await callApi(served, 'dashboard.summary', {});
    await page.evaluate(() => (window.location.hash = '#/actions?overdue=1'));
    await page
      .getByLabel('Action count')
      .filter({ hasText: `${summary.counts.overdueActions.toLocaleString('en')} actions` })
      .waitFor();
    expect(errors).toEqual([]);
  });
});
