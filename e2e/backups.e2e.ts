import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/api-call';
import { collectPageErrors, launchBrowser, screenshotDir, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The workspace was made on 20 November; the app opens it on the 24th, so the daily automatic
// backup is due and is taken on open. Beside it: a before-upgrade backup and a damaged (truncated) one.
const MADE = '2026-11-20T09:00:00Z';
const NOW = '2026-11-24T09:00:00Z';
const DAMAGED = 'acme-20261110-090000-manual.sqlite';

let workDir: string;
let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-backups-'));
  const db = path.join(workDir, 'acme.sqlite');
  const env = { ...process.env, SERVICELEDGER_HOME: workDir, SERVICELEDGER_NOW: MADE };
  execFileSync(process.execPath, ['bin/serviceledger.cjs', 'new', '--db', db, '--org', 'Acme IT'], { cwd: root, env });
  const folder = path.join(workDir, 'acme-backups');
  fs.mkdirSync(folder);
  fs.copyFileSync(db, path.join(folder, 'acme-20261101-090000-before-upgrade.sqlite'));
  fs.copyFileSync(db, path.join(folder, DAMAGED));
  fs.truncateSync(path.join(folder, DAMAGED), Math.floor(fs.statSync(db).size / 2));

  served = await startServedApp({ db, env: { SERVICELEDGER_NOW: NOW } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-GB', timezoneId: 'UTC' });
  pageErrors = collectPageErrors(page);
});

let damagedHost: ServedApp | undefined;

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await damagedHost?.stop();
});

const go = (route: string) => page.evaluate((hash) => (window.location.hash = hash), `#${route}`);
const backupsTable = () => page.getByRole('table', { name: 'Backups' });

describe('automatic backups and restoring from the list', () => {
  it('shows the backup taken on open in the status line', async () => {
    await page.goto(served.url);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    const status = page.getByRole('status', { name: 'Workspace status' });
    await expect.poll(() => status.getByRole('link', { name: /^Last backup:/ }).textContent()).toMatch(/Last backup: 24 Nov 2026/);
    await snap(page, 'backups-status-line');
  });

  it('lists the backups newest first with date, kind and size, in light, dark and 1024×700', async () => {
    await go('/settings/backups');
    const rows = backupsTable().getByRole('row');
    await expect.poll(() => rows.count()).toBe(4); // header + 3
    const kinds = await backupsTable()
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[2]?.textContent));
    expect(kinds).toEqual(['Automatic', 'Manual', 'Before upgrade']);
    await backupsTable().getByText('acme-20261124-090000-automatic.sqlite').waitFor();
    await snap(page, 'backups-list-light');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
    await page.reload();
    await backupsTable().getByText('acme-20261124-090000-automatic.sqlite').waitFor();
    await snap(page, 'backups-list-dark');
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
    await page.emulateMedia({ colorScheme: 'light' });

    await page.setViewportSize({ width: 1024, height: 700 });
    await page.reload();
    await backupsTable().getByText('acme-20261124-090000-automatic.sqlite').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await page.screenshot({ path: path.join(screenshotDir, 'backups-list-1024.png') });
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('refuses the damaged backup with its file name and leaves the workspace as it was', async () => {
    await callApi(served, 'settings.update', { organisationName: 'Acme IT (renamed after the backup)' });
    await go('/settings/backups');
    await backupsTable()
      .getByRole('button', { name: `Restore ${DAMAGED}` })
      .click();
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await confirm.getByRole('button', { name: 'Back up current state and restore' }).click();
    const refusal = page.getByText(new RegExp(`That backup cannot be restored: ${DAMAGED.replace(/\./g, '\\.')} is damaged`));
    await refusal.waitFor();
    expect(await refusal.textContent()).not.toMatch(/restoring/);
    await page.waitForTimeout(500); // let the notification finish sliding in before the screenshot
    await snap(page, 'backups-damaged-refused');
    expect((await callApi(served, 'settings.get', {})).organisationName).toBe('Acme IT (renamed after the backup)');
  });

  it('restores the automatic backup after a confirmation, and the renamed organisation is back as it was', async () => {
    await backupsTable().getByRole('button', { name: 'Restore acme-20261124-090000-automatic.sqlite' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await confirm.getByText(/automatic, 24 Nov 2026/).waitFor();
    await snap(page, 'backups-restore-confirm');
    await confirm.getByRole('button', { name: 'Back up current state and restore' }).click();
    await page.getByText('Restored from acme-20261124-090000-automatic.sqlite').waitFor();
    expect((await callApi(served, 'settings.get', {})).organisationName).toBe('Acme IT');
    // The state before the restore is now the newest backup, and the status line says so.
    await expect.poll(() => backupsTable().locator('tbody tr').first().textContent()).toMatch(/before-restore.*Before restore/);
    expect(pageErrors.filter((line) => !line.includes('422'))).toEqual([]); // the refused restore's answer is logged by the browser
  });
});

describe('a host started on a damaged workspace', () => {
  it('starts on the welcome screen, says the file is damaged, and restores its latest good backup in its place', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-damaged-'));
    const db = path.join(dir, 'ops.sqlite');
    execFileSync(process.execPath, ['bin/serviceledger.cjs', 'new', '--db', db, '--org', 'Ops Team'], {
      cwd: root,
      env: { ...process.env, SERVICELEDGER_HOME: dir },
    });
    fs.mkdirSync(path.join(dir, 'ops-backups'));
    fs.copyFileSync(db, path.join(dir, 'ops-backups', 'ops-20261123-090000-automatic.sqlite'));
    fs.truncateSync(db, Math.floor(fs.statSync(db).size / 2));

    damagedHost = await startServedApp({ db, env: { SERVICELEDGER_NOW: NOW } });
    const damagedPage = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-GB', timezoneId: 'UTC' });
    const errors = collectPageErrors(damagedPage);
    await damagedPage.goto(damagedHost.url);
    await damagedPage.getByText('ops.sqlite is damaged and was not opened').waitFor();
    await damagedPage.getByRole('button', { name: 'Show its backups' }).click();
    const dialog = damagedPage.getByRole('dialog', { name: 'ops.sqlite is damaged' });
    await dialog.getByRole('table', { name: 'Backups of the damaged workspace' }).getByText('ops-20261123-090000-automatic.sqlite').waitFor();
    await damagedPage.waitForTimeout(400); // the dialog's fade-in, for the screenshot only
    await snap(damagedPage, 'backups-damaged-workspace');
    await dialog.getByRole('button', { name: 'Restore ops-20261123-090000-automatic.sqlite' }).click();
    await damagedPage.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore this backup' }).click();
    await damagedPage.getByRole('heading', { name: 'Dashboard' }).waitFor();
    expect((await callApi(damagedHost, 'settings.get', {})).organisationName).toBe('Ops Team');
    // The damaged file was moved aside, not deleted.
    expect(fs.readdirSync(path.join(dir, 'ops-backups')).filter((name) => name.endsWith('-damaged.sqlite'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await damagedPage.close();
  });
});
