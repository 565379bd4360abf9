import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snap } from './support/browser';
import { type ServedApp } from './support/served-app';
import { closeServedPage, openServedPage } from './support/served-page';

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

const FIRST_ROW = '[role="table"][aria-label="Risk register"] [role="row"][aria-rowindex="2"]:not([data-loading])';

describe('the risk register with 100,000 risks', () => {
  let home: string;
  let served: ServedApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-register-'));
    const db = path.join(home, 'register.sqlite');
    cli(home, 'generate', '--db', db, '--services', '500', '--risks', '100000');
    ({ served, browser, page, errors } = await openServedPage({ db }, { viewport: { width: 1440, height: 900 } }));
  }, 180_000);

  afterAll(async () => {
    await closeServedPage(browser, served);
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('shows the first rows after navigation (timed in the UI benchmark) and keeps only the visible rows in the DOM', async () => {
    const times: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      await page.evaluate(() => (window.location.hash = '#/'));
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      times.push(
        await page.evaluate(async (selector) => {
          const started = performance.now();
          window.location.hash = '#/risks';
          await new Promise<void>((resolve) => {
            const check = () => (document.querySelector(selector) ? resolve() : requestAnimationFrame(check));
            check();
          });
          return performance.now() - started;
        }, FIRST_ROW),
      );
    }
    console.log(`Risk register, 100,000 risks: navigation to first rows ${times.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);

    const register = page.getByRole('table', { name: 'Risk register' });
    expect(await register.getAttribute('aria-rowcount')).toBe('100001');
    expect(await register.locator('[role="row"][aria-rowindex]').count()).toBeLessThan(80);
    await page.getByText('100,000 risks', { exact: true }).waitFor();
    await snap(page, 'risk-register-100k');
  });

  it('loads the rows it scrolls to, far down the register', async () => {
    const scroller = page.locator('[role="table"][aria-label="Risk register"] [role="rowgroup"]').locator('..');
    await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
    // About the 50,000th row: its window is fetched and drawn in place of the placeholders.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[aria-label="Risk register"] [role="row"][aria-rowindex]')];
      return rows.some((row) => Number(row.getAttribute('aria-rowindex')) > 40_000 && !row.hasAttribute('data-loading'));
    });
    expect(await page.locator('[aria-label="Risk register"] [role="row"][aria-rowindex]').count()).toBeLessThan(80);
    await snap(page, 'risk-register-100k-scrolled');
  });

  it('shows the reviews inbox and its counts at 100,000 risks (timed in the UI benchmark), one page of rows in the DOM', async () => {
    const firstRow = 'table[aria-label="Reviews due"] tbody tr';
    const times: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      await page.evaluate(() => (window.location.hash = '#/'));
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      times.push(
        await page.evaluate(async (selector) => {
          const started = performance.now();
          window.location.hash = '#/reviews';
          await new Promise<void>((resolve) => {
            const check = () => (document.querySelector(selector) ? resolve() : requestAnimationFrame(check));
            check();
          });
          return performance.now() - started;
        }, firstRow),
      );
    }
    console.log(`Reviews inbox, 100,000 risks: navigation to first rows and counts ${times.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
    // One page of rows in the DOM, however many are due.
    expect(await page.locator(firstRow).count()).toBeLessThanOrEqual(100);
    await page.getByLabel(/^Overdue: [\d,]+$/).waitFor();
    await snap(page, 'reviews-inbox-100k');
  });

  it('had no page errors', () => {
    expect(errors).toEqual([]);
  });
});
