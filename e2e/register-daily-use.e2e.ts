import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';

// Issue 10: the register as people use it every day, on the demo workspace and on an empty one.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let workDir: string;
let demo: ServedApp;
let empty: ServedApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

/** What the register's count line says: "44 risks", or "Loading…" while it waits. */
const count = () => page.locator('main p[aria-live="polite"]').first().innerText();
const searchBox = () => page.getByRole('textbox', { name: 'Search risks' });
/** Any YYYY-MM-DD shown as text (dates are read in the locale's format; inputs are not text). */
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-register-daily-'));
  const db = path.join(workDir, 'demo.sqlite');
  execFileSync(process.execPath, ['bin/serviceledger.cjs', 'demo', '--db', db], { cwd: root, env: { ...process.env, SERVICELEDGER_HOME: workDir } });
  demo = await startServedApp({ db });
  empty = await startServedApp({ dbName: 'empty.sqlite' });
  browser = await launchBrowser();
  // A UK user: dates must read "25 Mar 2027" everywhere.
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  page = await context.newPage();
  pageErrors = collectPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  await empty?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('the risk register on the demo workspace', () => {
  let all = '';

  it('comes back from a filter combination it has already shown, instead of sticking on Loading…', async () => {
    await page.goto(demo.url);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await go('/risks');
    await expect.poll(count).toMatch(/^\d+ risks$/);
    all = await count();

    const overdue = page.getByRole('checkbox', { name: 'Review overdue' });
    await overdue.check();
    await expect.poll(count).toMatch(/^\d+ risks?$/);
    const overdueCount = await count();
    expect(overdueCount).not.toBe(all);
    await overdue.uncheck();
    await expect.poll(count, { timeout: 5000 }).toBe(all);
    await page.getByRole('row').nth(1).getByRole('cell').nth(1).waitFor();

    await searchBox().fill('ransom');
    await expect.poll(count).toMatch(/^\d+ risks?$/);
    await expect.poll(count).not.toBe(all);
    await searchBox().fill('');
    await expect.poll(count, { timeout: 5000 }).toBe(all);

    // A saved view applied after "Clear filters" brings back a combination seen when it was saved.
    await overdue.check();
    await expect.poll(count).toBe(overdueCount);
    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('button', { name: 'Save current view…' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Overdue reviews');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('button', { name: 'Saved views (showing Overdue reviews)' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(count, { timeout: 5000 }).toBe(all);
    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('button', { name: 'Overdue reviews', exact: true }).click();
    await expect.poll(count, { timeout: 5000 }).toBe(overdueCount);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(count, { timeout: 5000 }).toBe(all);
  });

  it('keeps the focus in the search box while the register catches up with the typing', async () => {
    await searchBox().click();
    await page.keyboard.type('fa');
    // A pause long enough for the search to reach the register (the address changes).
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('q=fa');
    await expect.poll(count).toMatch(/^\d+ risks?$/);
    await page.keyboard.type('x');
    expect(await searchBox().inputValue()).toBe('fax');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search risks');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('q=fax');
    // Clearing from outside the box (Clear filters) still empties it.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => searchBox().inputValue()).toBe('');
    await expect.poll(count).toBe(all);
  });

  it('shows dates one way, the locale’s, on every screen', async () => {
    const screens = ['/', '/services', '/services/1', '/slas', '/slas/1', '/risks', '/risks/1', '/actions', '/suppliers'];
    const found: string[] = [];
    for (const screen of screens) {
      await go(screen);
      await page.waitForLoadState('networkidle');
      await page.locator('main').getByRole('heading').first().waitFor();
      // Let the screen's queries land.
      await expect.poll(() => page.locator('main .mantine-Skeleton-root').count()).toBe(0);
      const text = await page.locator('main').innerText();
      const match = ISO_DAY.exec(text);
      if (match) found.push(`${screen}: ${text.slice(Math.max(0, match.index - 60), match.index + 20).replaceAll('\n', ' ')}`);
    }
    expect(found).toEqual([]);
  });
});

describe('the register and the screens at 1024×700', () => {
  it('shows whole titles, a register row above the fold and no sideways scrolling', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const problems: string[] = [];
    for (const screen of ['/', '/services', '/slas', '/risks', '/risks/heatmaps', '/actions']) {
      await go(screen);
      const title = page.locator('main h2').first();
      await title.waitFor();
      await expect.poll(() => page.locator('main .mantine-Skeleton-root').count()).toBe(0);
      const clipped = await title.evaluate((element) => element.scrollWidth > element.clientWidth + 1 || element.getBoundingClientRect().width < 60);
      if (clipped) problems.push(`${screen}: title clipped`);
      const sideways = await page.evaluate(() => {
        const scroller = document.scrollingElement!;
        const main = document.querySelector('main')!;
        return scroller.scrollWidth > scroller.clientWidth + 1 || main.scrollWidth > main.clientWidth + 1;
      });
      if (sideways) problems.push(`${screen}: scrolls sideways`);
      // Nor the SLA list cut off in its own frame: it fits, wrapping its text.
      const cut = await page
        .locator('main table[aria-label="SLAs"]')
        .evaluateAll((tables) =>
          tables.some((table) => table.getBoundingClientRect().right > document.querySelector('main')!.getBoundingClientRect().right + 1),
        );
      if (cut) problems.push(`${screen}: a table is wider than the page`);
      await snap(page, `daily-1024${screen.replaceAll('/', '-') || '-dashboard'}`);
    }
    expect(problems).toEqual([]);

    await go('/risks');
    const firstRow = page.getByRole('table', { name: 'Risk register' }).getByRole('row').nth(1);
    await firstRow.getByRole('cell').nth(1).waitFor();
    const box = await firstRow.boundingBox();
    expect(box, 'the first register row').not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(700);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(root, 'test-results', 'screenshots', 'daily-1024-risks-fold.png') });
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('looks right in the dark theme', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await go('/risks');
    await expect.poll(count).toMatch(/^\d+ risks$/);
    // A window this tall shows the heat map with the register.
    await page.getByRole('heading', { name: /Heat map/ }).waitFor();
    await snap(page, 'daily-risks-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('an empty workspace', () => {
  it('says what to do first: the dashboard banner and the empty register both lead to adding or importing risks', async () => {
    await page.goto(empty.url);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    const banner = page.getByRole('alert').filter({ hasText: 'This workspace is empty' });
    await banner.waitFor();
    expect(await banner.innerText()).not.toContain('as those screens arrive');
    await banner.getByRole('link', { name: 'Add a service' }).waitFor();
    await snap(page, 'daily-dashboard-empty');

    await go('/risks');
    const main = page.getByRole('main');
    await main.getByText('No risks yet').waitFor();
    await main.getByRole('link', { name: 'Add the first risk' }).waitFor();
    await main.getByRole('link', { name: 'Import risks' }).waitFor();
    // Nothing to filter and no heat map to read yet.
    expect(await main.getByRole('checkbox', { name: 'Review overdue' }).count()).toBe(0);
    expect(await main.getByRole('heading', { name: /Heat map/ }).count()).toBe(0);
    await snap(page, 'daily-risks-empty');
    await main.getByRole('link', { name: 'Import risks' }).click();
    await page.getByRole('heading', { name: /Import risks/ }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
