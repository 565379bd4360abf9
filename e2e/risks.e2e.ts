import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../shared/api/contract';
import { collectPageErrors, launchBrowser, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';
import { callApi } from './support/api-call';
import { PINNED_CLOCK_ENV, day } from './support/e2e-clock';

let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let riskId = 0;

function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  return callApi(served, method, input);
}

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

/** Close the notifications, so page screenshots show what is under them. */
async function dismissNotifications() {
  const toasts = page.locator('.mantine-Notification-root');
  await toasts.locator('button').evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLButtonElement).click()));
  await expect.poll(() => toasts.count()).toBe(0);
}

const cellIn = (group: string, likelihood: string, impact: string) =>
  page
    .getByRole('radiogroup', { name: `${group}: likelihood × impact` })
    .getByRole('radio', { name: new RegExp(`^Likelihood ${likelihood}, impact ${impact}:`) });

beforeAll(async () => {
  served = await startServedApp({ dbName: 'risks.sqlite', env: PINNED_CLOCK_ENV });
  const me = await api('people.create', { name: 'Priya Shah', email: 'priya@example.org', role: 'Head of IT' });
  await api('settings.update', { currentPersonId: me.id });
  await api('services.create', { name: 'File storage', lifecycle: 'live', criticality: 1 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  pageErrors = collectPageErrors(page);
  await page.goto(served.url);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('the risk page, form and re-assessment in a real browser', () => {
  it('creates a risk through the form: inherent 4×4, residual 3×3', async () => {
    await go('/risks/new');
    const code = page.getByRole('textbox', { name: /^Code/ });
    await expect.poll(() => code.inputValue()).toBe('RSK-001');
    await snap(page, 'risk-form-empty');

    await page.getByRole('button', { name: 'Add risk' }).click();
    await page.getByText('Title is required').waitFor();
    await cellIn('Inherent', '4 Likely', '4 Major').click();
    await page.getByRole('button', { name: 'Add risk' }).click();
    await page.getByText('Residual is required with the inherent score (a first assessment has both)').waitFor();
    await snap(page, 'risk-form-errors');

    await page.getByRole('textbox', { name: /^Title/ }).fill('Ransomware encrypts the clinical file shares');
    await page.getByRole('textbox', { name: /^Cause/ }).fill('File servers are patched quarterly and reachable from every staff laptop.');
    await page.getByRole('textbox', { name: /^Event/ }).fill('Ransomware arrives by phishing and encrypts the shared drives.');
    await page
      .getByRole('textbox', { name: /^Consequence/ })
      .fill('Clinics lose letters and referrals for days; the EPR SLA is breached and the regulator is told.');
    await page.getByRole('combobox', { name: 'Category' }).fill('Security');
    await page.getByRole('combobox', { name: 'Services' }).click();
    await page.getByRole('option', { name: 'SVC-001 File storage' }).click();
    await page.keyboard.press('Escape');
    await cellIn('Residual', '3 Possible', '3 Moderate').click();
    const assessment = page.getByRole('region', { name: 'First assessment' });
    await assessment.getByLabel('16 High').waitFor();
    await assessment.getByLabel('9 Medium').waitFor();
    await page.getByRole('textbox', { name: /^Current controls/ }).fill('Nightly backups to a second site; endpoint protection on laptops.');
    await page.getByText('Mitigate', { exact: true }).click();
    await page.getByRole('textbox', { name: /^Treatment rationale/ }).fill('Immutable backups cost far less than a week without the shares.');
    await page.getByRole('button', { name: 'In 3 months' }).click();
    await snap(page, 'risk-form-full');

    await page.getByRole('button', { name: 'Add risk' }).click();
    await page.getByRole('heading', { name: 'Ransomware encrypts the clinical file shares', level: 2 }).waitFor();
    const hash = await page.evaluate(() => window.location.hash);
    expect(hash).toMatch(/^#\/risks\/\d+$/);
    riskId = Number(hash.split('/').pop());
    const scores = page.getByRole('group', { name: 'Scores' });
    await scores.getByLabel('Inherent 16 High').waitFor();
    await scores.getByLabel('Residual 9 Medium').waitFor();
    expect(await scores.getByText('Assessed').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'SVC-001 · File storage' }).getAttribute('href')).toMatch(/^#\/services\/\d+$/);
  });

  it('re-assesses the residual to 1×2 with a rationale; the history has two rows', async () => {
    await page.getByRole('button', { name: 'Re-assess' }).click();
    const dialog = page.getByRole('dialog', { name: 'Re-assess RSK-001' });
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Assessor' }).inputValue()).toBe('Priya Shah');
    await dialog.getByRole('radio', { name: /^Likelihood 1 Rare, impact 2 Minor:/ }).click();
    await dialog.getByLabel('2 Low').waitFor();
    await dialog.getByRole('textbox', { name: /^Rationale/ }).fill('Immutable backups tested with a full restore; laptops isolated from the file servers.');
    await snap(page, 'risk-reassess-modal');
    await dialog.getByRole('button', { name: 'Record assessment' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('group', { name: 'Scores' }).getByLabel('Residual 2 Low').waitFor();
    const table = page.getByRole('table', { name: 'Assessments' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(await table.locator('tbody tr').first().innerText()).toContain('Immutable backups tested');
    await page.getByRole('img', { name: 'Score history: 2 assessments' }).locator('.recharts-line-curve').first().waitFor({ state: 'attached' });
    await dismissNotifications();
    await snap(page, 'risk-page-two-assessments');
  });

  it('counts it in the new residual cell of the register heat map, filters to it and opens it', async () => {
    await go('/risks');
    const map = page.getByRole('group', { name: 'Residual heat map' });
    const newCell = map.getByRole('button', { name: 'Likelihood 1 Rare, impact 2 Minor: 1 risk' });
    await newCell.waitFor();
    expect(await map.getByRole('button', { name: 'Likelihood 3 Possible, impact 3 Moderate: 0 risks' }).count()).toBe(1);
    await newCell.click();
    await page.waitForFunction(() => window.location.hash.includes('cell=residual:1:2'));
    const register = page.getByRole('table', { name: 'Risk register' });
    const row = register.getByRole('row').filter({ hasText: 'RSK-001' });
    await row.waitFor();
    await dismissNotifications();
    await snap(page, 'risk-register-filtered');
    await row.click();
    await page.waitForFunction((id) => window.location.hash === `#/risks/${id}`, riskId);
    await page.getByRole('heading', { name: 'Ransomware encrypts the clinical file shares', level: 2 }).waitFor();
  });

  it('edits the risk: only the changed field is saved, the scores stay', async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    const category = page.getByRole('combobox', { name: 'Category' });
    await expect.poll(() => category.inputValue()).toBe('Security');
    await category.fill('Cyber security');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction((id) => window.location.hash === `#/risks/${id}`, riskId);
    await page.getByRole('region', { name: 'Facts' }).getByText('Cyber security').waitFor();
    await page.getByRole('group', { name: 'Scores' }).getByLabel('Residual 2 Low').waitFor();
    const risk = await api('risks.get', { id: riskId });
    expect(risk).toMatchObject({ category: 'Cyber security', title: 'Ransomware encrypts the clinical file shares', assessments: [{}, {}] });
  });

  it('shows a long history (34 assessments) and treatment actions', async () => {
    const long = await api('risks.create', {
      title: 'Core switch firmware has a known defect that drops all VLANs under heavy multicast load during backups',
      cause: 'The supplier has not released a fixed firmware for the model we run, and the replacement is not budgeted until next year. '.repeat(3),
      event: 'The core switch reboots during the nightly backup window.',
      consequence: 'Every service on the campus is down for 10–20 minutes; clinical systems fail over to paper.',
      category: 'Infrastructure',
      controls: 'Backups throttled; multicast storm control on; spare switch on site.',
      treatment: 'transfer',
      treatmentRationale: 'Covered by the supplier’s support contract with a 4-hour replacement.',
      nextReviewDate: day(-5),
    });
    // Monthly reviews over nearly three years, the last one today, so the newest is also the current score.
    for (let index = 0; index < 34; index += 1) {
      // Better controls bring it down, an incident pushes it back up; still above appetite today.
      const [likelihood, impact] = index < 10 ? [4, 4] : index < 18 ? [3, 4] : index < 23 ? [4, 4] : index < 30 ? [3, 3] : [2, 5];
      const residual = { likelihood, impact };
      await api('risks.assess', {
        id: long.id,
        inherent: { likelihood: 5, impact: index < 16 ? 5 : 4 },
        residual,
        ...(index === 0 ? { target: { likelihood: 2, impact: 3 } } : index === 20 ? { target: { likelihood: 1, impact: 2 } } : {}),
        rationale:
          index % 7 === 3
            ? `Monthly review ${index + 1}: ${'the supplier reported progress on the firmware fix, but no date yet; '.repeat(3)}`
            : `Monthly review ${index + 1}`,
        assessedOn: day(-(33 - index) * 30),
      });
    }
    await api('riskActions.create', {
      riskId: long.id,
      title: 'Get a dated firmware fix from the supplier',
      dueDate: day(-12),
      status: 'in_progress',
      progressNotes: 'Escalated to the account manager twice.',
    });
    await api('riskActions.create', { riskId: long.id, title: 'Budget the switch replacement', dueDate: day(60) });

    await go(`/risks/${long.id}`);
    await page.getByRole('img', { name: 'Score history: 34 assessments' }).locator('.recharts-line-curve').first().waitFor({ state: 'attached' });
    const table = page.getByRole('table', { name: 'Assessments' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(34);
    const actions = page.getByRole('table', { name: 'Treatment actions' });
    const late = actions.getByRole('row').filter({ hasText: 'Get a dated firmware fix' });
    expect(await late.getAttribute('data-overdue')).toBe('true');
    await late.getByText('12 days overdue').waitFor();
    await page.getByText(/^Overdue ·/).waitFor();
    const scores = page.getByRole('group', { name: 'Scores' });
    await scores.getByLabel('Residual 10 High').waitFor();
    await scores.getByText('Above appetite').waitFor();
    await dismissNotifications();
    await snap(page, 'risk-page-long-history');
  });

  it('looks right in dark mode', async () => {
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
    await page.reload();
    await page.getByRole('img', { name: 'Score history: 34 assessments' }).locator('.recharts-line-curve').first().waitFor({ state: 'attached' });
    await snap(page, 'risk-page-dark');
    await page.getByRole('button', { name: 'Re-assess' }).click();
    await page.getByRole('button', { name: 'Change inherent or target too' }).click();
    await snap(page, 'risk-reassess-modal-dark');
    await page.keyboard.press('Escape');
    await go('/risks/new');
    await page.getByRole('textbox', { name: /^Code/ }).waitFor();
    await snap(page, 'risk-form-dark');
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
  });

  it('approves accepting a risk above the appetite and shows who approved it until when', async () => {
    const risk = await api('risks.create', {
      title: 'Legacy payroll server out of vendor support',
      treatment: 'accept',
      treatmentRationale: 'Replacement is funded for next year',
      inherent: { likelihood: 4, impact: 5 },
      residual: { likelihood: 4, impact: 4 },
    });
    await go(`/risks/${risk.id}`);
    const panel = page.getByRole('region', { name: /Risk appetite/ });
    await panel.getByText('Acceptance needs approval', { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Approve acceptance' }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve the acceptance' });
    await expect.poll(() => dialog.getByLabel(/^Approver/).inputValue()).toBe('Priya Shah (Head of IT)');
    await dialog.getByLabel('Expires on').fill(day(180));
    await dialog.getByRole('button', { name: 'Approve acceptance' }).click();
    await dialog.getByText('Rationale is required').waitFor();
    await dialog.getByRole('textbox', { name: /^Rationale/ }).fill('Accepted until the replacement goes live; weekly restore tests continue.');
    await dialog.getByRole('button', { name: 'Approve acceptance' }).click();
    await panel.getByText('Acceptance approved', { exact: true }).waitFor();
    await panel.getByText(/Approved by Priya Shah on .* at residual score 16/).waitFor();
    await dismissNotifications();
    await snap(page, 'risk-page-acceptance-approved');
    expect(await api('risks.appetite', { riskId: risk.id })).toMatchObject({
      status: 'accepted',
      current: { approverName: 'Priya Shah', expiresOn: day(180) },
    });
  });

  it('had no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
