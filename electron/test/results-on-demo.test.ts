import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../shared/api/contract';
import type { AppController } from '../app/app-controller';
import { call } from './call';
import { makeTestApp } from './temp-workspace';

// The demo workspace has every kind of record (reviews with snapshots, SLAs with measurements and
// outages, accepted risks, management reviews), so its answers exercise the result types far more
// than a unit test's few rows. call() checks each answer against the declared result type; this
// file asks the read methods for everything the demo holds.

const PERIODS = { from: '2025-11', to: '2026-10' };
let app: AppController;

beforeAll(async () => {
  app = makeTestApp().app;
  await app.openDemo(false);
}, 120_000);
afterAll(() => app.shutdown());

/** Calls a method with an input built at run time (the compiler cannot pair them here). */
const ask = (method: MethodName, input: Record<string, unknown>) => call(app, method, input as never) as Promise<unknown>;

describe('the demo workspace answers with what the contract declares', () => {
  it('for every read method that needs no input', async () => {
    const needNoInput = methodNames.filter((method) => contract[method].effect === 'read' && contract[method].input.safeParse({}).success);
    expect(needNoInput.length).toBeGreaterThan(20);
    for (const method of needNoInput) await ask(method, {});
  });

  it('for the pages of services, risks, SLAs, suppliers and management reviews', async () => {
    const services = await call(app, 'services.list', { limit: 25 });
    for (const { id } of services.rows) {
      await call(app, 'services.get', { id });
      await call(app, 'services.impact', { id });
      await call(app, 'reviews.subject', { kind: 'service', id });
      await call(app, 'contracts.performance', { serviceId: id, ...PERIODS });
    }
    const risks = await call(app, 'risks.list', { limit: 25 });
    for (const { id } of risks.rows) {
      await call(app, 'risks.get', { id });
      await call(app, 'risks.appetite', { riskId: id });
      await call(app, 'reviews.subject', { kind: 'risk', id });
    }
    for (const { id } of (await call(app, 'slas.list', {})).slice(0, 25)) {
      await call(app, 'slas.get', { id });
      await call(app, 'measurements.grid', { slaId: id, ...PERIODS });
      await call(app, 'slaReviews.list', { slaId: id });
      await call(app, 'reviews.subject', { kind: 'sla', id });
    }
    for (const { id } of (await call(app, 'suppliers.list', {})).slice(0, 10)) await call(app, 'reviews.subject', { kind: 'supplier', id });
    for (const { id } of await call(app, 'managementReviews.list', {})) {
      await call(app, 'managementReviews.get', { id });
      await call(app, 'managementReviews.content', { id });
    }
  }, 120_000);

  it('for the review inbox, the SLA portfolio, contract performance and search', async () => {
    await call(app, 'reviews.inbox', { personId: null });
    await call(app, 'reviews.counts', { personId: null });
    await call(app, 'reviews.approvals', { personId: null });
    await call(app, 'reviews.recent', { personId: null, days: 366, limit: 500 });
    await call(app, 'slas.portfolio', PERIODS);
    await call(app, 'contracts.performance', { withTargetsOnly: false, ...PERIODS });
    await call(app, 'search.records', { text: 'net' });
  }, 120_000);
});
