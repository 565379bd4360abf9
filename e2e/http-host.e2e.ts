import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { startServedApp, type ServedApp } from './support/served-app';

let served: ServedApp;
let browser: Browser;

beforeAll(async () => {
  served = await startServedApp({ dbName: 'host.sqlite' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('loopback host in a real browser', () => {
  it('takes the token from the fragment and calls the API with it', async () => {
    const page = await browser.newPage();
    await page.goto(served.url);
    const info = await page.evaluate(async () => {
      const token = sessionStorage.getItem('serviceledger.token');
      const response = await fetch('./api/workspace.info', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
      return { status: response.status, body: await response.json(), hash: location.hash };
    });
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ ok: true, value: { host: { kind: 'browser' } } });
    expect(info.hash).not.toContain('token');
    await page.close();
  });

  it('a page from another local site cannot read or write through the API', async () => {
    const evil = http.createServer((_req, res) => res.end('<!doctype html><title>other site</title>'));
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', () => resolve()));
    const evilPort = (evil.address() as AddressInfo).port;
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${evilPort}/`);
      const outcome = await page.evaluate(
        async ({ origin, token }) => {
          const results: string[] = [];
          // With the token (say it leaked): the browser must preflight, and the host gives no CORS grant.
          try {
            const r = await fetch(`${origin}/api/people.list`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
            results.push(`read:${r.status}`);
          } catch {
            results.push('read:blocked');
          }
          // A "simple" no-cors write that skips the preflight: the host sees the foreign Origin.
          await fetch(`${origin}/api/people.create`, { method: 'POST', mode: 'no-cors', body: JSON.stringify({ name: 'Evil Person' }) }).catch(() => {});
          return results;
        },
        { origin: served.origin, token: served.token },
      );
      expect(outcome).toEqual(['read:blocked']);
      const people = await fetch(`${served.origin}/api/people.list`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${served.token}` },
        body: '{}',
      }).then((r) => r.json());
      expect(people).toEqual({ ok: true, value: [] });
    } finally {
      await page.close();
      evil.close();
    }
  });
});
