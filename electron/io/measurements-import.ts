import type Database from 'better-sqlite3';
import type { ProgressReporter } from './import-progress';
import { runSteps, type ImportSteps } from './write-in-slices';
import type { MeasurementImportPreview, MeasurementImportResult } from '../../shared/api/sla-io-api';
import type { SlaTarget } from '../../shared/api/slas-api';
import { parsePeriod, periodOf } from '../../shared/domain/sla-periods';
import { measurementValueProblem, workloadProblem } from '../../shared/domain/sla-targets';
import { resultFromTicketCounts, takesTicketCounts, ticketCountsProblem } from '../../shared/domain/ticket-counts';
import type { ColumnMapping } from '../../shared/import/column-mapping';
import {
  matchTarget,
  MEASUREMENT_IMPORT_FIELDS,
  measurementMappingProblems,
  parseDecimal,
  type MeasurementImportKey,
} from '../../shared/import/sla-import-fields';
import type { Actor } from '../repositories/audit-repository';
import { writeMeasurements, type MeasurementWrite } from '../repositories/slas/measurements';
import { ownerTargets, type OwnerInfo } from '../repositories/slas/sla-rows';
import { statusOf } from '../repositories/slas/target-results';
import { assertImportable, readMappedTable, type MappedRow } from './sla-import-table';

/** Whose results a row gives: an SLA (by code) or an underpinning contract or OLA (by title). */
interface SlaRef {
  kind: 'sla' | 'contract';
  id: number;
  /** The SLA code, or the contract's title. */
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

type Cells = (key: MeasurementImportKey) => string;

/**
 * The figure of a row from its ticket counts, when it gives any: both counts, whole and
 * consistent, for a response or resolution target, agreeing with a value given beside them.
 * Returns undefined when the row has no counts (its value column is then what counts), null
 * when the counts have a problem (already recorded on the row).
 */
function figureFromCounts(
  text: Cells,
  target: SlaTarget | null,
  problem: (field: MeasurementImportKey, message: string) => void,
): { value: number; workload: number } | null | undefined {
  if (!text('within') && !text('total')) return undefined;
  const counts: Partial<Record<'within' | 'total', number>> = {};
  for (const field of ['within', 'total'] as const) {
    const number = parseDecimal(text(field));
    if (!text(field)) problem(field, `is empty; give both Within time and Total tickets, or neither`);
    else if (number === null) problem(field, `"${text(field)}" is not a number of tickets`);
    else counts[field] = number;
  }
  if (counts.within === undefined || counts.total === undefined) return null;
  const wrong = ticketCountsProblem(counts.within, counts.total);
  if (wrong) {
    problem(wrong.field, wrong.message);
    return null;
  }
  if (!target) return null;
  if (!takesTicketCounts(target.kind)) {
    problem('within', `ticket counts are for response and resolution targets; give the value of "${target.label}" instead`);
    return null;
  }
  const result = resultFromTicketCounts(counts.within, counts.total);
  const given = parseDecimal(text('value'));
  if (given !== null && Math.abs(given - result.value) >= 0.01) {
    problem('value', `is ${given}, but ${counts.within} of ${counts.total} tickets within the time is ${result.value}; leave one out or make them agree`);
    return null;
  }
  const workload = parseDecimal(text('workload'));
  if (workload !== null && workload !== counts.total) {
    problem('workload', `is ${workload}, but Total tickets is ${counts.total}; leave one out or make them agree`);
    return null;
  }
  return result;
}

/**
 * Read a file of period results and check every row without writing: the SLA exists, the target
 * is one of its targets (by label, or kind and priority), the month is real and not in the
 * future, the value fits the target, and no target and month appears twice.
 */
export async function planMeasurementsImport(
  db: Database.Database,
  input: { fileName: string; contentBase64: string; mapping?: ColumnMapping | undefined },
  today: string,
  report?: ProgressReporter,
): Promise<MeasurementsImportPlan> {
  const { base, rows, addError } = await readMappedTable(input, MEASUREMENT_IMPORT_FIELDS, measurementMappingProblems, report);
  const slaByCode = new Map<string, SlaRef | null>();
  const findSla = db.prepare('SELECT id, code, name FROM slas WHERE code = ? COLLATE NOCASE');
  const findContracts = db.prepare('SELECT id, title FROM contracts WHERE title = ? COLLATE NOCASE LIMIT 2');
  const slaOf = (code: string): SlaRef | null => {
    const key = code.toLowerCase();
    if (!slaByCode.has(key)) {
      const row = findSla.get(code) as { id: number; code: string; name: string } | undefined;
      // Not an SLA code: a contract's or OLA's title, when exactly one contract has it.
      const contracts = row ? [] : (findContracts.all(code) as Array<{ id: number; title: string }>);
      const contract = contracts.length === 1 ? contracts[0]! : null;
      slaByCode.set(
        key,
        row
          ? { kind: 'sla', ...row, targets: ownerTargets(db, { kind: 'sla', id: row.id }) }
          : contract
            ? {
                kind: 'contract',
                id: contract.id,
                code: contract.title,
                name: contract.title,
                targets: ownerTargets(db, { kind: 'contract', id: contract.id }),
              }
            : null,
      );
    }
    return slaByCode.get(key)!;
  };
  const existing = db.prepare('SELECT value FROM sla_measurements WHERE target_id = ? AND period = ?').pluck();
  const firstRowOf = new Map<string, number>();
  const thisMonth = periodOf(today);

  const planned: PlannedMeasurement[] = rows.map((row) => {
    // A line that could not be read carries its one problem and nothing else to check.
    if (row.errors.length) return { row, sla: null, write: null, replaces: null };
    const text = (key: MeasurementImportKey) => row.cells[key] ?? '';
    const sla = text('sla') ? slaOf(text('sla')) : null;
    if (!text('sla')) addError(row, 'sla', 'is empty; give the SLA code, e.g. SLA-001, or a contract’s title');
    else if (!sla) addError(row, 'sla', `"${text('sla')}" is neither an SLA code nor the title of one contract or OLA in this workspace`);
    let target: SlaTarget | null = null;
    if (sla) {
      const match = matchTarget(text('target'), sla.targets, sla.code);
      if (match.ok) target = match.target;
      else addError(row, 'target', match.error);
    }
    const period = parsePeriod(text('period'));
    if (!period)
      addError(
        row,
        'period',
        text('period') ? `"${text('period')}" is not a month (use 2026-03, Mar 2026 or a date in the month)` : 'is empty; give the month',
      );
    else if (period > thisMonth) addError(row, 'period', `${period} is in the future`);
    const fromCounts = figureFromCounts(text, target, (field, message) => addError(row, field, message));
    let value: number | null = fromCounts ? fromCounts.value : null;
    let workload: number | null | undefined = fromCounts ? fromCounts.workload : undefined;
    if (fromCounts === undefined) {
      value = parseDecimal(text('value'));
      if (value === null) {
        addError(
          row,
          'value',
          text('value') ? `"${text('value')}" is not a number` : 'is empty; give the month’s figure (or, for response and resolution, the ticket counts)',
        );
      } else if (target) {
        const problem = measurementValueProblem(target, value);
        if (problem) addError(row, 'value', `${problem} (target "${target.label}")`);
      }
      if (text('workload')) {
        workload = parseDecimal(text('workload'));
        if (workload === null) addError(row, 'workload', `"${text('workload')}" is not a number`);
        else {
          const problem = workloadProblem(workload);
          if (problem) addError(row, 'workload', problem);
        }
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
  now: string,
): MeasurementImportResult {
  return runSteps(measurementsImportSteps(db, actor, plan, mode, now));
}

/** The writes of `commitMeasurementsImport`, yielding the results written so far after each SLA's (for progress). */
export function* measurementsImportSteps(
  db: Database.Database,
  actor: Actor,
  plan: MeasurementsImportPlan,
  mode: 'all-or-nothing' | 'valid-rows',
  now: string,
): ImportSteps<MeasurementImportResult> {
  assertImportable(plan.preview, mode);
  const bySla = new Map<string, { sla: SlaRef; writes: MeasurementWrite[] }>();
  for (const planned of plan.rows) {
    if (!planned.write) continue;
    const key = `${planned.sla!.kind}/${planned.sla!.id}`;
    const entry = bySla.get(key) ?? { sla: planned.sla!, writes: [] };
    entry.writes.push(planned.write);
    bySla.set(key, entry);
  }
  const totals = { created: 0, updated: 0, unchanged: 0 };
  let written = 0;
  for (const { sla, writes } of bySla.values()) {
    const owner: OwnerInfo = {
      kind: sla.kind,
      id: sla.id,
      code: sla.kind === 'sla' ? sla.code : null,
      title: sla.name,
      hours: { mode: '24x7' },
      validFrom: null,
      validTo: null,
    };
    const counts = writeMeasurements(db, actor, owner, writes, 'imported', now);
    totals.created += counts.created;
    totals.updated += counts.updated;
    totals.unchanged += counts.unchanged;
    written += writes.length;
    yield written;
  }
  return { ...totals, skipped: plan.rows.length - plan.preview.validCount, errors: plan.preview.errors };
}
