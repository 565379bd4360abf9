import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { snap } from './support/browser';
import { callApi } from './support/api-call';
import { type ServedApp } from './support/served-app';
import { closeServedPage, openServedPage } from './support/served-page';

// Issue 10, "correctness and things that mislead": each journey below failed before its fix.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];

const api = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> => callApi(served, method, input);
const go = (route: string) => page.evaluate((hash) => (window.location.hash = hash), route);

beforeAll(async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-data-'));
  const db = path.join(workDir, 'demo.sqlite');
  execFileSync(process.execPath, ['bin/serviceledger.cjs', 'demo', '--db', db], { cwd: root, env: { ...process.env, SERVICELEDGER_HOME: workDir } });
  ({ served, browser, page, errors: pageErrors } = await openServedPage({ db }, { acceptDownloads: true }));
}, 120_000);

afterAll(async () => {
  await closeServedPage(browser, served);
});

describe('issue 10: correctness and things that mislead', () => {
  it('refuses "1.5" in a whole-number field and a 450-character name at the field, keeping what was typed', async () => {
    await go('#/services/new');
    const name = page.getByRole('textbox', { name: /^Name/ });
    await name.waitFor();
    await name.fill('N'.repeat(450));
    expect((await name.inputValue()).length).toBe(450);
    await page.getByText('Name is 450 characters long; it may have at most 200 (nothing was cut: shorten it)').waitFor();
    await snap(page, 'data-01-long-name-refused');
    // Leave the form clean so its unsaved-changes guard lets the next route open.
    await name.fill('');

    await go('#/suppliers/contracts');
    await page.getByRole('button', { name: 'Add contract or OLA' }).click();
    const notice = page.getByRole('textbox', { name: /Notice period/ });
    await notice.fill('1.5');
    expect(await notice.inputValue()).toBe('1.5');
    await page.getByText(/Notice period \(days\) must be a whole number; “1\.5” has a decimal part/).waitFor();
    await notice.fill('1e3');
    expect(await notice.inputValue()).toBe('1e3');
    await page.getByText(/write it out in digits \(1000, not 1e3\)/).waitFor();
    await snap(page, 'data-02-whole-number-refused');
    await notice.fill('');
    await page.getByRole('dialog', { name: 'Add a contract or OLA' }).getByRole('button', { name: 'Cancel' }).click();
  });

  it('enters an OLA’s monthly results on its own results page and shows them on the SLA page’s contract strip', async () => {
    const to = '2026-10';
    const all = await api('contracts.performance', { from: to, to, withTargetsOnly: true });
    const withSla = all.contracts.find((c) => c.targets.length > 0 && c.dependentSlas.some((s) => s.relation === 'covered'));
    expect(withSla, 'the demo has a contract with targets under an SLA').toBeDefined();
    const contract = withSla!.contract;
    await go(`#/contracts/${contract.id}/results`);
    await page.getByRole('heading', { name: `Results of ${contract.title}` }).waitFor();
    const cells = page.getByRole('table', { name: 'Results' }).getByRole('textbox');
    const last = cells.nth((await cells.count()) - 1);
    await last.fill('97.5');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByText(/^Saved: /)
      .first()
      .waitFor();
    await snap(page, 'data-03-contract-results');

    const sla = withSla!.dependentSlas.find((s) => s.relation === 'covered')!;
    await go(`#/slas/${sla.slaId}`);
    const strip = page.getByRole('region', { name: 'Underpinning contracts' });
    await strip.getByRole('link', { name: 'Enter results' }).first().waitFor();
    await strip.getByText('97.5').first().waitFor();
    await strip.scrollIntoViewIfNeeded();
    await snap(page, 'data-04-sla-contract-strip');
  });

  it('previews an import past a malformed line, shows synonym readings, offers the skipped rows as a CSV, and the done step does not contradict itself', async () => {
    const csv = ['Code,Name,Lifecycle', 'DC-001,Fax gateway,decommissioned', 'DC-002,"Pager,live', 'DC-003,Paging bridge,Operational'].join('\n');
    await go('#/services/import');
    await page.locator('input[type=file]').setInputFiles({ name: 'legacy.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Next: preview the rows' }).click();
    const errors = page.getByRole('table', { name: 'Problems by row' });
    expect(await errors.getByRole('row').nth(1).innerText()).toMatch(/^3\s+Whole row\s+this line could not be read: its quotes do not match/);
    const readings = page.getByRole('table', { name: 'Values read as something else' });
    expect(await readings.getByRole('row').nth(1).innerText()).toMatch(/Lifecycle\s+“decommissioned”\s+Retired\s+1 row/);
    await snap(page, 'data-05-import-preview');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download rows with problems' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('legacy-problems.csv');
    const text = fs.readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe('Code,Name,Lifecycle,Problem,Row in original file');
    expect(text).toContain('DC-002');

    await page.getByRole('radio', { name: 'Import the 2 valid rows and skip the rest' }).check();
    await page.getByRole('button', { name: 'Import 2 services' }).click();
    await page.getByText('Imported 2 services from legacy.csv').waitFor();
    await page.getByText('No new people were needed: every owner was already in the workspace.').waitFor();
    expect(await page.getByText('New people have no email or role yet').count()).toBe(0);
    await page.getByRole('button', { name: 'Download the skipped rows' }).waitFor();
    await snap(page, 'data-06-import-done');
  });

  it('shows grid band moves, the appetite count and lapsing acceptances before applying a 4×4 matrix; the score history then marks the change', async () => {
    await go('#/settings/risk-matrix');
    await page.getByRole('button', { name: 'Change the matrix' }).click();
    await page.getByRole('button', { name: 'Use the 4×4 preset' }).click();
    await page.getByRole('button', { name: 'Preview the change' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preview the matrix change' });
    const moves = dialog.getByRole('list', { name: 'Grid positions changing band' });
    await moves.waitFor();
    expect(await moves.innerText()).toMatch(/\d+ positions? \w+ → \w+/);
    const appetite = await dialog.getByLabel('Risks above the appetite').innerText();
    expect(appetite).toMatch(/^\d+ → \d+ /);
    await snap(page, 'data-07-matrix-change-preview');
    await dialog.getByRole('button', { name: 'Apply the new matrix' }).click();
    const confirm = page.getByRole('dialog', { name: /^Re-score/ });
    expect(await confirm.innerText()).toContain('Risks above the appetite:');
    await snap(page, 'data-08-matrix-change-confirm');
    await confirm.getByRole('button', { name: 'Apply and re-score' }).click();
    await page.getByText('Version 2', { exact: true }).waitFor();

    const risks = await api('risks.list', {});
    const scored = risks.rows.find((risk) => risk.residual)!;
    await go(`#/risks/${scored.id}`);
    await page.getByRole('note').filter({ hasText: 'The risk matrix changed on' }).waitFor();
    await page.getByRole('img', { name: /^Score history/ }).scrollIntoViewIfNeeded();
    await snap(page, 'data-09-score-history-marked');
    expect(pageErrors).toEqual([]);
  });

  it('shows a service’s risks inherited through its dependencies, with the path, and counts them on Heat maps ▸ By service when asked', async () => {
    // Arranged through the API: Core switching ← Network ← Email, one risk on Core switching.
    const core = await api('services.create', { name: 'Core switching (e2e)', kind: 'supporting', lifecycle: 'live' });
    const network = await api('services.create', { name: 'Network (e2e)', kind: 'supporting', lifecycle: 'live', dependsOn: [core.id] });
    const email = await api('services.create', { name: 'Email (e2e)', lifecycle: 'live', dependsOn: [network.id] });
    const risk = await api('risks.create', { title: 'Core switch firmware out of support', serviceIds: [core.id] });
    await go(`#/services/${email.id}`);
    const section = page.getByRole('region', { name: /Risks through dependencies/ });
    await section.getByText(`${risk.code}`).waitFor();
    await section.getByText('via Network (e2e) → Core switching (e2e)').waitFor();
    await section.scrollIntoViewIfNeeded();
    await snap(page, 'data-10-service-inherited-risks');

    await go('#/risks/heatmaps?view=services');
    const table = page.getByRole('table', { name: /Risks by service/ });
    await table.waitFor();
    expect(await table.getByText('Email (e2e)').count()).toBe(0);
    await page.getByRole('switch', { name: 'Include inherited risks' }).check({ force: true });
    await scrollToRow(table, 'Email (e2e)');
    await table.getByText('Email (e2e)').first().scrollIntoViewIfNeeded();
    await snap(page, 'data-11-by-service-inherited');
    expect(pageErrors).toEqual([]);
  });

  it('keeps the inherited-risks switch in the address: reload, Back and a shared link keep it', async () => {
    const inheritedSwitch = () => page.getByRole('switch', { name: 'Include inherited risks' });
    const table = page.getByRole('table', { name: /Risks by service/ });
    await go('#/');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await go('#/risks/heatmaps?view=services');
    await table.waitFor();
    expect(await inheritedSwitch().isChecked()).toBe(false);
    await inheritedSwitch().check({ force: true });
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('inherited=1');

    await page.reload();
    await table.waitFor();
    expect(await inheritedSwitch().isChecked()).toBe(true);
    await scrollToRow(table, 'Email (e2e)');

    // Another view adds a history entry; Back returns to By service with the switch still on.
    await page.getByRole('tab', { name: 'Grid' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('view=services');
    await page.goBack();
    await table.waitFor();
    expect(await inheritedSwitch().isChecked()).toBe(true);

    // A link pasted into a fresh tab (that has the host's token) opens with the switch on and the inherited rows counted.
    const link = new URL(page.url()).hash;
    const shared = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await shared.goto(served.url);
      await shared.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await shared.evaluate((hash) => (window.location.hash = hash), link);
      const sharedTable = shared.getByRole('table', { name: /Risks by service/ });
      await sharedTable.waitFor();
      expect(await shared.getByRole('switch', { name: 'Include inherited risks' }).isChecked()).toBe(true);
      await scrollToRow(sharedTable, 'Email (e2e)');
      await snap(shared, 'data-12-by-service-inherited-shared-link');
    } finally {
      await shared.close();
    }

    await inheritedSwitch().uncheck({ force: true });
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('inherited');
    expect(pageErrors).toEqual([]);
  });
});

/** The By service rows are virtualized: scroll down the table until a row with this text is drawn. */
async function scrollToRow(table: Locator, text: string) {
  await expect
    .poll(
      async () => {
        if ((await table.getByText(text).count()) > 0) return true;
        await table.evaluate((element) => {
          let scroller: HTMLElement | null = element.parentElement;
          while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) scroller = scroller.parentElement;
          if (scroller) scroller.scrollTop += 300;
        });
        return false;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}
