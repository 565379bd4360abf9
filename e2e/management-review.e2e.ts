import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { verifyPack } from '../electron/io/review-pack/pack-seal';
import { snap } from './support/browser';
import { type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';
import { PINNED_CLOCK_ENV, day } from './support/e2e-clock';
import { closeServedPage, openServedPage } from './support/served-page';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let workDir: string;

function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(served, method, input);
}

const DECISION = 'Fund a second integration engineer before the EPR upgrade';

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-management-review-'));
  const db = path.join(workDir, 'demo.sqlite');
  execFileSync(process.execPath, ['bin/serviceledger.cjs', 'demo', '--db', db], {
    cwd: root,
    env: { ...process.env, SERVICELEDGER_HOME: workDir, ...PINNED_CLOCK_ENV },
  });
  ({ served, browser, page, errors: pageErrors } = await openServedPage({ db, env: PINNED_CLOCK_ENV }, { acceptDownloads: true }));
}, 120_000);

afterAll(async () => {
  await closeServedPage(browser, served);
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('management review in a real browser, on the demo workspace', () => {
  it('prepares this quarter’s review: inputs compiled live, a narrative, a decision', async () => {
    await page.getByRole('link', { name: 'Management review' }).first().click();
    const list = page.getByRole('table', { name: 'Management reviews' });
    await list.waitFor();
    expect(await list.getByText('Closed').count()).toBe(1);
    await snap(page, 'management-review-list');
    await list.getByRole('row').filter({ hasText: 'In preparation' }).getByRole('link').click();
    await page.getByText('Compiled live', { exact: true }).waitFor();
    const previous = page.getByRole('region', { name: 'Actions from previous reviews' });
    expect(await previous.getByText('Recruit a Service Desk analyst').count()).toBeGreaterThan(0);
    await page
      .getByRole('region', { name: 'Risks and opportunities' })
      .getByLabel(/^Heat map At the previous review/)
      .waitFor();
    await snap(page, 'management-review-inputs');

    const feedback = page.getByRole('region', { name: 'Customer and interested-party feedback' });
    await feedback.getByRole('textbox').fill('Ward managers’ survey: 81 % satisfied. One complaint about password resets.');
    await feedback.getByRole('button', { name: 'Save narrative' }).click();
    await expect.poll(() => feedback.getByRole('button', { name: 'Save narrative' }).isDisabled()).toBe(true);

    await page.getByRole('tab', { name: /Decisions/ }).click();
    await page.getByRole('button', { name: 'Add decision' }).click();
    const form = page.getByRole('form', { name: 'Decision' });
    await form.getByRole('textbox', { name: 'Decision' }).fill(DECISION);
    await form.getByRole('combobox', { name: 'Owner' }).click();
    await page.getByRole('option', { name: 'Chloe Evans' }).click();
    await form.getByLabel('Due date').fill(day(60));
    await form.getByRole('button', { name: 'Add decision' }).click();
    await page.getByRole('table', { name: 'Decisions' }).getByText(DECISION).waitFor();
    await snap(page, 'management-review-decisions');
  });

  it('shows the decision in the Actions list, linked to its review, and narrows the list to that review’s decisions', async () => {
    const review = (await api('managementReviews.list', {})).find((r) => r.status === 'in_preparation')!;
    await page.getByRole('link', { name: 'Actions' }).first().click();
    await page.getByRole('table', { name: 'Actions' }).waitFor();
    await page.getByRole('combobox', { name: 'Management review' }).click();
    await page.getByRole('option', { name: review.title }).click();
    await expect.poll(() => page.url()).toContain(`managementReview=${review.id}`);
    const row = page.getByRole('table', { name: 'Actions' }).getByRole('row').filter({ hasText: DECISION });
    await row.waitFor();
    expect(await page.getByRole('table', { name: 'Actions' }).getByRole('row').count()).toBe(2); // the header and the one decision
    await snap(page, 'actions-of-management-review');
    await row.getByRole('button', { name: DECISION }).click();
    const dialog = page.getByRole('dialog', { name: DECISION });
    await dialog.getByRole('link', { name: `Decided at ${review.title}` }).click();
    await page.getByText('Compiled live', { exact: true }).waitFor();
    expect(page.url()).toContain(`/management-review/${review.id}`);
  });

  it('holds it: a risk changed afterwards does not change what the review showed', async () => {
    await page.getByRole('button', { name: 'Mark held' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark held' }).click();
    await page.getByText(/What this review showed is stored with SHA-256/).waitFor();
    await page.getByRole('tab', { name: 'Inputs' }).click();
    const risks = page.getByRole('region', { name: 'Risks and opportunities' });
    const before = await risks.innerText();
    const reviews = await api('managementReviews.list', {});
    const held = reviews.find((r) => r.status === 'held')!;
    const snapshot = held.snapshotSha256;

    // The register moves on after the meeting.
    const open = await api('risks.list', { statuses: ['assessed', 'treating', 'monitored'], limit: 1 });
    await api('risks.assess', {
      id: open.rows[0]!.id,
      inherent: { likelihood: 5, impact: 5 },
      residual: { likelihood: 5, impact: 5 },
      rationale: 'Worse after the meeting',
    });
    await api('risks.create', { title: 'A risk raised after the review was held' });
    await page.reload();
    await page.getByText(/What this review showed is stored with SHA-256/).waitFor();
    expect(await page.getByRole('region', { name: 'Risks and opportunities' }).innerText()).toBe(before);
    expect((await api('managementReviews.get', { id: held.id })).snapshotSha256).toBe(snapshot);
    await snap(page, 'management-review-held');
  });

  it('exports the pack as PDF, Word and Excel, each an unmodified pack of this review', async () => {
    const held = (await api('managementReviews.list', {})).find((r) => r.status === 'held')!;
    for (const [item, extension] of [
      ['PDF (A4)', 'pdf'],
      ['Word (.docx), editable copy', 'docx'],
      ['Excel (.xlsx), every table', 'xlsx'],
    ] as const) {
      await page.getByRole('button', { name: 'Export pack' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^management-review-${held.id}-.*\\.${extension}$`));
      const file = path.join(workDir, download.suggestedFilename());
      await download.saveAs(file);
      const verdict = verifyPack(fs.readFileSync(file));
      expect(verdict).toMatchObject({ valid: true, reviewId: held.id, snapshotSha256: held.snapshotSha256 });
    }
    await page.getByRole('tab', { name: 'Pack preview' }).click();
    await page.getByLabel('Pack print view').waitFor();
    await page.getByText('Executive summary').first().click();
    await snap(page, 'management-review-preview');
    await page.setViewportSize({ width: 1024, height: 700 });
    await snap(page, 'management-review-preview-1024');
    expect(pageErrors).toEqual([]);
  });

  it('shows the action burn-down, and looks right in the dark theme and at 1024×700', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByRole('tab', { name: 'Inputs' }).click();
    const burnDown = page.getByRole('region', { name: 'Actions from previous reviews' }).getByRole('img', { name: /^Action burn-down/ });
    await burnDown.scrollIntoViewIfNeeded();
    expect(await burnDown.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await snap(page, 'management-review-burndown');
    try {
      await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
      await page.reload();
      await page.getByText(/What this review showed is stored with SHA-256/).waitFor();
      await snap(page, 'management-review-dark');
      await burnDown.scrollIntoViewIfNeeded();
      await snap(page, 'management-review-burndown-dark');
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await snap(page, 'management-review-dark-1024');
      await burnDown.scrollIntoViewIfNeeded();
      await snap(page, 'management-review-burndown-dark-1024');
    } finally {
      await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
    }
    expect(pageErrors).toEqual([]);
  });
});
