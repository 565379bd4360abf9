import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { snap } from './support/browser';
import { type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';
import { closeServedPage, openServedPage } from './support/served-page';

// Issue 10, "Enter saves half a record": one keyboard rule on every form and picker of the demo.
// Enter in a picker picks the highlighted option (the first when only one matches); Enter in a
// text field never saves a full-page form; Ctrl+Enter saves; typing into a filled picker filters
// from scratch.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let workDir: string;
let demo: ServedApp;
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
const main = () => page.getByRole('main');

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-enter-rule-'));
  const db = path.join(workDir, 'demo.sqlite');
  execFileSync(process.execPath, ['bin/serviceledger.cjs', 'demo', '--db', db], { cwd: root, env: { ...process.env, SERVICELEDGER_HOME: workDir } });
  ({ served: demo, browser, page, errors: pageErrors } = await openServedPage({ db }));
});

afterAll(async () => {
  await closeServedPage(browser, demo);
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('the Enter rule in a real browser', () => {
  let riskId = 0;

  it('new risk: Enter in the title does not save, Enter in a picker picks, Ctrl+Enter saves the whole form', async () => {
    await go('/risks/new');
    const title = page.getByRole('textbox', { name: /^Title/ });
    await title.waitFor();
    await expect.poll(() => main().innerText()).toContain('Ctrl + Enter saves');
    await title.fill('Lab interface loses results');
    await title.press('Enter');

    // The single match in the Services picker is picked by Enter, not the form sent.
    const services = page.getByRole('combobox', { name: 'Services' });
    await services.click();
    await services.pressSequentially('SVC-019');
    await page.getByRole('option', { name: 'SVC-019 Lab Results Interface' }).waitFor();
    await services.press('Enter');
    await main().getByText('SVC-019 Lab Results Interface').waitFor();
    expect(await services.inputValue()).toBe('');
    // Several matches: Enter picks the first, which typing highlighted.
    await services.pressSequentially('Data');
    await page.getByRole('option', { name: 'SVC-004 Database Platform' }).waitFor();
    await services.press('Enter');
    await main().getByText('SVC-003 Data Centre Hosting').waitFor();
    await services.press('Escape');

    // A filled picker: typing replaces the chosen name and filters from scratch.
    const owner = page.getByRole('combobox', { name: 'Owner' });
    await owner.click();
    await owner.pressSequentially('Priya');
    await owner.press('Enter');
    await expect.poll(() => owner.inputValue()).toBe('Priya Shah');
    await owner.click();
    await owner.pressSequentially('Sami');
    expect(await owner.inputValue()).toBe('Sami');
    await owner.press('Enter');
    await expect.poll(() => owner.inputValue()).toBe('Samira Haddad');
    expect(await hash()).toBe('#/risks/new');
    await snap(page, 'enter-rule-risk-form');

    await title.press('Control+Enter');
    await expect.poll(hash).toMatch(/^#\/risks\/\d+$/);
    riskId = Number((await hash()).split('/').pop());
    const saved = await api('risks.get', { id: riskId });
    expect(saved.title).toBe('Lab interface loses results');
    expect(saved.ownerName).toBe('Samira Haddad');
    expect(saved.services.map((service) => service.code).sort()).toEqual(['SVC-003', 'SVC-019']);
    const same = await api('risks.list', { search: 'Lab interface loses results', limit: 10 });
    expect(same.total).toBe(1);
  });

  it('add-action dialog: typing into the pre-filled owner filters, Enter picks, Ctrl+Enter adds the action', async () => {
    await main().getByRole('button', { name: 'Add action' }).click();
    const dialog = page.getByRole('dialog', { name: /^Add an action to/ });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /^Title/ }).fill('Monitor the lab interface queue');
    const owner = dialog.getByRole('combobox', { name: 'Owner' });
    expect(await owner.inputValue()).toBe('Samira Haddad');
    await owner.click();
    await owner.pressSequentially('Tom');
    expect(await owner.inputValue()).toBe('Tom');
    await page.getByRole('option', { name: 'Tom Whitfield' }).waitFor();
    await owner.press('ArrowDown');
    await owner.press('Enter');
    await expect.poll(() => owner.inputValue()).toBe('Tom Whitfield');
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Due date').fill('2027-03-31');
    await snap(page, 'enter-rule-action-dialog');
    await dialog.getByLabel('Due date').press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    const risk = await api('risks.get', { id: riskId });
    expect(risk.actions.map((action) => [action.title, action.ownerName, action.dueDate])).toEqual([
      ['Monitor the lab interface queue', 'Tom Whitfield', '2027-03-31'],
    ]);
  });

  it('service form: Enter on the only match in "Depends on" picks it; Enter in the name does not save; Ctrl+Enter does', async () => {
    await go('/services/new');
    const name = page.getByRole('textbox', { name: /^Name/ });
    await name.waitFor();
    await expect.poll(() => main().innerText()).toContain('Ctrl + Enter saves');
    await name.fill('Referral Inbox');
    await name.press('Enter');
    const dependsOn = page.getByRole('combobox', { name: 'Depends on' });
    await dependsOn.click();
    await dependsOn.pressSequentially('Lab Results');
    await page.getByRole('option', { name: /SVC-019/ }).waitFor();
    await dependsOn.press('Enter');
    await main()
      .getByText(/SVC-019/)
      .first()
      .waitFor();
    expect(await hash()).toBe('#/services/new');
    await name.press('Control+Enter');
    await expect.poll(hash).toMatch(/^#\/services\/\d+$/);
    const id = Number((await hash()).split('/').pop());
    const service = await api('services.get', { id });
    expect(service.name).toBe('Referral Inbox');
    expect(service.dependsOn.map((dependency) => dependency.code)).toEqual(['SVC-019']);
  });

  it('SLA form: the hint and the keys agree (Ctrl+Enter saves, Enter in a line does not)', async () => {
    await go('/slas/new');
    const name = page.getByRole('textbox', { name: /^Name/ });
    await name.waitFor();
    const text = await main().innerText();
    expect(text).toContain('Ctrl + Enter saves');
    expect(text).not.toMatch(/(^|[^+] )Enter saves/);
    await name.fill('Half an SLA');
    await name.press('Enter');
    await page.getByRole('textbox', { name: /^Code/ }).click();
    expect(await hash()).toBe('#/slas/new');
    const slas = await api('slas.list', {});
    expect(JSON.stringify(slas)).not.toContain('Half an SLA');
    // Leave the form clean, so the next screen opens without the unsaved-changes question.
    await name.fill('');
  });

  it('command palette: Enter on the only match opens it', async () => {
    await go('/');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.keyboard.press('Control+K');
    const search = page.getByRole('textbox', { name: 'Command palette search' });
    await search.waitFor();
    await search.pressSequentially('RSK-023');
    await page.getByRole('button', { name: /RSK-023 · Ransomware/ }).waitFor();
    await search.press('Enter');
    await expect.poll(hash).toBe('#/risks/23');
    expect(pageErrors).toEqual([]);
  });
});
