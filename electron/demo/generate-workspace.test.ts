import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../db/open-workspace';
import { makeTempDir } from '../test/temp-workspace';
import { generateWorkspace, seededRandom, type GenerateOptions } from './generate-workspace';
import { contentFingerprint, findDependencyCycle, risksNotMatchingLatestAssessment, risksWithStaleScores } from './workspace-checks';

const NOW = new Date('2026-11-24T09:00:00Z');
const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) closeWorkspaceDatabase(db);
});

async function generated(options: Partial<GenerateOptions> = {}) {
  const opened = await openWorkspaceDatabase(path.join(makeTempDir(), 'generated.sqlite'), { create: true, organisationName: 'Synthetic', now: () => NOW });
  open.push(opened.db);
  const summary = opened.db.transaction(() => generateWorkspace(opened.db, { services: 120, risks: 600, now: NOW, ...options }))();
  return { db: opened.db, summary };
}

const count = (db: Database.Database, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(values[0]);
  });
});

describe('generateWorkspace', () => {
  it('creates exactly the services and risks asked for, and reports what it made', async () => {
    const { db, summary } = await generated();
    expect(count(db, 'SELECT count(*) FROM services')).toBe(120);
    expect(count(db, 'SELECT count(*) FROM risks')).toBe(600);
    expect(count(db, 'SELECT count(*) FROM people')).toBe(summary.people);
    expect(summary.people).toBe(5); // one per 200 records, at least 5
    const tables: Array<[keyof typeof summary, string]> = [
      ['suppliers', 'suppliers'],
      ['contracts', 'contracts'],
      ['slas', 'slas'],
      ['slaTargets', 'sla_targets'],
      ['slaMeasurements', 'sla_measurements'],
      ['riskAssessments', 'risk_assessments'],
      ['actions', 'actions'],
      ['reviews', 'reviews'],
    ];
    for (const [key, table] of tables) expect(count(db, `SELECT count(*) FROM ${table}`), table).toBe(summary[key]);
    expect(count(db, 'SELECT count(*) FROM audit_log')).toBe(120 + 600 + summary.slas);
  });

  it('makes one SLA per live customer-facing service, each with 3–6 targets measured for 12 months', async () => {
    const { db } = await generated();
    const candidates = count(db, "SELECT count(*) FROM services WHERE lifecycle = 'live' AND kind = 'customer-facing'");
    expect(candidates).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM slas')).toBe(candidates);
    expect(count(db, "SELECT count(*) FROM slas l JOIN services s ON s.id = l.service_id WHERE s.lifecycle <> 'live' OR s.kind <> 'customer-facing'")).toBe(0);
    const perSla = db.prepare('SELECT count(*) FROM sla_targets GROUP BY sla_id').pluck().all() as number[];
    expect(perSla.every((n) => n >= 3 && n <= 6)).toBe(true);
    expect(count(db, 'SELECT count(*) FROM sla_measurements')).toBe(12 * count(db, 'SELECT count(*) FROM sla_targets'));
    expect(db.prepare('SELECT min(period), max(period), count(DISTINCT period) FROM sla_measurements').raw().get()).toEqual(['2025-11', '2026-10', 12]);
  });

  it('gives every service an SLA measured for 12 months when asked, for the portfolio benchmark', async () => {
    const { db, summary } = await generated({ services: 150, risks: 10, slaCoverage: 'every-service' });
    expect(summary.slas).toBe(150);
    expect(count(db, 'SELECT count(DISTINCT service_id) FROM slas')).toBe(150);
    expect(count(db, 'SELECT count(*) FROM sla_measurements')).toBe(12 * count(db, 'SELECT count(*) FROM sla_targets'));
    const statuses = db.prepare('SELECT status FROM slas GROUP BY status ORDER BY status').pluck().all();
    expect(statuses).toEqual(['agreed', 'draft', 'expired']);
  });

  it('caps the number of SLAs', async () => {
    const { db, summary } = await generated({ maxSlas: 7 });
    expect(summary.slas).toBe(7);
    expect(count(db, 'SELECT count(*) FROM slas')).toBe(7);
  });

  it('gives every risk 1–4 assessments with the latest on the row, and some overdue actions', async () => {
    const { db } = await generated();
    const perRisk = db.prepare('SELECT (SELECT count(*) FROM risk_assessments a WHERE a.risk_id = r.id) FROM risks r').pluck().all() as number[];
    expect(perRisk.every((n) => n >= 1 && n <= 4)).toBe(true);
    expect(new Set(perRisk)).toEqual(new Set([1, 2, 3, 4]));
    expect(risksNotMatchingLatestAssessment(db)).toEqual([]);
    expect(risksWithStaleScores(db)).toEqual([]);
    expect(count(db, 'SELECT count(*) FROM risk_assessments WHERE residual_likelihood > inherent_likelihood OR residual_impact > inherent_impact')).toBe(0);
    expect(count(db, "SELECT count(*) FROM actions WHERE status IN ('open', 'in_progress') AND due_date < '2026-11-24'")).toBeGreaterThan(0);
    expect(count(db, "SELECT count(*) FROM actions WHERE (status = 'done') <> (completed_at IS NOT NULL)")).toBe(0);
    expect(count(db, 'SELECT count(DISTINCT risk_id) FROM risk_services')).toBe(600);
  });

  it('keeps the dependency graph acyclic and the foreign keys whole', async () => {
    const { db } = await generated({ services: 400, risks: 100 });
    expect(count(db, 'SELECT count(*) FROM service_dependencies')).toBeGreaterThan(200);
    expect(findDependencyCycle(db)).toBeNull();
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('is deterministic: same seed, same rows; another seed, other rows', async () => {
    const a = await generated({ seed: 7 });
    const b = await generated({ seed: 7 });
    const c = await generated({ seed: 8 });
    expect(contentFingerprint(a.db)).toBe(contentFingerprint(b.db));
    expect(contentFingerprint(a.db)).not.toBe(contentFingerprint(c.db));
  });

  it('copes with no services at all', async () => {
    const { db, summary } = await generated({ services: 0, risks: 50 });
    expect(summary.slas).toBe(0);
    expect(count(db, 'SELECT count(*) FROM risks')).toBe(50);
    expect(count(db, 'SELECT count(*) FROM risk_services')).toBe(0);
  });
});

describe('findDependencyCycle', () => {
  it('finds a cycle when there is one', async () => {
    const { db } = await generated({ services: 3, risks: 0 });
    db.exec('DELETE FROM service_dependencies; INSERT INTO service_dependencies VALUES (1, 2), (2, 3), (3, 1);');
    expect(findDependencyCycle(db)).toHaveLength(4);
  });
});
