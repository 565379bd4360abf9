import type Database from 'better-sqlite3';
import type { ProgressReporter } from './import-progress';
import { runSteps, type ImportSteps } from './write-in-slices';
import type { OutageImportPreview, OutageImportResult } from '../../shared/api/sla-io-api';
import { addDaysIso } from '../../shared/domain/dates';
import { dayStart, formatWallClock, parseWallClock, SECONDS_PER_DAY, SECONDS_PER_MINUTE, type TimeSpan } from '../../shared/domain/sla-time';
import type { ColumnMapping } from '../../shared/import/column-mapping';
import { OUTAGE_IMPORT_FIELDS, type OutageImportKey } from '../../shared/import/sla-import-fields';
import type { Actor } from '../repositories/audit-repository';
import { availabilityFromOutages, insertOutages, periodsOfSpan, recordComputedAvailability, storedMoment } from '../repositories/slas/outages';
import { assertImportable, readMappedTable, type MappedRow } from './sla-import-table';

interface PlannedOutage {
  row: MappedRow<OutageImportKey>;
  service: { id: number; code: string } | null;
  span: TimeSpan | null;
  notes: string;
  /** Already kept (same service, start and end), or earlier in the file: not added again. */
  duplicate: boolean;
}

export interface OutagesImportPlan {
  preview: OutageImportPreview;
  rows: PlannedOutage[];
}

const SAMPLE_SIZE = 100;
const MAX_OUTAGE_SECONDS = 366 * SECONDS_PER_DAY;

/** Outages of valid, new rows grouped by service, and the months each service's outages touch. */
function touched(rows: readonly PlannedOutage[]) {
  const spans = new Map<number, TimeSpan[]>();
  const periods = new Map<number, Set<string>>();
  for (const row of rows) {
    if (!row.service || !row.span || row.row.errors.length || row.duplicate) continue;
    spans.set(row.service.id, [...(spans.get(row.service.id) ?? []), row.span]);
    const set = periods.get(row.service.id) ?? new Set<string>();
    for (const period of periodsOfSpan(row.span)) set.add(period);
    periods.set(row.service.id, set);
  }
  return { spans, periods };
}

/**
 * Read an outage log and check every row without writing: a known service (code or exact name),
 * readable wall-clock start and end, the end after the start, not in the future, under a year.
 * The preview shows the availability the new outages give each agreed SLA per month touched.
 */
export async function planOutagesImport(
  db: Database.Database,
  input: { fileName: string; contentBase64: string; mapping?: ColumnMapping | undefined },
  today: string,
  report?: ProgressReporter,
): Promise<OutagesImportPlan> {
  const { base, rows, addError } = await readMappedTable(input, OUTAGE_IMPORT_FIELDS, undefined, report);
  const services = db.prepare('SELECT id, code, name FROM services').all() as Array<{ id: number; code: string; name: string }>;
  const byCode = new Map(services.map((s) => [s.code.toLowerCase(), s]));
  const nameCounts = new Map<string, number>();
  for (const s of services) nameCounts.set(s.name.toLowerCase(), (nameCounts.get(s.name.toLowerCase()) ?? 0) + 1);
  const byName = new Map(services.filter((s) => nameCounts.get(s.name.toLowerCase()) === 1).map((s) => [s.name.toLowerCase(), s]));
  const kept = db.prepare('SELECT 1 FROM outages WHERE service_id = ? AND start_at = ? AND end_at = ?');
  const endOfToday = dayStart(addDaysIso(today, 1));
  const seen = new Set<string>();

  const planned: PlannedOutage[] = rows.map((row) => {
    // A line that could not be read carries its one problem and nothing else to check.
    if (row.errors.length) return { row, service: null, span: null, notes: '', duplicate: false };
    const text = (key: OutageImportKey) => row.cells[key] ?? '';
    const name = text('service');
    const service = byCode.get(name.toLowerCase()) ?? byName.get(name.toLowerCase()) ?? null;
    if (!name) addError(row, 'service', 'is empty; give the service code, e.g. SVC-001');
    else if (!service) {
      addError(
        row,
        'service',
        nameCounts.get(name.toLowerCase())
          ? `"${name}" is the name of ${nameCounts.get(name.toLowerCase())} services; use the service code`
          : `"${name}" is not a service in this workspace`,
      );
    }
    const start = parseWallClock(text('start'));
    const end = parseWallClock(text('end'));
    if (!start.ok) addError(row, 'start', start.error);
    if (!end.ok) addError(row, 'end', end.error);
    let span: TimeSpan | null = null;
    if (start.ok && end.ok) {
      if (end.seconds <= start.seconds) addError(row, 'end', `must be after the start (${start.text})`);
      else if (end.seconds - start.seconds > MAX_OUTAGE_SECONDS) addError(row, 'end', 'makes the outage longer than a year; check the dates');
      else if (end.seconds > endOfToday) addError(row, 'end', `${end.text} is in the future`);
      else span = { start: start.seconds, end: end.seconds };
    }
    if (text('notes').length > 2000) addError(row, 'notes', 'must be at most 2,000 characters');
    let duplicate = false;
    if (service && span && row.errors.length === 0) {
      const key = `${service.id}/${span.start}/${span.end}`;
      duplicate = seen.has(key) || kept.get(service.id, storedMoment(span.start), storedMoment(span.end)) !== undefined;
      seen.add(key);
    }
    return { row, service: service ? { id: service.id, code: service.code } : null, span, notes: text('notes'), duplicate };
  });

  const { spans, periods } = touched(planned);
  const { results, warnings } = availabilityFromOutages(db, periods, spans);
  const valid = planned.filter((p) => p.row.errors.length === 0);
  return {
    preview: {
      ...base,
      validCount: valid.length,
      errors: planned.flatMap((p) => p.row.errors),
      duplicates: valid.filter((p) => p.duplicate).length,
      sample: valid.slice(0, SAMPLE_SIZE).map((p) => ({
        row: p.row.rowNumber,
        serviceCode: p.service!.code,
        start: formatWallClock(p.span!.start),
        end: formatWallClock(p.span!.end),
        minutes: (p.span!.end - p.span!.start) / SECONDS_PER_MINUTE,
        notes: p.notes,
      })),
      results,
      warnings,
    },
    rows: planned,
  };
}

/** Keep the new outages and record the availability they give, in the caller's transaction. */
export function commitOutagesImport(
  db: Database.Database,
  actor: Actor,
  plan: OutagesImportPlan,
  mode: 'all-or-nothing' | 'valid-rows',
  now: string,
): OutageImportResult {
  return runSteps(outagesImportSteps(db, actor, plan, mode, now));
}

/** The writes of `commitOutagesImport`: the outages in one go (yielding their count), then the availability they give. */
export function* outagesImportSteps(
  db: Database.Database,
  actor: Actor,
  plan: OutagesImportPlan,
  mode: 'all-or-nothing' | 'valid-rows',
  now: string,
): ImportSteps<OutageImportResult> {
  assertImportable(plan.preview, mode);
  const fresh = plan.rows.filter((p) => p.row.errors.length === 0 && !p.duplicate);
  insertOutages(
    db,
    actor,
    fresh.map((p) => ({ serviceId: p.service!.id, span: p.span!, notes: p.notes })),
    `import of ${plan.preview.fileName}`,
    now,
  );
  yield fresh.length;
  // Computed again from what is now kept, so the result is exactly what a later recompute gives.
  const { results, warnings } = availabilityFromOutages(db, touched(fresh).periods);
  const counts = recordComputedAvailability(db, actor, results, now);
  return {
    outagesAdded: fresh.length,
    duplicates: plan.preview.duplicates,
    skipped: plan.rows.length - plan.preview.validCount,
    measurementsCreated: counts.created,
    measurementsUpdated: counts.updated,
    results,
    warnings,
    errors: plan.preview.errors,
  };
}
