import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { parseIcs } from '../shared/domain/ics';
import { collectPageErrors, launchBrowser, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';

let served: ServedApp | undefined;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let workDir: string;
let db: string;
let sam: { id: number };
let dan: { id: number };
let legacy: { id: number; code: string };
let accepted: { id: number; code: string };

function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(served!, method, input);
}

/**
 * (Re)start the app with its clock at `instant` (SERVICELEDGER_NOW), on the same workspace file.
 * Each start has a fresh app home, so who "I am" is chosen again.
 */
async function serveAt(instant: string, personId?: number) {
  await served?.stop();
  process.env.SERVICELEDGER_NOW = instant;
  try {
    served = await startServedApp({ db });
  } finally {
    delete process.env.SERVICELEDGER_NOW;
  }
  if (personId) await api('settings.update', { currentPersonId: personId });
}

async function openApp(route: string) {
  await page.goto('about:blank');
  await page.goto(served!.url);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

const inboxRows = () => page.getByRole('table', { name: 'Reviews due' }).locator('tbody tr');

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-reviews-'));
  db = path.join(workDir, 'reviews.sqlite');
  await serveAt('2027-03-01T09:00:00Z');
  sam = await api('people.create', { name: 'Samira Haddad', role: 'Risk owner' });
  dan = await api('people.create', { name: 'Daniel Kowalski', role: 'Head of IT' });
  legacy = await api('risks.create', {
    title: 'Legacy payroll server out of support',
    ownerId: sam.id,
    inherent: { likelihood: 3, impact: 4 },
    residual: { likelihood: 3, impact: 4 },
    nextReviewDate: '2027-03-20',
  });
  accepted = await api('risks.create', {
    title: 'Single network link to the data centre',
    ownerId: sam.id,
    treatment: 'accept',
    treatmentRationale: 'Second link costs more than the outage',
    inherent: { likelihood: 4, impact: 4 },
    residual: { likelihood: 4, impact: 4 },
    nextReviewDate: '2027-05-01',
  });
  await api('settings.update', { currentPersonId: sam.id });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  pageErrors = collectPageErrors(page);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('review workflows in a real browser, on the app clock', () => {
  it('shows an empty inbox, refuses a zero cadence and saves a policy that brings a review into "due soon"', async () => {
    await openApp('/reviews');
    await page.getByText('Nothing due').waitFor();
    expect(await page.getByRole('navigation', { name: 'Screens' }).getByText('coming next').count()).toBe(0);
    await snap(page, 'reviews-inbox-empty');

    await page.evaluate(() => (window.location.hash = '/settings/review-policy'));
    const high = page.getByRole('textbox', { name: 'High band' });
    await high.fill('0');
    await page.getByRole('button', { name: 'Preview and save…' }).click();
    await page.getByRole('alert').filter({ hasText: 'Risk reviews, High band: the cadence must be at least 1 month' }).waitFor();
    await snap(page, 'review-policy-zero-cadence');
    await high.fill('3');
    // Risks show as due soon 30 days ahead instead of 14.
    await page.getByRole('textbox', { name: 'Due soon' }).first().fill('30');
    await page.getByRole('button', { name: 'Preview and save…' }).click();
    await page.getByRole('button', { name: /^Save and move 0 dates$/ }).click();
    await page.getByText('Review policy saved').waitFor();
    expect((await api('reviewPolicy.get', {})).policy.risk.dueSoonDays).toBe(30);

    await page.evaluate(() => (window.location.hash = '/reviews'));
    await inboxRows().first().waitFor();
    expect(await inboxRows().getAttribute('data-state')).toBe('due_soon');
  });

  it('makes the review overdue when the app clock moves on, fills the inbox and shows counts on the navigation', async () => {
    // Twenty more risks for a full inbox, due around the new date.
    for (let index = 0; index < 20; index += 1) {
      const day = String(1 + index).padStart(2, '0');
      await api('risks.create', {
        title: `Supplier risk ${index + 1}: ${index % 3 === 0 ? 'a long title that says what the risk is about in more words than fit in the column' : 'backup restore'}`,
        ownerId: sam.id,
        residual: { likelihood: 1 + (index % 5), impact: 2 },
        inherent: { likelihood: 1 + (index % 5), impact: 3 },
        nextReviewDate: `2027-03-${day}`,
      });
    }
    await serveAt('2027-03-25T09:00:00Z', sam.id);
    await openApp('/reviews');
    await inboxRows().first().waitFor();
    const legacyRow = inboxRows().filter({ hasText: legacy.code });
    expect(await legacyRow.getAttribute('data-state')).toBe('overdue');
    const badge = page.getByRole('navigation', { name: 'Screens' }).getByLabel(/overdue, .* due this week/);
    expect(Number(await badge.textContent())).toBeGreaterThan(0);
    await page.getByLabel(/^Overdue: \d+$/).waitFor();
    await snap(page, 'reviews-inbox-full');

    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
    await page.reload();
    await inboxRows().first().waitFor();
    await snap(page, 'reviews-inbox-full-dark');
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
  });

  it('completes a review from the inbox: the form sits beside the key facts and the next review is scheduled', async () => {
    await page.reload();
    await inboxRows().filter({ hasText: legacy.code }).click();
    const form = page.getByRole('form', { name: 'Review' });
    await form.waitFor();
    await snap(page, 'review-form-opened');
    await page.getByRole('table', { name: 'Key facts' }).getByText('3×4 = 12 (High)').first().waitFor();
    expect(await form.getByRole('textbox', { name: 'Next review' }).inputValue()).toBe('2027-06-25');
    await form.getByRole('radio', { name: 'Still valid' }).check();
    await form.getByRole('textbox', { name: 'Notes' }).fill('Vendor support extended; controls unchanged.');
    await snap(page, 'review-form');
    await form.getByRole('button', { name: 'Complete review' }).click();
    await page.getByText('Review recorded; the next one is scheduled').waitFor();
    await page.getByRole('table', { name: 'Recently done' }).getByText(legacy.code, { exact: false }).waitFor();
    expect(await inboxRows().filter({ hasText: legacy.code }).count()).toBe(0);
    const [record] = await api('reviews.list', { subjectKind: 'risk', subjectId: legacy.id });
    expect(record).toMatchObject({
      plannedOn: '2027-03-20',
      reviewedOn: '2027-03-25',
      nextReviewDate: '2027-06-25',
      outcome: 'still_valid',
      reviewerName: 'Samira Haddad',
    });
    expect((await api('risks.get', { id: legacy.id })).nextReviewDate).toBe('2027-06-25');
  });

  it('requests approval of an acceptance, refuses self-approval, and lets another person approve it', async () => {
    await page.evaluate((hash) => (window.location.hash = hash), `/reviews/risk/${accepted.id}`);
    const form = page.getByRole('form', { name: 'Review' });
    await form.waitFor();
    await form.getByRole('radio', { name: /Accepted until/ }).check();
    await form.getByRole('textbox', { name: 'Accepted until' }).fill('2027-09-30');
    await form.getByRole('textbox', { name: 'Notes' }).fill('Accept until the second link is funded.');
    await form.getByRole('button', { name: 'Record and request approval' }).click();
    await page.getByText('Review recorded; sent for approval').waitFor();

    // Samira's own request is not in her approvals; among everyone's it is, and approving it is refused.
    expect(await page.getByRole('table', { name: 'Waiting for approval' }).count()).toBe(0);
    await page.getByLabel('Whose reviews').first().click();
    await page.getByRole('option', { name: 'All people' }).click();
    const waiting = page.getByRole('table', { name: 'Waiting for approval' });
    await waiting.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await page
      .getByRole('dialog')
      .getByText(/separation of duties/)
      .waitFor();
    await snap(page, 'reviews-self-approval-refused');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await api('settings.update', { currentPersonId: dan.id });
    await openApp('/reviews');
    await page.getByLabel('Waiting for approval: 1').waitFor();
    await page.getByRole('table', { name: 'Waiting for approval' }).getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Comment' }).fill('Agreed until September.');
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Approved', { exact: true }).waitFor();
    const [record] = await api('reviews.list', { subjectKind: 'risk', subjectId: accepted.id });
    expect(record).toMatchObject({ status: 'approved', approverName: 'Daniel Kowalski', requestedByName: 'Samira Haddad' });
    expect(record!.decisions[0]).toMatchObject({ decision: 'approved', decidedByName: 'Daniel Kowalski', comment: 'Agreed until September.' });
    expect((await api('risks.appetite', { riskId: accepted.id })).current).toMatchObject({ expiresOn: '2027-09-30' });
  });

  it('exports my due reviews as an .ics file that parses back', async () => {
    await api('settings.update', { currentPersonId: sam.id });
    await openApp('/reviews');
    await inboxRows().first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Calendar (.ics)' }).click()]);
    const file = path.join(workDir, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('reviews-samira-haddad.ics');
    const events = parseIcs(fs.readFileSync(file, 'utf8'));
    expect(events.length).toBe(22);
    expect(events).toContainEqual(expect.objectContaining({ DTSTART: '20270625', SUMMARY: `Review risk ${legacy.code} Legacy payroll server out of support` }));
    // The one refused request (self-approval, HTTP 400) is expected; nothing else may fail.
    expect(pageErrors).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });

  it('completes two low-band reviews at once with one outcome and note, each its own record', async () => {
    await openApp('/reviews');
    const rows = inboxRows().filter({ hasText: 'backup restore' });
    await rows.first().waitFor();
    const codes = [(await rows.nth(0).locator('td').nth(4).textContent())!.trim(), (await rows.nth(1).locator('td').nth(4).textContent())!.trim()];
    for (const code of codes) await page.getByRole('checkbox', { name: `Choose ${code}` }).check();
    await page.getByRole('button', { name: 'Complete 2 selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Complete 2 reviews' });
    await dialog.getByText(codes.join(', ')).waitFor();
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Monthly sweep of low risks: nothing changed.');
    await snap(page, 'reviews-bulk-complete');
    await dialog.getByRole('button', { name: 'Complete 2' }).click();
    await page.getByText('2 reviews completed').waitFor();
    for (const code of codes) await page.getByRole('table', { name: 'Recently done' }).getByText(code, { exact: false }).first().waitFor();
    const [risk] = (await api('risks.list', { search: codes[0], limit: 1 })).rows;
    const [record] = await api('reviews.list', { subjectKind: 'risk', subjectId: risk!.id });
    expect(record).toMatchObject({
      reviewedOn: '2027-03-25',
      outcome: 'still_valid',
      notes: 'Monthly sweep of low risks: nothing changed.',
      reviewerName: 'Samira Haddad',
    });
    expect(await inboxRows().filter({ hasText: codes[0] }).count()).toBe(0);
  });
});
