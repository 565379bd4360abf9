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

async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
}

const shownCount = (page: Page) => page.getByRole('status', { name: 'Services shown' }).textContent();

describe('SLA attainment strip with 5,000 services × 12 months', () => {
  let home: string;
  let served: ServedApp;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-strip-'));
    const db = path.join(home, 'strip.sqlite');
    // An SLA on every service: about 4,200 of the 5,000 are agreed, each with twelve months of results.
    cli(home, 'generate', '--db', db, '--services', '5000', '--risks', '0', '--sla-every-service');
    ({ served, browser, page, errors } = await openServedPage({ db }, { viewport: { width: 1440, height: 900 } }));
  });

  afterAll(async () => {
    await closeServedPage(browser, served);
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('shows the first rows (timed in the UI benchmark) and keeps only the visible rows in the DOM', async () => {
    const times: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      await go(page, '/');
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      times.push(
        await page.evaluate(async () => {
          const started = performance.now();
          window.location.hash = '#/slas/portfolio';
          await new Promise<void>((resolve) => {
            const check = () =>
              document.querySelector('table[aria-label="Attainment"] tbody tr[aria-rowindex] button[data-status]') ? resolve() : requestAnimationFrame(check);
            check();
          });
          return performance.now() - started;
        }),
      );
    }
    console.log(`Attainment strip, 5,000 services: navigation to first rows ${times.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);

    const total = await shownCount(page);
    expect(total).toMatch(/^[\d,]+ services$/);
    expect(Number(total!.replace(/\D/g, ''))).toBeGreaterThan(3000);
    const strip = page.getByRole('table', { name: 'Attainment' });
    expect(await strip.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(80);
    // Worst first: the first service has breached months.
    expect(await strip.locator('tbody tr[aria-rowindex="2"] button[data-status="breached"]').count()).toBeGreaterThan(0);
    await snap(page, 'sla-portfolio-5000');

    // The month header stays in view after scrolling far down.
    await page.getByRole('region', { name: 'Attainment by service and month' }).evaluate((element) => element.scrollTo({ top: 60_000 }));
    await expect.poll(() => strip.locator('tbody tr[aria-rowindex]').first().getAttribute('aria-rowindex')).not.toBe('2');
    const header = await strip.locator('thead th').first().boundingBox();
    const region = await page.getByRole('region', { name: 'Attainment by service and month' }).boundingBox();
    expect(Math.abs(header!.y - region!.y)).toBeLessThan(3);
    await snap(page, 'sla-portfolio-5000-scrolled');
  });

  it('filters by breaches and by text, and says when nothing matches', async () => {
    await go(page, '/slas/portfolio');
    const all = Number((await shownCount(page))!.replace(/\D/g, ''));
    await page.getByText('Has a breach').click();
    await expect.poll(() => shownCount(page)).toMatch(/ of /);
    const breached = Number((await shownCount(page))!.split(' of ')[0]!.replace(/\D/g, ''));
    expect(breached).toBeGreaterThan(0);
    expect(breached).toBeLessThan(all);
    expect(await page.evaluate(() => window.location.hash)).toContain('health=breached');

    await page.getByRole('textbox', { name: 'Search services' }).fill('no service is called this');
    await page.getByText('No service matches these filters').waitFor();
    await snap(page, 'sla-portfolio-filtered-empty');
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect.poll(() => shownCount(page)).toMatch(/^[\d,]+ services$/);
  });

  it('opens the SLA of a service from one of its month cells', async () => {
    await go(page, '/slas/portfolio?sort=code');
    const strip = page.getByRole('table', { name: 'Attainment' });
    const firstRow = strip.locator('tbody tr[aria-rowindex="2"]');
    const label = await firstRow.getByRole('link').getAttribute('aria-label');
    expect(label).toMatch(/open its SLA$/);
    const code = label!.split(' ')[0]!;
    await firstRow.locator('button[data-status]').last().click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/slas\/\d+$/);
    await page.getByText(code).first().waitFor();

    // The dark theme keeps the colours and symbols readable.
    await page.emulateMedia({ colorScheme: 'dark' });
    await go(page, '/slas/portfolio');
    await strip.locator('tbody tr[aria-rowindex="2"]').waitFor();
    await snap(page, 'sla-portfolio-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(errors).toEqual([]);
  });
});
