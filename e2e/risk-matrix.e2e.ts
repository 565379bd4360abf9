import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { collectPageErrors, launchBrowser, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

interface Session {
  served: ServedApp;
  browser: Browser;
  page: Page;
  pageErrors: string[];
}

async function open(options: { demo: boolean }): Promise<Session> {
  let db: string | undefined;
  if (options.demo) {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-risk-matrix-'));
    db = path.join(workDir, 'demo.sqlite');
    execFileSync(process.execPath, ['bin/serviceledger.cjs', 'demo', '--db', db], { cwd: root, env: { ...process.env, SERVICELEDGER_HOME: workDir } });
  }
  const served = await startServedApp(db ? { db } : { dbName: 'empty.sqlite' });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const pageErrors = collectPageErrors(page);
  await page.goto(served.url);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  return { served, browser, page, pageErrors };
}

function api<M extends MethodName>(served: ServedApp, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(served, method, input);
}

const go = (page: Page, route: string) => page.evaluate((hash) => (window.location.hash = hash), route);

const LIKELIHOOD = ['Improbable', 'Occasional', 'Probable', 'Frequent'];
const IMPACT = ['Negligible', 'Limited', 'Serious', 'Grave'];
const BANDS = [
  { name: 'Low', minScore: '1', colour: '#2f9e44' },
  { name: 'Medium', minScore: '3', colour: '#f59f00' },
  { name: 'High', minScore: '6', colour: '#e8590c' },
  { name: 'Critical', minScore: '12', colour: '#c92a2a' },
];

describe('risk matrix on the demo workspace', () => {
  let session: Session;
  let page: Page;
  let riskId: number;
  let before: MethodResult<'risks.get'>;

  beforeAll(async () => {
    session = await open({ demo: true });
    page = session.page;
    const risks = await api(session.served, 'risks.list', {});
    const scored = risks.rows.find((risk) => risk.inherent && risk.residual);
    riskId = scored!.id;
    before = await api(session.served, 'risks.get', { id: riskId });
  });

  afterAll(async () => {
    await session?.browser.close();
    await session?.served.stop();
  });

  it('shows the current 5×5 matrix read-only', async () => {
    await go(page, '#/settings/risk-matrix');
    await page.getByRole('heading', { name: 'Risk matrix' }).waitFor();
    await page.getByText('Version 1', { exact: true }).waitFor();
    const grid = page.getByRole('group', { name: 'Current risk matrix' });
    expect(await grid.getByRole('img').count()).toBe(25);
    await grid.getByRole('img', { name: 'Likelihood 5 Almost certain × impact 5 Severe: score 25, Critical, above appetite' }).waitFor();
    await page.getByRole('table', { name: 'Likelihood scale' }).getByText('Almost certain').waitFor();
    await snap(page, 'risk-matrix-01-view');
  });

  it('configures a 4×4 matrix, showing validation errors inline', async () => {
    await page.getByRole('button', { name: 'Change the matrix' }).click();
    await page.getByRole('heading', { name: 'Change the risk matrix' }).waitFor();
    await page.getByRole('button', { name: 'Use the 4×4 preset' }).click();
    expect(await page.getByRole('group', { name: 'Preview of the new matrix' }).getByRole('button').count()).toBe(0);
    for (const [index, label] of LIKELIHOOD.entries()) await page.getByLabel(`Likelihood level ${index + 1} label`).fill(label);
    for (const [index, label] of IMPACT.entries()) await page.getByLabel(`Impact level ${index + 1} label`).fill(label);
    await page.getByRole('radio', { name: 'Likelihood × impact' }).check();

    // Mistakes first: an empty label, a duplicate band name, thresholds out of order.
    await page.getByLabel('Impact level 2 label').fill('');
    await page.getByText('Impact level 2 label is required.').filter({ visible: true }).first().waitFor();
    await page.getByLabel('Impact level 2 label').fill(IMPACT[1]!);
    await page.getByLabel('Band 2 name').fill('Low');
    await page.getByText('Band 2 (Low) name: "Low" is already the name of band 1.').filter({ visible: true }).first().waitFor();
    await page.getByLabel('Band 2 name').fill('Medium');
    await page.getByLabel('Band 3 minimum score').fill('2');
    await page.getByLabel('Band 1 minimum score').fill('3');
    await page
      .getByText(/Band 1 \(Low\) minimum score must be at most 1/)
      .filter({ visible: true })
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: 'Preview the change' }).isDisabled()).toBe(true);
    await snap(page, 'risk-matrix-02-validation');

    for (const [index, band] of BANDS.entries()) {
      await page.getByLabel(`Band ${index + 1} name`).fill(band.name);
      await page.getByLabel(`Band ${index + 1} minimum score`).fill(band.minScore);
      await page.getByLabel(`Band ${index + 1} colour`).fill(band.colour);
    }
    await page.getByRole('combobox', { name: 'Highest acceptable band' }).click();
    await page.getByRole('option', { name: 'High' }).click();
    await page.getByText('Up to High: risks in Critical need treatment or an approved acceptance.').filter({ visible: true }).first().waitFor();
    const preview = page.getByRole('group', { name: 'Preview of the new matrix' });
    await preview.getByRole('img', { name: 'Likelihood 4 Frequent × impact 4 Grave: score 16, Critical, above appetite' }).waitFor();
    await preview.getByRole('img', { name: 'Likelihood 2 Occasional × impact 3 Serious: score 6, High' }).waitFor();
    expect(await page.getByText(/Fix th/).count()).toBe(0);
    await snap(page, 'risk-matrix-03-editor-4x4');
  });

  it('previews how every score maps, then applies with a confirmation that history keeps the old values', async () => {
    await page.getByRole('button', { name: 'Preview the change' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preview the matrix change' });
    await dialog.getByText(/From version 1 \(5×5, likelihood × impact\) to 4×4, likelihood × impact/).waitFor();
    await dialog.getByRole('table', { name: 'Inherent band moves' }).waitFor();
    expect(await dialog.getByRole('table', { name: 'Cell mapping' }).getByRole('row').count()).toBeGreaterThan(1);
    expect(await dialog.getByRole('table', { name: 'Risks whose score changes' }).getByRole('row').count()).toBeGreaterThan(1);
    await snap(page, 'risk-matrix-04-preview');

    // Leaving a level unmapped blocks the change, with the reason; mapping it again unblocks it.
    const topLevel = dialog.getByRole('combobox', { name: 'New likelihood level for 5 Almost certain' });
    expect(await topLevel.inputValue()).toBe('4 Frequent');
    await topLevel.click();
    await page.getByRole('option', { name: 'Not mapped' }).click();
    await dialog.getByText(/risk scores? cannot be placed on the new matrix/).waitFor();
    await dialog
      .getByText(/likelihood level 5 \(Almost certain\) is not mapped to a new level/)
      .first()
      .waitFor();
    expect(await dialog.getByRole('button', { name: 'Apply the new matrix' }).isDisabled()).toBe(true);
    await snap(page, 'risk-matrix-04b-preview-unmapped');
    await topLevel.click();
    await page.getByRole('option', { name: '4 Frequent' }).click();
    await expect.poll(() => dialog.getByText(/cannot be placed on the new matrix/).count()).toBe(0);

    await dialog.getByRole('button', { name: 'Apply the new matrix' }).click();
    const confirm = page.getByRole('dialog', { name: /^Re-score \d+ risks\?$/ });
    await confirm.getByText(/The history keeps the old values/).waitFor();
    await snap(page, 'risk-matrix-05-confirm');
    await confirm.getByRole('button', { name: 'Apply and re-score' }).click();
    await page.getByText(/^\d+ risks re-scored$/).waitFor();
    await page.getByText('Version 2', { exact: true }).waitFor();
    const grid = page.getByRole('group', { name: 'Current risk matrix' });
    expect(await grid.getByRole('img').count()).toBe(16);
    await grid.getByRole('img', { name: 'Likelihood 4 Frequent × impact 4 Grave: score 16, Critical, above appetite' }).waitFor();
    await snap(page, 'risk-matrix-06-view-after');
  });

  it('draws the register and heat map on the new 4×4 grid and keeps the old values in the history', async () => {
    await go(page, '#/risks');
    const heatmap = page.getByRole('group', { name: 'Residual heat map' });
    await heatmap.waitFor();
    await expect.poll(() => heatmap.getByRole('button').count()).toBe(16);
    await heatmap.getByRole('button', { name: /^Likelihood 4 Frequent, impact 4 Grave: / }).waitFor();
    await page.getByText('Frequent').filter({ visible: true }).first().waitFor();
    await snap(page, 'risk-matrix-07-risks-4x4');

    const after = await api(session.served, 'risks.get', { id: riskId });
    expect(after.matrixVersion).toBe(2);
    const old = after.assessments.filter((assessment) => assessment.matrixVersion === 1);
    expect(old.map((assessment) => assessment.residual)).toEqual(before.assessments.map((assessment) => assessment.residual));
    expect(after.assessments.at(-1)).toMatchObject({ kind: 'remap', matrixVersion: 2 });
    expect(after.residual!.likelihood).toBeLessThanOrEqual(4);
  });

  it('fits a 7×7 matrix in the editor and asks before discarding the edits', async () => {
    await go(page, '#/settings/risk-matrix');
    await page.getByRole('button', { name: 'Change the matrix' }).click();
    for (let count = 4; count < 7; count += 1) {
      await page.getByRole('button', { name: 'Add a likelihood level' }).click();
      await page.getByLabel(`Likelihood level ${count + 1} label`).fill(`Likelihood level with a rather long name ${count + 1}`);
      await page.getByRole('button', { name: 'Add an impact level' }).click();
      await page.getByLabel(`Impact level ${count + 1} label`).fill(`Impact ${count + 1}`);
    }
    await page.getByRole('radio', { name: 'A score per cell' }).check();
    await page.getByRole('radio', { name: 'Per cell', exact: true }).check();
    await page.getByRole('group', { name: 'Preview of the new matrix' }).getByRole('button').filter({ visible: true }).first().waitFor();
    expect(await page.getByRole('group', { name: 'Preview of the new matrix' }).getByRole('button').count()).toBe(49);
    await snap(page, 'risk-matrix-08-editor-7x7');

    await page.getByRole('tab', { name: 'People' }).click();
    const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
    await discard.getByText('The changes you made to the risk matrix have not been saved.').waitFor();
    await discard.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('button', { name: 'Add person' }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});

describe('risk matrix on an empty workspace', () => {
  let session: Session;

  beforeAll(async () => {
    session = await open({ demo: false });
  });

  afterAll(async () => {
    await session?.browser.close();
    await session?.served.stop();
  });

  it('changes to 3×3 and applies directly after a simple confirmation', async () => {
    const { page } = session;
    await go(page, '#/settings/risk-matrix');
    await page.getByRole('button', { name: 'Change the matrix' }).click();
    await page.getByRole('button', { name: 'Use the 3×3 preset' }).click();
    await page.getByRole('button', { name: 'Preview the change' }).click();
    const confirm = page.getByRole('dialog', { name: 'Apply the new matrix?' });
    await confirm.getByText(/No risk is scored yet/).waitFor();
    await snap(page, 'risk-matrix-09-empty-confirm');
    await confirm.getByRole('button', { name: 'Apply the new matrix' }).click();
    await page.getByText('0 risks re-scored').waitFor();
    await page.getByText('Version 2', { exact: true }).waitFor();
    expect(await page.getByRole('group', { name: 'Current risk matrix' }).getByRole('img').count()).toBe(9);
    expect((await api(session.served, 'riskMatrix.get', {})).description).toBe('3×3, likelihood × impact');
    await snap(page, 'risk-matrix-10-empty-after');
  });

  it('looks right in dark mode, with a score table and bands per cell', async () => {
    const { page } = session;
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
    await page.reload();
    await go(page, '#/settings/risk-matrix');
    await page.getByRole('group', { name: 'Current risk matrix' }).waitFor();
    await snap(page, 'risk-matrix-11-view-dark');
    await page.getByRole('button', { name: 'Change the matrix' }).click();
    await page.getByRole('radio', { name: 'A score per cell' }).check();
    await page.getByLabel('Score of likelihood 3 × impact 3').fill('12');
    await page.getByRole('radio', { name: 'Per cell', exact: true }).check();
    await page.getByRole('radio', { name: 'Low' }).check();
    await page.getByRole('button', { name: /^Likelihood 3 Likely × impact 1 Minor: score 3, / }).click();
    await page.getByRole('button', { name: 'Likelihood 3 Likely × impact 1 Minor: score 3, Low' }).waitFor();
    await snap(page, 'risk-matrix-12-editor-dark');
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
    expect(session.pageErrors).toEqual([]);
  });
});
