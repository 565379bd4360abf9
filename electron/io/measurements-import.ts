import type Database from 'better-sqlite3';
import type { MeasurementImportPreview, MeasurementImportResult } from '../../shared/api/sla-io-api';
import type { SlaTarget } from '../../shared/api/slas-api';
import { parsePeriod, periodOf } from '../../shared/domain/sla-periods';
import { measurementValueProblem, workloadProblem } from '../../shared/domain/sla-targets';
import type { ColumnMapping } from '../../shared/import/column-mapping';
import { matchTarget, MEASUREMENT_IMPORT_FIELDS, parseDecimal, type MeasurementImportKey } from '../../shared/import/sla-import-fields';
import type { Actor } from '../repositories/audit-repository';
import { writeMeasurements, type MeasurementWrite } from '../repositories/slas/measurements';
import { ownerTargets, type OwnerInfo } from '../repositories/slas/sla-rows';
import { statusOf } from '../repositories/slas/target-results';
import { assertImportable, readMappedTable, type MappedRow } from './sla-import-table';

interface SlaRef {
  id: number;
  code: string;
  name: string;
  targets: SlaTarget[];
}

interface PlannedMeasurement {
  row: MappedRow<MeasurementImportKey>;
  sla: SlaRef | null;
  write: MeasurementWrite | null;
  replaces: number | null;
}

export interface MeasurementsImportPlan {
  preview: MeasurementImportPreview;
  rows: PlannedMeasurement[];
}

const SAMPLE_SIZE = 100;

/**
 * Read a file of period results and check every row without writing: the SLA exists, the target
 * is one of its targets (by label, or kind and priority), the month is real and not in the
 * future, the value fits the target, and no target and month appears twice.
 */
export async function planMeasurementsImport(
  db: Database.Database,
  input: { fileName: string; contentBase64: string; mapping?: ColumnMapping | undefined },
  today: string,
): Promise<MeasurementsImportPlan> {
  const { base, rows, addError } = await readMappedTable(input, MEASUREMENT_IMPORT_FIELDS);
  const slaByCode = new Map<string, SlaRef | null>();
  const findSla = db.prepare('SELECT id, code, name FROM slas WHERE code = ? COLLATE NOCASE');
  const slaOf = (code: string): SlaRef | null => {
    const key = code.toLowerCase();
    if (!slaByCode.has(key)) {
      const row = findSla.get(code) as Omit<SlaRef, 'targets'> | undefined;
      slaByCode.set(key, row ? { ...row, targets: ownerTargets(db, { kind: 'sla', id: row.id }) } : null);
    }
    return slaByCode.get(key)!;
  };
  const existing = db.prepare('SELECT value FROM sla_measurements WHERE target_id = ? AND period = ?').pluck();
  const firstRowOf = new Map<string, number>();
  const thisMonth = periodOf(today);

  const planned: PlannedMeasurement[] = rows.map((row) => {
    const text = (key: MeasurementImportKey) => row.cells[key] ?? '';
    const sla = text('sla') ? slaOf(text('sla')) : null;
    if (!text('sla')) addError(row, 'sla', 'is empty; give the SLA code, e.g. SLA-001');
    else if (!sla) addError(row, 'sla', `"${text('sla')}" is not an SLA in this workspace`);
    let target: SlaTarget | null = null;
    if (sla) {
      const match = matchTarget(text('target'), sla.targets, sla.code);
      if (match.ok) target = match.target;
      else addError(row, 'target', match.error);
    }
    const period = parsePeriod(text('period'));
    if (!period) addError(row, 'period', text('period') ? `"${text('period')}" is not a month (use 2026-03, Mar 2026 or a date in the month)` : 'is empty; give the month');
    else if (period > thisMonth) addError(row, 'period', `${period} is in the future`);
    const value = parseDecimal(text('value'));
    if (value === null) addError(row, 'value', text('value') ? `"${text('value')}" is not a number` : 'is empty; give the month’s figure');
    else if (target) {
      const problem = measurementValueProblem(target, value);
      if (problem) addError(row, 'value', `${problem} (target "${target.label}")`);
    }
    let workload: number | null | undefined;
    if (text('workload')) {
      workload = parseDecimal(text('workload'));
      if (workload === null) addError(row, 'workload', `"${text('workload')}" is not a number`);
      else {
        const problem = workloadProblem(workload);
        if (problem) addError(row, 'workload', problem);
      }
    }
    if (text('notes').length > 2000) addError(row, 'notes', 'must be at most 2,000 characters');
    if (target && period) {
      const key = `${target.id}/${period}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) addError(row, 'period', `${sla!.code} "${target.label}" ${period} is also on row ${first}`);
      else firstRowOf.set(key, row.rowNumber);
    }
    const ok = row.errors.length === 0 && sla && target && period && value !== null;
    return {
      row,
      sla,
      write: ok ? { target: target!, period: period!, value: value!, workload: workload ?? undefined, notes: text('notes') || undefined } : null,
      replaces: ok ? ((existing.get(target!.id, period!) as number | undefined) ?? null) : null,
    };
  });

  const valid = planned.filter((p) => p.write !== null);
  return {
    preview: {
      ...base,
      validCount: valid.length,
      errors: planned.flatMap((p) => p.row.errors),
      replaceCount: valid.filter((p) => p.replaces !== null).length,
      sample: valid.slice(0, SAMPLE_SIZE).map((p) => ({
        row: p.row.rowNumber,
        slaCode: p.sla!.code,
        targetLabel: p.write!.target.label,
        period: p.write!.period,
        value: p.write!.value!,
        workload: p.write!.workload ?? null,
        notes: p.write!.notes ?? '',
        status: statusOf(p.write!.target, p.write!.value!),
        replaces: p.replaces,
      })),
    },
    rows: planned,
  };
}

/** Record a checked plan in the caller's transaction; each result is audited as a measurement. */
export function commitMeasurementsImport(
  db: Database.Database,
  actor: Actor,
  plan: MeasurementsImportPlan,
  mode: 'all-or-nothing' | 'valid-rows',
  now = new Date().toISOString(),
): MeasurementImportResult {
  assertImportable(plan.preview, mode);
  const bySla = new Map<number, { sla: SlaRef; writes: MeasurementWrite[] }>();
  for (const planned of plan.rows) {
    if (!planned.write) continue;
    const entry = bySla.get(planned.sla!.id) ?? { sla: planned.sla!, writes: [] };
    entry.writes.push(planned.write);
    bySla.set(planned.sla!.id, entry);
  }
  const totals = { created: 0, updated: 0, unchanged: 0 };
  for (const { sla, writes } of bySla.values()) {
    const owner: OwnerInfo = { kind: 'sla', id: sla.id, code: sla.code, title: sla.name, hours: { mode: '24x7' }, validFrom: null, validTo: null };
    const counts = writeMeasurements(db, actor, owner, writes, 'imported', now);
    totals.created += counts.created;
    totals.updated += counts.updated;
    totals.unchanged += counts.unchanged;
  }
  return { ...totals, skipped: plan.rows.length - plan.preview.validCount, errors: plan.preview.errors };
}
