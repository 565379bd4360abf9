import path from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncLogEntry, TeamConflictView, TeamMemberView, TeamStatus } from '../shared/team/team-types';
import { memberView, singleStatus, syncLogEntry, teamConflict, teamStatus } from '../renderer/src/test/team-fixtures';
import { callApi } from './support/api-call';
import { collectPageErrors, launchBrowser, screenshotDir, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';

// The team screens as a person sees them, in a real browser over the real host, without a
// PostgreSQL server: the page's team.* calls are answered here (everything else reaches the
// host). Once the sync engine lands, browser tests against a throwaway cluster replace this.

const NOW = '2026-11-24T09:00:00Z';

let served: ServedApp;
let browser: Browser;
let page: Page;
let pageErrors: string[];
const team: {
  status: TeamStatus;
  log: SyncLogEntry[];
  conflicts: TeamConflictView[];
  members: TeamMemberView[];
  calls: Array<{ method: string; input: unknown }>;
} = {
  status: singleStatus(),
  log: [],
  conflicts: [],
  members: [
    memberView({ role: 'ada', displayName: 'Ada Lovelace', person: { id: 1, name: 'Ada Lovelace' }, isYou: true, addedBy: 'ada' }),
    memberView(),
    memberView({ role: 'audrey', displayName: 'audrey', access: 'read', person: null, linked: false }),
  ],
  calls: [],
};

function answer(method: string, input: Record<string, unknown>): unknown {
  switch (method) {
    case 'team.status':
    case 'team.syncNow':
      return team.status;
    case 'team.log':
      return { entries: team.log.slice(0, Number(input.limit ?? 100)), nextBeforeSeq: null };
    case 'team.conflicts':
      return team.conflicts;
    case 'team.resolveConflict':
      team.conflicts = team.conflicts.filter((conflict) => conflict.id !== input.id);
      team.status = { ...team.status, openConflicts: team.conflicts.length };
      return team.status;
    case 'team.members':
      return { members: team.members, canManage: true };
    case 'team.setMemberPassword':
      return team.members.find((member) => member.role === input.role);
    default:
      return null;
  }
}

async function fulfilTeamCall(route: Route) {
  const method = new URL(route.request().url()).pathname.split('/').pop() ?? '';
  const input = (route.request().postDataJSON() ?? {}) as Record<string, unknown>;
  team.calls.push({ method, input });
  await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: answer(method, input) }) });
}

async function go(route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

beforeAll(async () => {
  served = await startServedApp({ dbName: 'team.sqlite', env: { SERVICELEDGER_NOW: NOW } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  pageErrors = collectPageErrors(page);
  await page.route('**/api/team.*', fulfilTeamCall);
  await page.goto(served.url);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('the team screens in a real browser (team API answered by the test)', () => {
  it('offers publish and join in a single-user workspace, and names the field of a bad connection string', async () => {
    await go('/settings/team');
    const publish = page.getByRole('form', { name: 'Publish this workspace to a team database' });
    await publish.waitFor();
    expect(await page.getByRole('link', { name: /^Team:/ }).count()).toBe(0);
    await snap(page, 'team-settings-single');
    await publish.getByLabel('Connection string').fill('db.example.org:5432');
    await publish.getByRole('button', { name: 'Publish workspace' }).click();
    await publish.getByText(/^Connection string must start with postgres:\/\//).waitFor();
    await snap(page, 'team-settings-invalid');
    expect(pageErrors).toEqual([]);
  });

  it('shows a team workspace: settings overview, status line, navigation, sync log and conflicts', async () => {
    team.status = teamStatus({ connection: 'offline', waiting: 3, problem: 'The server db.example.org did not answer within 10 seconds.' });
    team.log = [
      syncLogEntry({
        seq: null,
        direction: 'waiting',
        outcome: 'waiting',
        actor: 'ada',
        table: 'risks',
        recordLabel: 'RSK-042 Mail relay outage',
        field: 'title',
      }),
      syncLogEntry({ seq: 148, outcome: 'renamed', note: 'SVC-007 was taken by another record, so this one became SVC-007-2.' }),
      ...Array.from({ length: 30 }, (_, index) =>
        syncLogEntry({ seq: 147 - index, direction: index % 2 ? 'sent' : 'received', recordLabel: `SVC-${120 - index} Service ${index}` }),
      ),
    ];
    team.conflicts = [
      teamConflict(),
      teamConflict({ id: 8, field: 'likelihood', currentValue: 3, proposedValue: 4, proposedBy: 'linus' }),
      teamConflict({
        id: 9,
        table: 'services',
        recordLabel: 'SVC-007 Email and calendar for every clinical and administrative member of staff',
        field: 'description',
        currentValue: 'Mail, calendars and shared mailboxes for all staff, including the out-of-hours rota and the on-call escalation lists.',
        proposedValue: null,
        proposedBy: 'grace',
      }),
    ];
    await page.reload();
    await go('/settings/team');
    await page.getByRole('heading', { name: 'Team workspace' }).waitFor();
    await page.getByRole('link', { name: /^Team: Offline — 3 changes waiting/ }).waitFor();
    await snap(page, 'team-settings-team');

    team.status = { ...team.status, openConflicts: 3 };
    await go('/team/log');
    await page.getByRole('table', { name: 'Sync log' }).waitFor();
    await page.getByRole('link', { name: /^Team: 3 conflicts to resolve/ }).waitFor();
    await snap(page, 'team-sync-log');

    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: /Conflicts/ })
      .click();
    const first = page.getByRole('article', { name: /RSK-042 Mail relay outage — Title$/ });
    await first.waitFor();
    await first.getByRole('radio', { name: 'Enter another value' }).check();
    await snap(page, 'team-conflicts');
    await first.getByRole('radio', { name: 'Take proposed' }).check();
    await first.getByRole('button', { name: 'Resolve conflict' }).click();
    await first.waitFor({ state: 'detached' });
    expect(team.calls.filter((call) => call.method === 'team.resolveConflict').map((call) => call.input)).toEqual([
      { id: 3, resolution: { keep: 'proposed' } },
    ]);
    expect(pageErrors).toEqual([]);
  });

  it('looks right in the dark theme and in a 1024×700 window', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
    await page.reload();
    await go('/team/conflicts');
    await page.getByRole('article').first().waitFor();
    await snap(page, 'team-conflicts-dark');
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.reload();
    for (const [route, ready, name] of [
      ['/team/conflicts', page.getByRole('article').first(), 'team-conflicts-1024'],
      ['/team/log', page.getByRole('table', { name: 'Sync log' }), 'team-sync-log-1024'],
      ['/settings/team', page.getByRole('heading', { name: 'Team workspace' }), 'team-settings-1024'],
    ] as const) {
      await go(route);
      await ready.waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(1024);
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
    }
    expect(pageErrors).toEqual([]);
  });

  it("lets the publisher set a member's password, typed twice, in light and dark at 1024×700", async () => {
    const openDialog = async (dark: boolean) => {
      await go('/settings/team');
      const table = page.getByRole('table', { name: 'Members of the team workspace' });
      await table.waitFor();
      await table.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(screenshotDir, `team-members-1024${dark ? '-dark' : ''}.png`) });
      await page.getByRole('button', { name: 'Set password of Sam Service Owner (sam)' }).click();
      const form = page.getByRole('form', { name: 'Set a new password for Sam Service Owner (sam)' });
      await form.getByLabel(/^New password/).fill('short');
      await form.getByLabel('Confirm the new password').fill('shorter');
      await form.getByRole('button', { name: 'Set password' }).click();
      await form.getByText('Confirmation does not match the new password').waitFor();
      await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot only
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
      return form;
    };
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.reload();
    await openDialog(false);
    await page.screenshot({ path: path.join(screenshotDir, 'team-set-password-1024.png') });
    await page.keyboard.press('Escape');
    // A member whose password was reset types the new one in their own copy.
    await page.getByRole('button', { name: 'Enter a new password' }).click();
    await page
      .getByRole('form', { name: 'Enter a new password' })
      .getByLabel(/^Password/)
      .fill('typed by the member');
    await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot only
    await page.screenshot({ path: path.join(screenshotDir, 'team-enter-new-password-1024.png') });
    await page.keyboard.press('Escape');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'dark'));
    await page.reload();
    const form = await openDialog(true);
    await page.screenshot({ path: path.join(screenshotDir, 'team-set-password-1024-dark.png') });
    await form.getByLabel(/^New password/).fill('a fresh start in 2026');
    await form.getByLabel('Confirm the new password').fill('a fresh start in 2026');
    await form.getByRole('button', { name: 'Set password' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText('New password set for Sam Service Owner').waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'team-password-set-1024-dark.png') });
    expect(team.calls.filter((call) => call.method === 'team.setMemberPassword').map((call) => call.input)).toEqual([
      { role: 'sam', password: 'a fresh start in 2026' },
    ]);
    await page.evaluate(() => localStorage.setItem('serviceledger.color-scheme', 'light'));
    await page.emulateMedia({ colorScheme: 'light' });
    expect(pageErrors).toEqual([]);
  });

  it('offers joining a team on the welcome screen, for a new member who has no workspace yet', async () => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await callApi(served, 'workspace.close', {});
    await page.reload();
    await page.getByRole('button', { name: /Join a team workspace/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Join a team workspace' });
    await dialog.getByLabel('Connection string').fill('postgres://grace@db.example.org/serviceledger');
    await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot only
    await snap(page, 'team-join-from-welcome');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await snap(page, 'team-welcome');
    expect(pageErrors).toEqual([]);
  });

  it('shows the team records arriving while a large workspace is joined', async () => {
    // Still on the welcome screen. The join is held open while imports.progress reports records arriving.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const stopped = { code: 'conflict', message: 'Could not join: the test stopped the join here.', field: 'url' };
    const holdJoin = async (route: Route) => {
      await held;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: stopped }) });
    };
    const arriving = (route: Route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: { phase: 'writing', done: 433_000, total: 1_083_387 } }) });
    await page.route('**/api/team.join', holdJoin);
    await page.route('**/api/imports.progress', arriving);
    try {
      await page.getByRole('button', { name: /Join a team workspace/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Join a team workspace' });
      await dialog.getByLabel('Connection string').fill('postgres://grace@db.example.org/serviceledger');
      await dialog.getByLabel(/File name or path for the local copy/).fill('northwind-team');
      await dialog.getByRole('button', { name: 'Join team workspace' }).click();
      await dialog.getByText("Receiving the team's records: 433,000 of 1,083,387").waitFor();
      expect(await dialog.getByRole('progressbar', { name: 'Team records received' }).getAttribute('aria-valuenow')).toBe('40');
      await snap(page, 'team-join-receiving');
      release();
      await dialog.getByText(/the test stopped the join here/).waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    } finally {
      release();
      await page.unroute('**/api/team.join', holdJoin);
      await page.unroute('**/api/imports.progress', arriving);
    }
    expect(pageErrors).toEqual([]);
  });
});
