import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { collectPageErrors, launchBrowser, screenshotDir, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';
import { PINNED_CLOCK_ENV, day } from './support/e2e-clock';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let workDir: string;
let demo: ServedApp;
let empty: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];

function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(demo, method, input);
}

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

const hash = () => page.evaluate(() => window.location.hash);

const risks = (n: number) => `${n} ${n === 1 ? 'risk' : 'risks'}`;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-heatmaps-'));
  const db = path.join(workDir, 'demo.sqlite');
  execFileSync(process.execPath, ['bin/serviceledger.cjs', 'demo', '--db', db], {
    cwd: root,
    env: { ...process.env, SERVICELEDGER_HOME: workDir, ...PINNED_CLOCK_ENV },
  });
  demo = await startServedApp({ db, env: PINNED_CLOCK_ENV });
  empty = await startServedApp({ dbName: 'empty.sqlite', env: PINNED_CLOCK_ENV });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  pageErrors = collectPageErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  await empty?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('risk heat maps in a real browser', () => {
  it('explains every view of an empty register', async () => {
    await page.goto(empty.url);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await go('/risks/heatmaps');
    await page.getByText('No risks scored yet').waitFor();
    await snap(page, 'heatmaps-empty-grid');
    await page.getByRole('tab', { name: 'Movement' }).click();
    await page.getByText('No risk has both an inherent and a residual score').waitFor();
    await page.getByRole('tab', { name: 'Period comparison' }).click();
    await page.getByText('No risks scored yet').waitFor();
    await snap(page, 'heatmaps-empty-comparison');
    await page.getByRole('tab', { name: 'By service' }).click();
    await page.getByText('No risk is linked to a service yet').waitFor();
    await snap(page, 'heatmaps-empty-services');
  });

  it('opens the grid from the dashboard with the counts of the API, and a cell opens the register filtered', async () => {
    await page.goto(demo.url);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByRole('region', { name: 'Residual risk of open risks' }).getByRole('link', { name: 'Heat maps' }).click();
    await page.getByRole('heading', { name: 'Heat maps', level: 2 }).waitFor();
    expect(await hash()).toBe('#/risks/heatmaps');

    const residual = await api('risks.heatmap', { basis: 'residual' });
    expect(residual.total).toBeGreaterThan(20);
    const grid = page.getByRole('group', { name: 'Residual heat map' });
    const fullest = residual.grid.flat().reduce((best, cell) => (cell.count > best.count ? cell : best));
    const cell = grid.getByRole('button', { name: new RegExp(`^Likelihood ${fullest.likelihood} .*, impact ${fullest.impact} .*: ${risks(fullest.count)}$`) });
    await cell.waitFor();
    await page.getByText(`${residual.total} risks scored on this basis`).waitFor();
    await snap(page, 'heatmaps-grid');

    await page.getByText('Inherent', { exact: true }).click();
    await page.getByRole('group', { name: 'Inherent heat map' }).waitFor();
    expect(await hash()).toBe('#/risks/heatmaps?basis=inherent');
    const inherent = await api('risks.heatmap', { basis: 'inherent' });
    await page.getByText(`${inherent.total} risks scored on this basis`).waitFor();
    await page.getByText('Residual', { exact: true }).click();

    // The same cell as above, by likelihood and impact: two cells of a row can hold the same count.
    await cell.click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/risks?'));
    expect(await hash()).toBe(`#/risks?cell=residual:${fullest.likelihood}:${fullest.impact}`);
    await page.getByText(risks(fullest.count), { exact: true }).waitFor();
  });

  it('draws the movement from inherent to residual and target, with a table of the same moves', async () => {
    await page.getByRole('link', { name: 'All heat maps' }).click();
    await page.getByRole('tab', { name: 'Movement' }).click();
    await page.waitForFunction(() => window.location.hash === '#/risks/heatmaps?view=movement');
    const movement = await api('risks.movement', {});
    const moved = movement.moves.filter((m) => m.from.likelihood !== m.to.likelihood || m.from.impact !== m.to.impact);
    await page.getByText(`${movement.total} risks with both scores`).waitFor();
    expect(await page.locator('svg g[data-arrow]').count()).toBe(moved.length);
    expect(await page.locator('svg g[data-stay]').count()).toBe(movement.moves.length - moved.length);
    const table = page.getByRole('table', { name: 'Every move from inherent to residual' });
    expect(await table.locator('tbody tr').count()).toBe(movement.moves.length);
    const biggest = [...moved].sort((a, b) => b.count - a.count)[0]!;
    const arrow = page.locator(`svg g[data-arrow="${biggest.from.likelihood}:${biggest.from.impact}>${biggest.to.likelihood}:${biggest.to.impact}"]`);
    expect(await arrow.locator('title').textContent()).toMatch(new RegExp(`^${risks(biggest.count)}: L${biggest.from.likelihood}×I${biggest.from.impact} `));
    const label = page.locator(`svg g[data-arrow-count="${biggest.from.likelihood}:${biggest.from.impact}>${biggest.to.likelihood}:${biggest.to.impact}"]`);
    expect(await label.locator('text').textContent()).toBe(String(biggest.count));
    await snap(page, 'heatmaps-movement');
    // The map alone at full size, to judge the arrows and labels.
    await page.locator('svg[role=img]').screenshot({ path: path.join(screenshotDir, 'heatmaps-movement-map.png') });

    await page.getByText('Inherent → Target', { exact: true }).click();
    await page.getByRole('table', { name: 'Every move from inherent to target' }).waitFor();
    expect(await hash()).toBe('#/risks/heatmaps?view=movement&to=target');
    const target = await api('risks.movement', { to: 'target' });
    await page.getByText(`${target.total} risks with both scores`).waitFor();
    await snap(page, 'heatmaps-movement-target');
  });

  it('compares the heat map on a past date with now, per cell and per band', async () => {
    await page.getByRole('tab', { name: 'Period comparison' }).click();
    await page.getByRole('group', { name: /^Residual heat map as of / }).waitFor();
    await snap(page, 'heatmaps-comparison-default');

    const asOf = day(-240);
    const then = await api('risks.heatmap', { basis: 'residual', asOf });
    const now = await api('risks.heatmap', { basis: 'residual' });
    const changed = then.grid.flat().find((cell, index) => cell.count !== now.grid.flat()[index]!.count);
    expect(changed, 'the demo history changes the residual grid over 240 days').toBeDefined();
    await page.getByLabel('Compare with').fill(asOf);
    await page.waitForFunction((date) => window.location.hash.includes(`asOf=${date}`), asOf);
    const thenGrid = page.getByRole('group', { name: /^Residual heat map as of / });
    await thenGrid
      .getByRole('img', { name: new RegExp(`^Likelihood ${changed!.likelihood} .*, impact ${changed!.impact} .*: ${risks(changed!.count)}$`) })
      .waitFor();
    const nowCell = now.grid.flat().find((cell) => cell.likelihood === changed!.likelihood && cell.impact === changed!.impact)!;
    const delta = nowCell.count - changed!.count;
    await page
      .getByRole('group', { name: 'Residual heat map now' })
      .getByRole('button', {
        name: new RegExp(
          `^Likelihood ${nowCell.likelihood} .*, impact ${nowCell.impact} .*: ${risks(nowCell.count)}, ${Math.abs(delta)} ${delta > 0 ? 'more' : 'fewer'} than on `,
        ),
      })
      .waitFor();
    const above = (map: typeof now) => map.grid.flat().reduce((sum, cell) => sum + (cell.exceedsAppetite ? cell.count : 0), 0);
    const row = page.getByRole('row', { name: /^Above appetite/ });
    // The summary row follows the grids a moment later: wait for it rather than read it once.
    await expect.poll(async () => (await row.innerText()).split(/\s+/).slice(2, 4)).toEqual([String(above(then)), String(above(now))]);
    await snap(page, 'heatmaps-comparison');

    await page.getByLabel('Compare with').fill(day(5));
    await page.getByText('Compare with must be a day before today').waitFor();
    await snap(page, 'heatmaps-comparison-error');
    await page.getByLabel('Compare with').fill(asOf);
  });

  it('lists services worst first and opens a service, its heat map and its register', async () => {
    await page.getByRole('tab', { name: 'By service' }).click();
    const byService = await api('risks.byService', {});
    const table = page.getByRole('table', { name: 'Risks by service (residual)' });
    await table.locator('tbody tr[data-service]').first().waitFor();
    // Virtualized: the table announces every service; only those in view are drawn.
    expect(await table.getAttribute('aria-rowcount')).toBe(String(byService.services.length + 1));
    const first = byService.services[0]!;
    expect(await table.locator('tbody tr[data-service]').first().getAttribute('data-service')).toBe(first.code);
    await snap(page, 'heatmaps-services');

    await page.getByRole('button', { name: `Heat map of ${first.code} · ${first.name}` }).click();
    // The comparison date stays in the address for when the comparison is opened again.
    await page.waitForFunction(
      (id) =>
        /^#\/risks\/heatmaps\?[^#]*\bservice=/.test(window.location.hash) &&
        window.location.hash.endsWith(`service=${id}`) &&
        !window.location.hash.includes('view='),
      first.id,
    );
    await page.getByText(`${first.total - first.unscored} ${first.total - first.unscored === 1 ? 'risk' : 'risks'} scored on this basis`).waitFor();
    await page.goBack();
    await table.getByRole('link', { name: `Register of ${first.code} · ${first.name}` }).click();
    await page.waitForFunction((id) => window.location.hash === `#/risks?service=${id}`, first.id);
    await page.getByText(`${first.total} ${first.total === 1 ? 'risk' : 'risks'}`, { exact: true }).waitFor();
    await page.goBack();
    await table.getByRole('link', { name: `${first.code} · ${first.name}`, exact: true }).click();
    await page.waitForFunction((id) => window.location.hash === `#/services/${id}`, first.id);
    await page.getByRole('heading', { name: first.name, level: 2 }).waitFor();
  });

  it('looks right in dark mode', async () => {
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
    await page.reload();
    await go('/risks/heatmaps');
    await page.getByRole('group', { name: 'Residual heat map' }).waitFor();
    await snap(page, 'heatmaps-grid-dark');
    await go('/risks/heatmaps?view=movement');
    await page.locator('svg g[data-arrow]').first().waitFor();
    await snap(page, 'heatmaps-movement-dark');
    await go(`/risks/heatmaps?view=comparison&asOf=${day(-240)}`);
    await page.getByRole('group', { name: /^Residual heat map as of / }).waitFor();
    await snap(page, 'heatmaps-comparison-dark');
    await go('/risks/heatmaps?view=services');
    await page.getByRole('table', { name: 'Risks by service (residual)' }).waitFor();
    await snap(page, 'heatmaps-services-dark');
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
  });

  it('had no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
