import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ComputedAvailability, Outage } from '../../../shared/api/sla-io-api';
import { availabilityPercent, downtimeMinutesIn, serviceSecondsIn } from '../../../shared/domain/sla-availability';
import { periodOf, periodRange } from '../../../shared/domain/sla-periods';
import { resultStatus } from '../../../shared/domain/sla-status';
import { formatWallClock, intersectSpans, parseWallClock, periodSpan, periodWithin, SECONDS_PER_MINUTE, type TimeSpan } from '../../../shared/domain/sla-time';
import { recordAudit, type Actor } from '../audit-repository';
import { effectiveHours } from './sla-rows';
import { writeMeasurements, type MeasurementWrite } from './measurements';

/** Stored form of a wall-clock moment: always with seconds, so text order is time order. */
export function storedMoment(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 19);
}

function secondsOf(stored: string): number {
  const parsed = parseWallClock(stored);
  if (!parsed.ok) throw new Error(`damaged outage time "${stored}"`);
  return parsed.seconds;
}

/** The months an outage touches (its end is exclusive: an outage ending at 00:00 on the 1st stays in the month before). */
export function periodsOfSpan(span: TimeSpan): string[] {
  return periodRange(periodOf(storedMoment(span.start)), periodOf(storedMoment(span.end - 1)));
}

interface OutageRow {
  id: number;
  service_id: number;
  service_code: string;
  start_at: string;
  end_at: string;
  notes: string;
  source: string;
  created_at: string;
}

function toOutage(row: OutageRow): Outage {
  const start = secondsOf(row.start_at);
  const end = secondsOf(row.end_at);
  return {
    id: row.id,
    serviceId: row.service_id,
    serviceCode: row.service_code,
    start: formatWallClock(start),
    end: formatWallClock(end),
    minutes: (end - start) / SECONDS_PER_MINUTE,
    notes: row.notes,
    source: row.source,
    createdAt: row.created_at,
  };
}

const OUTAGE_SELECT = 'SELECT o.*, s.code AS service_code FROM outages o JOIN services s ON s.id = o.service_id';

/** The outages of a service, optionally those overlapping some months, oldest first. */
export function listOutages(db: Database.Database, input: { serviceId: number; from?: string | undefined; to?: string | undefined }): Outage[] {
  const from = input.from ? storedMoment(periodSpan(input.from).start) : '0000';
  const to = input.to ? storedMoment(periodSpan(input.to).end) : '9999';
  const rows = db
    .prepare(`${OUTAGE_SELECT} WHERE o.service_id = ? AND o.end_at > ? AND o.start_at < ? ORDER BY o.start_at, o.id`)
    .all(input.serviceId, from, to) as OutageRow[];
  return rows.map(toOutage);
}

/** The spans of a service's kept outages overlapping a window. */
function keptSpans(db: Database.Database, serviceId: number, window: TimeSpan): TimeSpan[] {
  return (
    db
      .prepare('SELECT start_at, end_at FROM outages WHERE service_id = ? AND end_at > ? AND start_at < ?')
      .all(serviceId, storedMoment(window.start), storedMoment(window.end)) as Array<{
      start_at: string;
      end_at: string;
    }>
  ).map((row) => ({ start: secondsOf(row.start_at), end: secondsOf(row.end_at) }));
}

interface AvailabilityTarget {
  sla_id: number;
  sla_code: string;
  service_code: string;
  service_name: string;
  valid_from: string | null;
  valid_to: string | null;
  service_hours_json: string | null;
  service_hours_of_service: string;
  target_id: number;
  label: string;
  target: number;
  warning: number | null;
}

/**
 * Availability from outages for each availability target of the agreed SLAs of some services,
 * in the given months: the kept outages plus `extra` ones (not yet kept), merged, cut to the
 * month and the SLA's validity, counted within the SLA's service hours (its own, else its
 * service's). Months an SLA does not cover are left out. Services without such a target get a warning.
 * A month still running counts its whole service time, so its figure settles as later outages come in.
 */
export function availabilityFromOutages(
  db: Database.Database,
  periodsByService: ReadonlyMap<number, ReadonlySet<string>>,
  extra: ReadonlyMap<number, readonly TimeSpan[]> = new Map(),
): { results: ComputedAvailability[]; warnings: string[] } {
  const targetsOf = db.prepare(
    `SELECT l.id AS sla_id, l.code AS sla_code, s.code AS service_code, s.name AS service_name, l.valid_from, l.valid_to,
            l.service_hours_json, s.service_hours_json AS service_hours_of_service, t.id AS target_id, t.label, t.target, t.warning
       FROM slas l JOIN services s ON s.id = l.service_id JOIN sla_targets t ON t.sla_id = l.id AND t.kind = 'availability'
      WHERE l.service_id = ? AND l.status = 'agreed' ORDER BY l.code, t.sort_order, t.id`,
  );
  const previousOf = db.prepare('SELECT value FROM sla_measurements WHERE target_id = ? AND period = ?').pluck();
  const results: ComputedAvailability[] = [];
  const warnings: string[] = [];
  for (const [serviceId, periods] of periodsByService) {
    const targets = targetsOf.all(serviceId) as AvailabilityTarget[];
    if (targets.length === 0) {
      const service = db.prepare('SELECT code, name FROM services WHERE id = ?').get(serviceId) as { code: string; name: string };
      warnings.push(`${service.code} ${service.name} has no agreed SLA with an availability target: its outages are kept, but no availability is computed.`);
      continue;
    }
    for (const period of [...periods].sort()) {
      const month = periodSpan(period);
      const spans = [...keptSpans(db, serviceId, month), ...(extra.get(serviceId) ?? []).filter((span) => intersectSpans(span, month))];
      for (const target of targets) {
        const window = periodWithin(period, target.valid_from, target.valid_to);
        if (!window) continue;
        const { hours } = effectiveHours(target);
        const serviceMinutes = serviceSecondsIn(window, hours) / SECONDS_PER_MINUTE;
        if (serviceMinutes <= 0) continue;
        const downtimeMinutes = downtimeMinutesIn(spans, window, hours);
        const availability = availabilityPercent(serviceMinutes, downtimeMinutes)!;
        results.push({
          slaId: target.sla_id,
          slaCode: target.sla_code,
          serviceCode: target.service_code,
          targetId: target.target_id,
          targetLabel: target.label,
          period,
          serviceMinutes,
          downtimeMinutes,
          outageCount: spans.filter((span) => intersectSpans(span, window)).length,
          value: availability,
          status: resultStatus(availability, { direction: 'higher', target: target.target, warning: target.warning }),
          previous: (previousOf.get(target.target_id, period) as number | undefined) ?? null,
        });
      }
    }
  }
  return { results, warnings };
}

const minutesText = (minutes: number) => `${Math.round(minutes * 100) / 100} min`;

/** Record computed availability as measurements (source "outages"), each with a note saying how it was computed. */
export function recordComputedAvailability(db: Database.Database, actor: Actor, results: readonly ComputedAvailability[], now: string) {
  const bySla = new Map<number, ComputedAvailability[]>();
  for (const result of results) bySla.set(result.slaId, [...(bySla.get(result.slaId) ?? []), result]);
  const totals = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const targetRow = db.prepare('SELECT id, kind, label, unit, direction, target, warning, sort_order FROM sla_targets WHERE id = ?');
  for (const [slaId, list] of bySla) {
    const writes: MeasurementWrite[] = list.map((result) => {
      const row = targetRow.get(result.targetId) as {
        id: number;
        kind: 'availability';
        label: string;
        unit: string;
        direction: 'higher';
        target: number;
        warning: number | null;
        sort_order: number;
      };
      return {
        target: { ...row, priority: null, timeLimitMinutes: null, sortOrder: row.sort_order, measurementCount: 0 },
        period: result.period,
        value: result.value,
        notes: `Computed from ${result.outageCount} outage${result.outageCount === 1 ? '' : 's'}: ${minutesText(result.downtimeMinutes)} down in ${minutesText(result.serviceMinutes)} of service hours.`,
      };
    });
    const owner = {
      kind: 'sla' as const,
      id: slaId,
      code: list[0]!.slaCode,
      title: list[0]!.slaCode,
      hours: { mode: '24x7' as const },
      validFrom: null,
      validTo: null,
    };
    const counts = writeMeasurements(db, actor, owner, writes, 'outages', now);
    totals.created += counts.created;
    totals.updated += counts.updated;
    totals.unchanged += counts.unchanged;
  }
  return totals;
}

/** Keep outages (audited as entity "outage"); returns their ids. */
export function insertOutages(
  db: Database.Database,
  actor: Actor,
  outages: ReadonlyArray<{ serviceId: number; span: TimeSpan; notes: string }>,
  source: string,
  now: string,
): number[] {
  const insert = db.prepare('INSERT INTO outages (service_id, start_at, end_at, notes, source, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  return outages.map((outage) => {
    const start = storedMoment(outage.span.start);
    const end = storedMoment(outage.span.end);
    const id = Number(insert.run(outage.serviceId, start, end, outage.notes, source, now).lastInsertRowid);
    recordAudit(
      db,
      actor,
      { entity: 'outage', entityId: id, action: 'create', after: { serviceId: outage.serviceId, start, end, notes: outage.notes, source } },
      now,
    );
    return id;
  });
}

/** Delete a kept outage and recompute the availability of the months it touched. */
export function deleteOutage(db: Database.Database, actor: Actor, id: number, now: string): { deleted: Outage; results: ComputedAvailability[] } {
  const row = db.prepare(`${OUTAGE_SELECT} WHERE o.id = ?`).get(id) as OutageRow | undefined;
  if (!row) throw new AppError('not_found', `There is no outage with id ${id}.`, 'id');
  const deleted = toOutage(row);
  db.prepare('DELETE FROM outages WHERE id = ?').run(id);
  recordAudit(
    db,
    actor,
    {
      entity: 'outage',
      entityId: id,
      action: 'delete',
      before: { serviceId: row.service_id, start: row.start_at, end: row.end_at, notes: row.notes, source: row.source },
    },
    now,
  );
  const periods = periodsOfSpan({ start: secondsOf(row.start_at), end: secondsOf(row.end_at) });
  const { results } = availabilityFromOutages(db, new Map([[row.service_id, new Set(periods)]]));
  recordComputedAvailability(db, actor, results, now);
  return { deleted, results };
}
