import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { screenshotDir, snap } from './support/browser';
import { type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';
import { readPdfText } from './support/pdf-text';
import { closeServedPage, openServedPage } from './support/served-page';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let workDir: string;

/** Call the host's API as the page does (same token), to check what the UI did. */
function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(served, method, input);
}

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

// "Offering" is no spelling of "Name" the import knows; row 3 has a lifecycle it cannot read.
const offeringCsv = [
  'Offering,Service code,Status,Owner,Tier,Category,Description',
  'Print Release,IMP-001,live,Zara Quinn,2,End-user,"Follow-me **printing** at every site"',
  'Room Booking,IMP-002,sunsetting,Owen Price,3,Corporate,Meeting rooms',
  'Parking Permits,IMP-003,pipeline,Owen Price,4,Corporate,',
].join('\n');

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-catalogue-io-'));
  const db = path.join(workDir, 'demo.sqlite');
  execFileSync(process.execPath, ['bin/serviceledger.cjs', 'demo', '--db', db], { cwd: root, env: { ...process.env, SERVICELEDGER_HOME: workDir } });
  ({ served, browser, page, errors: pageErrors } = await openServedPage({ db }));
});

afterAll(async () => {
  await closeServedPage(browser, served);
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('catalogue import, export and document in a real browser', () => {
  it('imports a CSV after mapping an unusual header, skipping the row with a problem', async () => {
    await snap(page, 'dashboard-catalogue-demo');
    await page.getByRole('link', { name: 'Import…' }).click();
    await page.getByText('Drop a .csv or .xlsx file here').waitFor();
    await snap(page, 'import-1-file');

    await page.locator('input[type=file]').setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await page.getByText('notes.pdf is a .pdf file. Choose a .csv or .xlsx file').waitFor();
    await snap(page, 'import-1-refused');

    await page.locator('input[type=file]').setInputFiles({ name: 'offering.csv', mimeType: 'text/csv', buffer: Buffer.from(offeringCsv) });
    const problems = page.getByRole('alert').filter({ hasText: 'Fix the column mapping' });
    await expect(problems.textContent()).resolves.toContain('Choose the column for Name: it is required.');
    expect(await page.getByRole('button', { name: 'Next: preview the rows' }).isDisabled()).toBe(true);
    await snap(page, 'import-2-mapping-problem');

    await page.getByRole('combobox', { name: 'Column for Name' }).click();
    await page.getByRole('option', { name: 'Offering', exact: true }).click();
    await page.getByText('Every required field has a column').waitFor();
    await snap(page, 'import-2-mapped');

    await page.getByRole('button', { name: 'Next: preview the rows' }).click();
    const errors = page.getByRole('table', { name: 'Problems by row' });
    const firstError = errors.getByRole('row').nth(1);
    expect(await firstError.innerText()).toMatch(/^3\s+Status\s+"sunsetting" is not pipeline, live or retired$/);
    const importAll = page.getByRole('button', { name: 'Import 3 services' });
    expect(await importAll.isDisabled()).toBe(true);
    await page.getByText('1 row has problems. Fix the file and choose it again, or import only the valid rows.').waitFor();
    await page.getByText('Zara Quinn').first().waitFor();
    await snap(page, 'import-3-preview');

    await page.getByRole('radio', { name: 'Import the 2 valid rows and skip the rest' }).check();
    await page.getByRole('button', { name: 'Import 2 services' }).click();
    await page.getByText('Imported 2 services from offering.csv').waitFor();
    await snap(page, 'import-4-result');

    const imported = await api('services.list', { search: 'IMP-', limit: 10 });
    expect(imported.rows.map((s) => [s.code, s.name, s.lifecycle, s.ownerName])).toEqual([
      ['IMP-001', 'Print Release', 'live', 'Zara Quinn'],
      ['IMP-003', 'Parking Permits', 'pipeline', 'Owen Price'],
    ]);
    expect((await api('people.list', {})).map((p) => p.name)).toContain('Zara Quinn');
  });

  it('shows many problems and long headers readably', async () => {
    const longHeaders = [
      'Name of the service as it appears to customers in the catalogue (required, max 200 characters)',
      'Current lifecycle status according to the service management process (pipeline/live/retired)',
      'Unused notes column with a very long header that nobody will ever map to anything useful',
    ];
    const rows = Array.from({ length: 240 }, (_, i) => `"${i % 5 ? `Bulk service ${i}` : ''}",${['live', 'broken', 'sunset'][i % 3]},n`);
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'bulk-catalogue-with-a-rather-long-file-name-from-the-finance-department-2026.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([longHeaders.map((h) => `"${h}"`).join(','), ...rows].join('\n')),
    });
    await page.getByRole('combobox', { name: 'Column for Name' }).click();
    await page.getByRole('option', { name: longHeaders[0] }).click();
    await page.getByRole('combobox', { name: 'Column for Lifecycle' }).click();
    await page.getByRole('option', { name: longHeaders[1] }).click();
    await page.getByText('Every required field has a column').waitFor();
    await snap(page, 'import-2-long-headers');
    await page.getByRole('button', { name: 'Next: preview the rows' }).click();
    await page.getByRole('table', { name: 'Problems by row' }).waitFor();
    expect(await page.getByText(/^Problems 1–50 of \d+$/).isVisible()).toBe(true);
    await snap(page, 'import-3-many-errors');
    // Columns matched by hand would be lost: every import wizard asks before leaving.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog', { name: 'Leave the import?' }).waitFor();
    await page.getByRole('button', { name: 'Leave the import' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  });

  it('exports the catalogue as CSV and as XLSX through the browser’s download', async () => {
    await go('/');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();

    const download = async (item: string) => {
      await page.getByRole('button', { name: 'Export' }).click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
      const saved = path.join(workDir, file.suggestedFilename());
      await file.saveAs(saved);
      return { name: file.suggestedFilename(), saved };
    };

    const csv = await download('CSV (.csv)');
    expect(csv.name).toMatch(/^service-catalogue-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.getByText(`Exported ${csv.name}`).waitFor();
    await snap(page, 'export-notification');
    const text = fs.readFileSync(csv.saved, 'utf8').replace(/^\uFEFF/, '');
    expect(text.split(/\r?\n/)[0]).toBe(
      'Code,Name,Description,Category,Kind,Lifecycle,Owner,Customers,Tier,Service hours,Support contact,Tags,Last review,Next review,Depends on',
    );
    expect(text).toContain('IMP-001,Print Release,Follow-me **printing** at every site,End-user');

    const xlsx = await download('Excel (.xlsx)');
    expect(xlsx.name).toMatch(/^service-catalogue-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.saved);
    const sheet = workbook.worksheets[0]!;
    const names = sheet.getColumn(2).values.slice(1).map(String);
    expect(names[0]).toBe('Name');
    expect(names).toContain('Print Release');
    expect(names).toContain('Legacy Fax Gateway');
  });

  it('prints the catalogue document to an A4 PDF with the live services only', async () => {
    await page.getByRole('link', { name: 'Catalogue document' }).click();
    await page.locator('[data-ready]').waitFor();
    await snap(page, 'catalogue-document');
    expect(await page.getByRole('link', { name: 'Back', exact: true }).isVisible()).toBe(true);

    const pdfPath = path.join(screenshotDir, 'catalogue-document.pdf');
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.pdf({ path: pdfPath, format: 'A4' });
    const { pages, text } = await readPdfText(fs.readFileSync(pdfPath));

    expect(text).toContain('Northwind Health Trust');
    expect(text).toContain('Electronic Patient Record (EPR)');
    expect(text).toContain('Print Release');
    expect(text).not.toContain('Legacy Fax Gateway');
    expect(text).not.toContain('Parking Permits');
    // No app chrome and no buttons in the printout.
    expect(text).not.toContain('Print / Save as PDF');
    expect(text).not.toContain('Management review');
    // Title and contents, then one page or more per category (the demo has nine, plus End-user from the import).
    const categories = (await api('services.list', { lifecycle: ['live'], limit: 10_000 })).rows.map((s) => s.category);
    expect(pages.length).toBeGreaterThanOrEqual(1 + new Set(categories).size);

    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
