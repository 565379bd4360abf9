import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../shared/api/overview-api';
import { serviceHoursSchema } from '../../shared/domain/service-hours';
import { dispatch } from '../api/dispatch';
import type { AppController } from '../app/app-controller';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../db/open-workspace';
import { makeTempDir, makeTestApp } from '../test/temp-workspace';
import { bandOf } from './demo-risk-types';
import { populateDemoWorkspace } from './demo-workspace';
import { contentFingerprint, findDependencyCycle, risksNotMatchingLatestAssessment, risksWithStaleScores } from './workspace-checks';

const NOW = new Date('2026-11-24T09:00:00Z');
const TODAY = '2026-11-24';
/** The twelve months before November 2026. */
const LAST_TWELVE_MONTHS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];

let app: AppController;
let db: Database.Database;

beforeAll(async () => {
  app = makeTestApp({ now: () => NOW }).app;
  await app.openDemo(false);
  db = app.db;
});
afterAll(() => app.shutdown());

const count = (sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;
const column = <T>(sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .all(...params) as T[];

async function summary(): Promise<DashboardSummary> {
  const result = await dispatch(app, 'dashboard.summary', {}, { timeZone: 'UTC' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as DashboardSummary;
}

describe('demo workspace', () => {
  it('is Northwind Health Trust with about a dozen people in real roles, one of them inactive', async () => {
    expect((await summary()).organisationName).toBe('Northwind Health Trust');
    expect(count('SELECT count(*) FROM people WHERE active = 1')).toBeGreaterThanOrEqual(12);
    expect(count('SELECT count(*) FROM people WHERE active = 0')).toBe(1);
    const roles = column<string>('SELECT role FROM people').join(' | ');
    for (const role of ['Head of IT', 'Service Desk Lead', 'Information Security Officer', 'Supplier & Contracts Manager', 'service owner', 'risk owner']) {
      expect(roles).toContain(role);
    }
    expect(column<string>('SELECT email FROM people').every((email) => /^[a-z.]+@northwind\.example$/.test(email))).toBe(true);
  });

  it('has at least 25 services: mostly live, a few in the pipeline, two retired, with valid JSON fields', () => {
    expect(count('SELECT count(*) FROM services')).toBeGreaterThanOrEqual(25);
    expect(count("SELECT count(*) FROM services WHERE lifecycle = 'retired'")).toBe(2);
    expect(count("SELECT count(*) FROM services WHERE lifecycle = 'pipeline'")).toBeGreaterThanOrEqual(2);
    expect(count("SELECT count(*) FROM services WHERE lifecycle = 'live'")).toBeGreaterThanOrEqual(20);
    expect(count("SELECT count(*) FROM services WHERE kind = 'supporting'")).toBeGreaterThanOrEqual(5);
    expect(count('SELECT count(DISTINCT criticality) FROM services')).toBe(4);
    expect(count('SELECT count(*) FROM services WHERE owner_id IS NULL OR support_contact IS NULL OR category IS NULL')).toBe(0);
    const rows = db.prepare('SELECT customers_json, service_hours_json, tags_json FROM services').all() as Array<Record<string, string>>;
    for (const row of rows) {
      expect(Array.isArray(JSON.parse(row.customers_json!))).toBe(true);
      expect(Array.isArray(JSON.parse(row.tags_json!))).toBe(true);
      const hours = JSON.parse(row.service_hours_json!);
      expect(['24x7', 'weekly']).toContain(hours.mode);
      if (hours.mode === 'weekly') expect(serviceHoursSchema.safeParse(hours).success).toBe(true);
    }
    expect(count(`SELECT count(*) FROM services WHERE service_hours_json LIKE '%"weekly"%'`)).toBeGreaterThan(0);
  });

  it("records each service's lifecycle history, ending at its current stage", () => {
    const mismatched = column<string>(
      `SELECT s.code FROM services s
        WHERE s.lifecycle IS NOT (SELECT lifecycle FROM service_lifecycle_events e WHERE e.service_id = s.id ORDER BY at DESC LIMIT 1)`,
    );
    expect(mismatched).toEqual([]);
    expect(count("SELECT count(*) FROM service_lifecycle_events WHERE lifecycle = 'retired'")).toBe(2);
  });

  it('has a dependency graph without cycles, with the supporting services underneath', () => {
    expect(count('SELECT count(*) FROM service_dependencies')).toBeGreaterThan(30);
    expect(findDependencyCycle(db)).toBeNull();
    const mostDependedOn = column<string>(
      `SELECT s.kind FROM services s JOIN service_dependencies d ON d.depends_on_id = s.id GROUP BY s.id ORDER BY count(*) DESC LIMIT 5`,
    );
    expect(mostDependedOn.every((kind) => kind === 'supporting')).toBe(true);
  });

  it('has suppliers and contracts, two of them ending within 90 days', () => {
    expect(count('SELECT count(*) FROM suppliers')).toBeGreaterThanOrEqual(5);
    expect(count('SELECT count(*) FROM contracts')).toBeGreaterThanOrEqual(7);
    expect(count("SELECT count(*) FROM contracts WHERE kind = 'ola' AND supplier_id IS NULL AND internal_team IS NOT NULL")).toBeGreaterThanOrEqual(1);
    expect(count("SELECT count(*) FROM contracts WHERE end_date BETWEEN ? AND date(?, '+90 days')", TODAY, TODAY)).toBe(2);
    expect(count('SELECT count(*) FROM contracts c WHERE NOT EXISTS (SELECT 1 FROM contract_services WHERE contract_id = c.id)')).toBe(0);
  });

  it('has at least 10 SLAs with 12 months of measurements for every target, up to last month', () => {
    expect(count('SELECT count(*) FROM slas')).toBeGreaterThanOrEqual(10);
    expect(column<string>('SELECT DISTINCT status FROM slas ORDER BY status')).toEqual(['agreed', 'draft', 'expired']);
    expect(count("SELECT count(*) FROM slas WHERE status = 'expired'")).toBe(1);
    const targetCounts = column<number>('SELECT count(*) FROM sla_targets WHERE sla_id IS NOT NULL GROUP BY sla_id');
    expect(targetCounts.every((n) => n >= 3 && n <= 6)).toBe(true);
    const fullyMeasured = column<string>(
      `SELECT l.code FROM slas l
        WHERE NOT EXISTS (
          SELECT 1 FROM sla_targets t WHERE t.sla_id = l.id
             AND (SELECT count(DISTINCT period) FROM sla_measurements m WHERE m.target_id = t.id AND m.period BETWEEN ? AND ?) < 12)`,
      LAST_TWELVE_MONTHS[0],
      LAST_TWELVE_MONTHS[11],
    );
    expect(fullyMeasured.length).toBeGreaterThanOrEqual(10);
    expect(column<string>('SELECT DISTINCT period FROM sla_measurements ORDER BY period')).toEqual(LAST_TWELVE_MONTHS);
    for (const kind of ['availability', 'response', 'resolution', 'custom', 'workload']) {
      expect(count('SELECT count(*) FROM sla_targets WHERE kind = ?', kind), kind).toBeGreaterThan(0);
    }
    expect(count("SELECT count(DISTINCT priority) FROM sla_targets WHERE kind IN ('response', 'resolution')")).toBe(4);
    expect(count('SELECT count(*) FROM sla_targets WHERE warning IS NOT NULL')).toBeGreaterThan(10);
  });

  it('has realistic measurements: mostly met, a few breaches and months at risk, workload where it applies', () => {
    const rows = db
      .prepare('SELECT t.direction, t.target, t.warning, t.kind, m.value, m.workload FROM sla_measurements m JOIN sla_targets t ON t.id = m.target_id')
      .all() as Array<{ direction: string; target: number; warning: number | null; kind: string; value: number; workload: number | null }>;
    const better = (row: (typeof rows)[number], a: number, b: number) => (row.direction === 'higher' ? a >= b : a <= b);
    const breaches = rows.filter((row) => !better(row, row.value, row.target));
    const atRisk = rows.filter((row) => better(row, row.value, row.target) && row.warning !== null && !better(row, row.value, row.warning));
    expect(breaches.length).toBeGreaterThanOrEqual(5);
    expect(breaches.length / rows.length).toBeLessThan(0.1);
    expect(atRisk.length).toBeGreaterThanOrEqual(3);
    expect(breaches.some((row) => row.kind === 'workload')).toBe(true);
    expect(rows.some((row) => row.workload !== null)).toBe(true);
    expect(count("SELECT count(*) FROM sla_measurements WHERE notes <> ''")).toBeGreaterThanOrEqual(breaches.length);
  });

  it('measures some contracts and OLAs too, so supplier performance shows next to the SLAs', async () => {
    expect(count('SELECT count(DISTINCT contract_id) FROM sla_targets WHERE contract_id IS NOT NULL')).toBeGreaterThanOrEqual(3);
    expect(count("SELECT count(*) FROM contracts c JOIN sla_targets t ON t.contract_id = c.id WHERE c.kind = 'ola'")).toBeGreaterThanOrEqual(1);
    const result = await dispatch(app, 'contracts.performance', { from: LAST_TWELVE_MONTHS[0], to: LAST_TWELVE_MONTHS[11] }, { timeZone: 'UTC' });
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value as { contracts: Array<{ worst: Array<string | null>; dependentSlas: unknown[] }> };
    expect(report.contracts.every((contract) => contract.worst.every((status) => status !== null))).toBe(true);
    expect(report.contracts.some((contract) => contract.worst.includes('breached'))).toBe(true);
    expect(report.contracts.every((contract) => contract.dependentSlas.length > 0)).toBe(true);
  });

  it('has at least 40 risks, each with 2–5 dated assessments, current scores equal to the latest', () => {
    expect(count('SELECT count(*) FROM risks')).toBeGreaterThanOrEqual(40);
    const perRisk = column<number>('SELECT (SELECT count(*) FROM risk_assessments a WHERE a.risk_id = r.id) FROM risks r');
    expect(perRisk.every((n) => n >= 2 && n <= 5)).toBe(true);
    expect(risksNotMatchingLatestAssessment(db)).toEqual([]);
    expect(risksWithStaleScores(db)).toEqual([]);
    expect(count("SELECT count(*) FROM risk_assessments WHERE rationale = '' OR assessor_id IS NULL")).toBe(0);
    // History moves both ways.
    const improved = count(
      `SELECT count(*) FROM risks r WHERE r.residual_likelihood * r.residual_impact <
         (SELECT residual_likelihood * residual_impact FROM risk_assessments WHERE risk_id = r.id ORDER BY assessed_at LIMIT 1)`,
    );
    const worsened = count(
      `SELECT count(*) FROM risks r WHERE r.residual_likelihood * r.residual_impact >
         (SELECT residual_likelihood * residual_impact FROM risk_assessments WHERE risk_id = r.id ORDER BY assessed_at LIMIT 1)`,
    );
    expect(improved).toBeGreaterThanOrEqual(5);
    expect(worsened).toBeGreaterThanOrEqual(5);
  });

  it('scores risks consistently: 1–5 scales, residual within inherent, target within residual', () => {
    const bad = column<string>(
      `SELECT r.code FROM risks r JOIN risk_assessments a ON a.risk_id = r.id
        WHERE a.inherent_likelihood NOT BETWEEN 1 AND 5 OR a.inherent_impact NOT BETWEEN 1 AND 5
           OR a.residual_likelihood > a.inherent_likelihood OR a.residual_impact > a.inherent_impact
           OR a.target_likelihood > a.residual_likelihood OR a.target_impact > a.residual_impact`,
    );
    expect(bad).toEqual([]);
  });

  it('spreads risks over every band, category, status and treatment', () => {
    const positions = db.prepare('SELECT residual_likelihood, residual_impact FROM risks').raw().all() as Array<[number, number]>;
    const bands = new Set(positions.map(bandOf));
    expect([...bands].sort()).toEqual(['critical', 'high', 'low', 'medium']);
    expect(column<number>('SELECT DISTINCT residual_band FROM risks ORDER BY 1')).toEqual([0, 1, 2, 3]);
    expect(column<string>('SELECT DISTINCT category FROM risks ORDER BY 1')).toEqual([
      'Availability',
      'Capacity',
      'Compliance',
      'Data',
      'People',
      'Security',
      'Supplier',
    ]);
    expect(column<string>('SELECT DISTINCT status FROM risks ORDER BY 1')).toEqual(['assessed', 'closed', 'identified', 'monitored', 'treating']);
    expect(column<string>('SELECT DISTINCT treatment FROM risks WHERE treatment IS NOT NULL ORDER BY 1')).toEqual(['accept', 'avoid', 'mitigate', 'transfer']);
    expect(count('SELECT count(*) FROM risks WHERE supplier_id IS NOT NULL')).toBeGreaterThanOrEqual(5);
    const links = column<number>('SELECT count(*) FROM risk_services GROUP BY risk_id');
    expect(links.length).toBe(count('SELECT count(*) FROM risks'));
    expect(links.every((n) => n >= 1 && n <= 3)).toBe(true);
  });

  it('has about 20 actions linked to risks, SLAs and services: some overdue, some done', () => {
    expect(count('SELECT count(*) FROM actions')).toBeGreaterThanOrEqual(20);
    expect(count("SELECT count(*) FROM actions WHERE status IN ('open', 'in_progress') AND due_date < ?", TODAY)).toBeGreaterThanOrEqual(3);
    expect(count("SELECT count(*) FROM actions WHERE status = 'done' AND completed_at IS NOT NULL")).toBeGreaterThanOrEqual(3);
    expect(count("SELECT count(*) FROM actions WHERE (status = 'done') <> (completed_at IS NOT NULL)")).toBe(0);
    for (const link of ['risk_id', 'sla_id', 'service_id']) expect(count(`SELECT count(*) FROM actions WHERE ${link} IS NOT NULL`), link).toBeGreaterThan(3);
    expect(count('SELECT count(*) FROM actions WHERE created_at > ?', NOW.toISOString())).toBe(0);
  });

  it('has a review history for services, SLAs and risks, some approved', () => {
    expect(column<string>('SELECT DISTINCT subject_kind FROM reviews ORDER BY 1')).toEqual(['risk', 'service', 'sla']);
    expect(count('SELECT count(*) FROM reviews WHERE approver_id IS NOT NULL AND approved_at IS NOT NULL')).toBeGreaterThanOrEqual(2);
    expect(count('SELECT count(*) FROM reviews WHERE reviewed_on > ?', TODAY)).toBe(0);
    const dangling = count(
      `SELECT count(*) FROM reviews v WHERE NOT EXISTS (
         SELECT 1 FROM services s WHERE v.subject_kind = 'service' AND s.id = v.subject_id
         UNION ALL SELECT 1 FROM slas l WHERE v.subject_kind = 'sla' AND l.id = v.subject_id
         UNION ALL SELECT 1 FROM risks r WHERE v.subject_kind = 'risk' AND r.id = v.subject_id)`,
    );
    expect(dangling).toBe(0);
  });

  it('has a handful of reviews overdue and a handful due within 30 days', async () => {
    const { reviews, counts } = await summary();
    expect(reviews.overdue).toBeGreaterThanOrEqual(3);
    expect(reviews.overdue).toBeLessThanOrEqual(10);
    expect(reviews.dueSoon).toBeGreaterThanOrEqual(3);
    expect(reviews.dueSoon).toBeLessThanOrEqual(10);
    expect(new Set(reviews.items.map((item) => item.kind))).toEqual(new Set(['service', 'sla', 'risk']));
    expect(counts.overdueActions).toBeGreaterThanOrEqual(3);
  });

  it('puts nothing that has happened in the future', () => {
    const timestamps: Array<[string, string]> = [
      ['people', 'created_at'],
      ['people', 'updated_at'],
      ['services', 'created_at'],
      ['services', 'updated_at'],
      ['service_lifecycle_events', 'at'],
      ['suppliers', 'created_at'],
      ['contracts', 'created_at'],
      ['slas', 'created_at'],
      ['slas', 'updated_at'],
      ['risks', 'created_at'],
      ['risks', 'updated_at'],
      ['risk_assessments', 'assessed_at'],
      ['actions', 'created_at'],
      ['actions', 'updated_at'],
      ['actions', 'completed_at'],
      ['reviews', 'created_at'],
      ['reviews', 'approved_at'],
      ['audit_log', 'at'],
    ];
    for (const [table, name] of timestamps) {
      expect(count(`SELECT count(*) FROM ${table} WHERE ${name} > ?`, NOW.toISOString()), `${table}.${name}`).toBe(0);
      expect(count(`SELECT count(*) FROM ${table} WHERE ${name} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'`), `${table}.${name}`).toBe(0);
    }
    for (const [table, name] of [
      ['services', 'last_review_date'],
      ['reviews', 'reviewed_on'],
    ] as const) {
      expect(count(`SELECT count(*) FROM ${table} WHERE ${name} > ?`, TODAY), `${table}.${name}`).toBe(0);
    }
    const dates: Array<[string, string]> = [
      ['services', 'next_review_date'],
      ['contracts', 'start_date'],
      ['contracts', 'end_date'],
      ['slas', 'valid_from'],
      ['slas', 'review_date'],
      ['risks', 'next_review_date'],
      ['actions', 'due_date'],
      ['reviews', 'next_review_date'],
    ];
    for (const [table, name] of dates) {
      expect(
        count(`SELECT count(*) FROM ${table} WHERE ${name} IS NOT NULL AND ${name} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
        `${table}.${name}`,
      ).toBe(0);
    }
  });

  it('writes one audit row for the whole demo', () => {
    const rows = db.prepare('SELECT entity, action, actor_name, after_json FROM audit_log').all();
    expect(rows).toEqual([{ entity: 'workspace', action: 'create', actor_name: 'Demo data', after_json: '{"demo":true}' }]);
  });

  it('passes the foreign key and integrity checks', () => {
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('populateDemoWorkspace', () => {
  async function build(now: Date) {
    const opened = await openWorkspaceDatabase(path.join(makeTempDir(), 'demo.sqlite'), { create: true, organisationName: 'x', now: () => now });
    opened.db.transaction(() => populateDemoWorkspace(opened.db, now))();
    return opened.db;
  }

  it('is deterministic: the same date gives the same rows', async () => {
    const [a, b] = await Promise.all([build(NOW), build(NOW)]);
    try {
      expect(contentFingerprint(a)).toBe(contentFingerprint(b));
    } finally {
      closeWorkspaceDatabase(a);
      closeWorkspaceDatabase(b);
    }
  });

  it('keeps every date relative to now, so a demo built on another day looks the same', async () => {
    const later = new Date('2027-03-10T15:30:00Z');
    const other = await build(later);
    try {
      const overdue = other.prepare("SELECT count(*) FROM risks WHERE status <> 'closed' AND next_review_date < ?").pluck().get('2027-03-10');
      expect(overdue).toBe(count("SELECT count(*) FROM risks WHERE status <> 'closed' AND next_review_date < ?", TODAY));
      const periods = other
        .prepare('SELECT min(period) || ' + "' to '" + ' || max(period) FROM sla_measurements')
        .pluck()
        .get();
      expect(periods).toBe('2026-03 to 2027-02');
    } finally {
      closeWorkspaceDatabase(other);
    }
  });
});
