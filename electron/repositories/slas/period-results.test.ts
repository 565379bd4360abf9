import { describe, expect, it } from 'vitest';
import type { AppController } from '../../app/app-controller';
import { populateDemoWorkspace } from '../../demo/demo-workspace';
import { generateWorkspace } from '../../demo/generate-workspace';
import { call } from '../../test/call';
import { makeAppWithWorkspace } from '../../test/temp-workspace';
import { deferSlaPeriodResults, rebuildSlaPeriodResults, slaPeriodResultsDrift } from './period-results';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const summary = (app: AppController) =>
  app.db.prepare('SELECT sla_id, period, worst_rank, measured, breached FROM sla_period_results ORDER BY sla_id, period').raw().all();

describe('sla_period_results', () => {
  it('stays equal to a fresh computation through every kind of write', async () => {
    const { app } = await makeAppWithWorkspace();
    const drift = () => slaPeriodResultsDrift(app.db);
    const service = await call(app, 'services.create', { name: 'Email', lifecycle: 'live' });
    const sla = await call(app, 'slas.create', {
      serviceId: service.id,
      customer: 'All',
      name: 'Email',
      status: 'agreed',
      validFrom: '2025-01-01',
      targets: [
        { kind: 'availability', target: 99.9, warning: 99.95 },
        { kind: 'workload', target: 400, warning: 360 },
      ],
    });
    const [availability, workload] = sla.targets.map((t) => t.target.id) as [number, number];
    await call(app, 'measurements.save', {
      slaId: sla.id,
      cells: [
        { targetId: availability, period: '2026-09', value: 99.97 },
        { targetId: workload, period: '2026-09', value: 380 },
        { targetId: availability, period: '2026-10', value: 99.8 },
      ],
    });
    expect(summary(app)).toEqual([
      [sla.id, '2026-09', 2, 2, 0],
      [sla.id, '2026-10', 3, 1, 1],
    ]);
    expect(drift()).toBe(0);

    await call(app, 'measurements.save', {
      slaId: sla.id,
      cells: [
        { targetId: availability, period: '2026-10', value: 99.99 },
        { targetId: workload, period: '2026-09', value: null },
      ],
    });
    expect(summary(app)).toEqual([
      [sla.id, '2026-09', 1, 1, 0],
      [sla.id, '2026-10', 1, 1, 0],
    ]);
    // A stricter target re-ranks every month of the SLA.
    await call(app, 'slas.setTargets', {
      slaId: sla.id,
      targets: [
        { id: availability, kind: 'availability', target: 99.98 },
        { id: workload, kind: 'workload', target: 400 },
      ],
    });
    expect(summary(app)).toEqual([
      [sla.id, '2026-09', 3, 1, 1],
      [sla.id, '2026-10', 1, 1, 0],
    ]);
    expect(drift()).toBe(0);

    // Outages computed into availability, a target removed with its results, contract targets left out.
    await call(app, 'outages.import', { fileName: 'o.csv', contentBase64: b64('Service,Start,End\nSVC-001,2026-08-03 10:00,2026-08-03 12:00\n') });
    await call(app, 'measurements.save', { slaId: sla.id, cells: [{ targetId: workload, period: '2026-08', value: 420 }] });
    expect(drift()).toBe(0);
    await call(app, 'slas.setTargets', { slaId: sla.id, targets: [{ id: workload, kind: 'workload', target: 400 }], removeMeasuredTargets: true });
    expect(summary(app)).toEqual([[sla.id, '2026-08', 3, 1, 1]]);
    const supplier = await call(app, 'suppliers.create', { name: 'Mailco' });
    const contract = await call(app, 'contracts.create', { kind: 'underpinning', title: 'Hosting', supplierId: supplier.id });
    const grid = await call(app, 'contracts.setTargets', { contractId: contract.id, targets: [{ kind: 'availability', target: 99 }] });
    await call(app, 'measurements.save', { contractId: contract.id, cells: [{ targetId: grid.rows[0]!.target.id, period: '2026-10', value: 50 }] });
    expect(summary(app)).toEqual([[sla.id, '2026-08', 3, 1, 1]]);
    // Writes behind the API (a moved measurement) are followed too.
    app.db.prepare("UPDATE sla_measurements SET period = '2026-07' WHERE target_id = ?").run(workload);
    expect(summary(app)).toEqual([[sla.id, '2026-07', 3, 1, 1]]);
    expect(drift()).toBe(0);

    // Deleting the SLA (once its results are gone) leaves no rows behind.
    app.db.prepare('DELETE FROM sla_measurements WHERE target_id = ?').run(workload);
    await call(app, 'slas.delete', { id: sla.id });
    expect(summary(app)).toEqual([]);
    expect(drift()).toBe(0);
  });

  it('is filled for the demo and the generator, and a damaged one is found and rebuilt', async () => {
    const { app } = await makeAppWithWorkspace();
    app.db.transaction(() => populateDemoWorkspace(app.db, new Date('2026-11-24T09:00:00Z')))();
    expect(slaPeriodResultsDrift(app.db)).toBe(0);
    expect(app.db.prepare('SELECT count(*) FROM sla_period_results').pluck().get()).toBeGreaterThan(100);
    app.db.prepare('UPDATE sla_period_results SET worst_rank = 1 WHERE worst_rank = 3').run();
    app.db.prepare('DELETE FROM sla_period_results WHERE (sla_id, period) IN (SELECT sla_id, period FROM sla_period_results LIMIT 1)').run();
    expect(slaPeriodResultsDrift(app.db)).toBeGreaterThan(2);
    rebuildSlaPeriodResults(app.db);
    expect(slaPeriodResultsDrift(app.db)).toBe(0);

    const { app: generated } = await makeAppWithWorkspace();
    generated.db.transaction(() =>
      generateWorkspace(generated.db, { services: 80, risks: 20, now: new Date('2026-11-24T09:00:00Z'), slaCoverage: 'every-service' }),
    )();
    expect(slaPeriodResultsDrift(generated.db)).toBe(0);
    expect(generated.db.prepare('SELECT count(*) FROM sla_period_results').pluck().get()).toBe(80 * 12);
  });

  it('set aside for a bulk write of measurements: no per-row work, then the trigger back as it was and the summary built once', async () => {
    const { app } = await makeAppWithWorkspace();
    populateDemoWorkspace(app.db, new Date('2026-11-24T09:00:00Z'));
    const expected = summary(app);
    const triggers = () => app.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sla_measurements' ORDER BY name").all();
    const before = triggers();
    const measurements = app.db.prepare('SELECT * FROM sla_measurements').all() as Array<Record<string, unknown>>;
    app.db.transaction(() => {
      app.db.exec('DELETE FROM sla_measurements');
      const deferred = deferSlaPeriodResults(app.db);
      const insert = app.db.prepare(
        'INSERT INTO sla_measurements (id, target_id, period, value, workload, notes, source, updated_at) VALUES (@id, @target_id, @period, @value, @workload, @notes, @source, @updated_at)',
      );
      for (const row of measurements) insert.run(row);
      // Nothing summarised while the trigger is away.
      expect(app.db.prepare('SELECT count(*) FROM sla_period_results').pluck().get()).toBe(0);
      deferred.rebuild();
      expect(() => deferred.rebuild()).toThrow(/already/);
    })();
    expect(summary(app)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(triggers()).toEqual(before);
    expect(() => deferSlaPeriodResults(app.db)).toThrow(/inside a transaction/);
    app.close();
  });

  it('a bulk write that fails brings the trigger back with the rollback', async () => {
    const { app } = await makeAppWithWorkspace();
    const count = () => app.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'sla_period_results_measurement_insert'").pluck().get();
    expect(() =>
      app.db.transaction(() => {
        deferSlaPeriodResults(app.db);
        throw new Error('the write failed');
      })(),
    ).toThrow('the write failed');
    expect(count()).toBe(1);
    app.close();
  });
});
