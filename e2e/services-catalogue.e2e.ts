import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Run the built CLI the way a user does, on a temporary home so nothing of theirs is touched. */
function cli(home: string, ...args: string[]): void {
  const result = spawnSync(process.execPath, ['bin/serviceledger.cjs', ...args], {
    cwd: root,
    env: { ...process.env, SERVICELEDGER_HOME: home },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`serviceledger ${args.join(' ')} failed: ${result.stderr}`);
}

async function openApp(browser: Browser, served: ServedApp): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = collectPageErrors(page);
  await page.goto(served.url);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  return { page, errors };
}

async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
}

const countOf = (page: Page) => page.getByRole('status', { name: 'Catalogue count' });

describe('service catalogue in a real browser (demo workspace)', () => {
  let home: string;
  let served: ServedApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-catalogue-'));
    const db = path.join(home, 'demo.sqlite');
    cli(home, 'demo', '--db', db);
    served = await startServedApp({ db });
    browser = await launchBrowser();
    ({ page, errors } = await openApp(browser, served));
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('lists the 29 demo services, sortable, and opens one from the keyboard', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Services' }).click();
    await expect.poll(() => countOf(page).textContent()).toBe('29 services');
    const grid = page.getByRole('grid', { name: 'Services' });
    // Virtualized: the grid says how many rows it has, the DOM holds what is in view.
    expect(await grid.getAttribute('aria-rowcount')).toBe('30');
    await expect.poll(() => grid.locator('tbody tr[aria-rowindex]').count()).toBeGreaterThan(15);
    await snap(page, 'services-table-demo');

    await page.getByRole('button', { name: 'Name', exact: true }).click();
    await expect.poll(() => grid.locator('tbody tr[aria-rowindex="2"] td').nth(1).textContent()).toBe('Backup & Recovery');
    expect(await page.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: 'Code', exact: true }).click();
    await expect.poll(() => grid.locator('tbody tr[aria-rowindex="2"] td').nth(1).textContent()).toBe('Network (LAN/WAN)');

    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Identity & Access (SSO)', level: 2 }).waitFor();
    expect(page.url()).toMatch(/#\/services\/2$/);
  });

  it('shows what a failure of the network hits, as a graph and as a list', async () => {
    await go(page, '/services/1');
    await page.getByRole('heading', { name: 'Network (LAN/WAN)', level: 2 }).waitFor();
    const hit = page.getByRole('region', { name: /If this fails, these are hit: \d+ services/ });
    await hit.waitFor();
    const title = await hit.getByRole('heading').textContent();
    const count = Number(/hit: (\d+)/.exec(title ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(20);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(count + 1);
    expect(await page.locator('.react-flow__edge').count()).toBeGreaterThan(count);
    await hit.getByRole('link', { name: /SVC-002 Identity & Access/ }).waitFor();
    await page.locator('section[aria-labelledby="dependencies-title"]').scrollIntoViewIfNeeded();
    await snap(page, 'service-page-network-impact');

    // A node is a link to its service.
    await page.locator('.react-flow__node').filter({ hasText: 'Data Centre Hosting' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Data Centre Hosting', level: 2 }).waitFor();
  });

  it('creates a service with a dependency through the form and finds it in the table', async () => {
    await go(page, '/services');
    await page.getByRole('button', { name: 'New service' }).click();
    const code = page.getByRole('textbox', { name: 'Code' });
    await expect.poll(() => code.inputValue()).toBe('SVC-030');

    // Checked in the browser first, with the API's own schema: nothing is sent.
    await page.getByText('Weekly hours').click();
    await page.getByRole('textbox', { name: 'Tuesday to' }).fill('06:00');
    await page.getByRole('button', { name: 'Add service' }).click();
    await page.getByText('Name is required').waitFor();
    await page.getByText('To must end after it starts').waitFor();
    await snap(page, 'service-form-validation-errors');

    await page.getByRole('textbox', { name: 'Name' }).fill('Bedside Paging Hub');
    await page.getByRole('textbox', { name: 'Description' }).fill('**Secure messaging** between wards.\n\n- Paging replacement\n- Escalations');
    const dependsOn = page.getByRole('combobox', { name: 'Depends on' });
    await dependsOn.click();
    await dependsOn.fill('Identity');
    await page.getByRole('option', { name: 'SVC-002 Identity & Access (SSO)' }).click();
    await page.getByRole('button', { name: 'Mon–Sat 07:00–19:00' }).click();
    await page.getByText(/^1 · /).click(); // Tier 1, next review left empty
    await snap(page, 'service-form-new');
    await page.getByRole('button', { name: 'Add service' }).click();

    await page.getByRole('heading', { name: 'Bedside Paging Hub', level: 2 }).waitFor();
    // Identity directly; Network and Data Centre Hosting through it.
    const needs = page.getByRole('region', { name: 'Depends on: 3 services' });
    await needs.getByRole('link', { name: /SVC-002 Identity & Access/ }).waitFor();
    await needs.getByRole('link', { name: /SVC-001 Network/ }).waitFor();
    await page.getByText('Mon-Sat 07:00-19:00').waitFor();
    // The review policy planned the first review from the tier (quarterly for Tier 1 by default).
    const facts = page.getByRole('region', { name: 'Facts' });
    await facts.getByText('Next review').waitFor();
    expect(await facts.getByText('Not planned').count()).toBe(0);
    await page.getByRole('region', { name: 'History', exact: true }).getByText('Created this record').waitFor();

    await go(page, '/services');
    await page.getByRole('textbox', { name: 'Search services' }).fill('bedside paging');
    await expect.poll(() => countOf(page).textContent()).toBe('1 of 30 services');
    await page.getByRole('grid', { name: 'Services' }).getByText('Bedside Paging Hub').waitFor();
  });

  it('refuses a dependency cycle and shows why under "Depends on"', async () => {
    await go(page, '/services/1/edit');
    const dependsOn = page.getByRole('combobox', { name: 'Depends on' });
    await dependsOn.click();
    await dependsOn.fill('Bedside');
    await page.getByRole('option', { name: 'SVC-030 Bedside Paging Hub' }).click();
    await page.keyboard.press('Control+Enter');

    const message = page
      .getByRole('form')
      .getByText(/Depends on: this would make a dependency cycle: SVC-001 Network \(LAN\/WAN\) → SVC-030 Bedside Paging Hub/);
    await message.waitFor();
    expect(await dependsOn.getAttribute('aria-invalid')).toBe('true');
    await snap(page, 'service-form-cycle-error');

    // Leaving with unsaved changes asks first.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Dashboard' }).click();
    const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
    await discard.waitFor();
    expect(page.url()).toMatch(/#\/services\/1\/edit$/);
    await discard.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  });

  it('filters the table and shows the portfolio board', async () => {
    await go(page, '/services');
    await page.getByRole('button', { name: 'Filter by lifecycle' }).click();
    await page.getByRole('option', { name: 'Pipeline' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => countOf(page).textContent()).toBe('4 of 30 services');
    expect(page.url()).toContain('lifecycle=pipeline');
    await snap(page, 'services-table-filtered');

    await page
      .getByRole('button', { name: /Clear filters/ })
      .first()
      .click();
    await page.getByText('Board', { exact: true }).click();
    await page.getByRole('region', { name: 'Live' }).getByRole('link', { name: 'SVC-001 Network (LAN/WAN)' }).waitFor();
    await page.getByRole('region', { name: 'Pipeline' }).getByText('Bedside Paging Hub').waitFor();
    await snap(page, 'services-board');
  });

  it('looks right in dark mode', async () => {
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
    await page.reload();
    await go(page, '/services/2');
    await page.getByRole('heading', { name: 'Identity & Access (SSO)', level: 2 }).waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    await snap(page, 'service-page-dark');
    await go(page, '/services');
    await page.getByRole('grid', { name: 'Services' }).waitFor();
    await snap(page, 'services-table-dark');
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
  });

  it('had no page errors', () => {
    // The refused cycle is an HTTP 400 from the host, which Chromium logs; it was provoked on purpose.
    const refused = 'console: Failed to load resource: the server responded with a status of 400 (Bad Request)';
    expect(errors.filter((error) => error !== refused)).toEqual([]);
    expect(errors.filter((error) => error === refused)).toHaveLength(1);
  });
});

describe('service catalogue with 5,000 services', () => {
  let home: string;
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-5k-'));
    const db = path.join(home, 'g5k.sqlite');
    cli(home, 'generate', '--db', db, '--services', '5000', '--risks', '0');
    served = await startServedApp({ db });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('shows the first rows (timed in the UI benchmark) and scrolls through all of them', async () => {
    const { page, errors } = await openApp(browser, served);
    const times: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      await go(page, '/');
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      times.push(
        await page.evaluate(async () => {
          const started = performance.now();
          window.location.hash = '#/services';
          await new Promise<void>((resolve) => {
            const check = () => (document.querySelector('[role="grid"] tbody tr[aria-rowindex]') ? resolve() : requestAnimationFrame(check));
            check();
          });
          return performance.now() - started;
        }),
      );
    }
    console.log(`5,000 services: navigation to first rows ${times.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
    await expect.poll(() => countOf(page).textContent()).toBe('5,000 services');
    await snap(page, 'services-table-5000');

    // Only what is visible is in the DOM, and the last row can be reached.
    const grid = page.getByRole('grid', { name: 'Services' });
    expect(await grid.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(80);
    await grid.focus();
    await page.keyboard.press('End');
    await grid.locator('tbody tr[aria-rowindex="5001"]').waitFor();
    await snap(page, 'services-table-5000-end');
    expect(errors).toEqual([]);
  });
});
