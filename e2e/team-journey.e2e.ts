import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from '../electron/team/test/pg-cluster';
import { callApi } from './support/api-call';
import { collectPageErrors, launchBrowser, snap } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';

// The team journey against a real, throwaway PostgreSQL 15 cluster: the head of IT publishes from
// Settings ▸ Team, a second member joins from the welcome screen, changes reach the other side
// while both are connected, and a conflict is resolved in the Conflicts inbox.

const NOW = '2026-11-24T09:00:00Z';
let cluster: PgCluster | undefined;
let head: ServedApp;
let member: ServedApp;
let browser: Browser;
let headPage: Page;
let memberPage: Page;
let errors: string[] = [];

beforeAll(async () => {
  cluster = await startPgCluster();
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE team_journey');
  await admin.end();
  head = await startServedApp({ dbName: 'head.sqlite', env: { SERVICELEDGER_NOW: NOW } });
  member = await startServedApp({ dbName: 'member-first.sqlite', env: { SERVICELEDGER_NOW: NOW } });
  browser = await launchBrowser();
  headPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  memberPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  errors = [...collectPageErrors(headPage), ...collectPageErrors(memberPage)];
});

afterAll(async () => {
  await browser?.close();
  await head?.stop();
  await member?.stop();
  await cluster?.stop();
});

const teamUrl = () => `postgres://${cluster!.user}@${cluster!.host}:${cluster!.port}/team_journey`;

async function go(page: Page, route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), route);
}

async function serviceId(app: ServedApp, code: string): Promise<number> {
  const { rows } = await callApi(app, 'services.list', {});
  return rows.find((candidate) => candidate.code === code)!.id;
}

async function description(app: ServedApp, code: string): Promise<string> {
  return (await callApi(app, 'services.get', { id: await serviceId(app, code) })).description;
}

describe('a team shares a workspace through PostgreSQL', () => {
  it('publishes from Settings ▸ Team and shows the team online', async () => {
    await callApi(head, 'services.create', { code: 'SVC-001', name: 'Email and calendar', lifecycle: 'live' });
    await headPage.goto(head.url);
    await headPage.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await go(headPage, '/settings/team');
    const publish = headPage.getByRole('form', { name: 'Publish this workspace to a team database' });
    await publish.getByLabel('Connection string').fill(teamUrl());
    await publish.getByLabel('Require TLS (recommended)').uncheck(); // a loopback test server has no TLS
    await publish.getByRole('button', { name: 'Publish workspace' }).click();
    await headPage.getByRole('heading', { name: 'Team workspace' }).waitFor({ timeout: 30_000 });
    await headPage.getByRole('link', { name: /^Team: Online/ }).waitFor({ timeout: 30_000 });
    await snap(headPage, 'team-journey-published');
    expect(errors).toEqual([]);
  });

  it('lets a new member join from the welcome screen and get every record', async () => {
    await callApi(member, 'workspace.close', {});
    await memberPage.goto(member.url);
    await memberPage.getByRole('button', { name: /Join a team workspace/ }).click();
    const dialog = memberPage.getByRole('dialog', { name: 'Join a team workspace' });
    await dialog.getByLabel('Connection string').fill(teamUrl());
    await dialog.getByLabel('Require TLS (recommended)').uncheck();
    await dialog.getByLabel('File name or path for the local copy').fill('member-replica');
    await dialog.getByRole('button', { name: /^Join/ }).click();
    await memberPage.getByRole('link', { name: /^Team: Online/ }).waitFor({ timeout: 30_000 });
    expect(await description(member, 'SVC-001')).toBe('');
    expect(errors).toEqual([]);
  });

  it('brings one member’s change to the other within seconds, on the open screen', async () => {
    await go(memberPage, '/services');
    await memberPage.getByText('Email and calendar').first().waitFor();
    await callApi(head, 'services.create', { code: 'SVC-002', name: 'Network and Wi-Fi', lifecycle: 'live' });
    // No click on the member's side: LISTEN/NOTIFY wakes its sync, the status poll reloads the list.
    await memberPage.getByText('Network and Wi-Fi').first().waitFor({ timeout: 30_000 });
    await snap(memberPage, 'team-journey-received');
  });

  it('keeps both values when two people change the same field, and the Conflicts inbox resolves it for everyone', async () => {
    const headId = await serviceId(head, 'SVC-001');
    const memberId = await serviceId(member, 'SVC-001');
    // Two edits from the same starting value, sent before either side hears of the other. The
    // background sync sends every few seconds, so in the rare case one side heard first, try again.
    let conflicts = 0;
    for (let attempt = 1; attempt <= 3 && conflicts === 0; attempt++) {
      await Promise.all([
        callApi(head, 'services.update', { id: headId, description: `Head of IT, attempt ${attempt}` }),
        callApi(member, 'services.update', { id: memberId, description: `Service owner, attempt ${attempt}` }),
      ]);
      await callApi(head, 'team.syncNow', {});
      await callApi(member, 'team.syncNow', {});
      await callApi(head, 'team.syncNow', {});
      conflicts = (await callApi(member, 'team.status', {})).openConflicts;
    }
    expect(conflicts).toBe(1);
    await go(memberPage, '/team/conflicts');
    const card = memberPage.getByRole('article').first();
    await card.waitFor({ timeout: 15_000 });
    await snap(memberPage, 'team-journey-conflict');
    await card.getByRole('radio', { name: 'Take proposed' }).check();
    await card.getByRole('button', { name: 'Resolve conflict' }).click();
    await card.waitFor({ state: 'detached' });
    const proposed = (await callApi(member, 'services.get', { id: memberId })).description;
    await callApi(head, 'team.syncNow', {});
    expect(await description(head, 'SVC-001')).toBe(proposed);
    expect((await callApi(head, 'team.conflicts', {})).length).toBe(0);
    await go(memberPage, '/team/log');
    await memberPage.getByRole('table', { name: 'Sync log' }).waitFor();
    await snap(memberPage, 'team-journey-log');
    expect(errors).toEqual([]);
  });
});
