import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { MeasurementGrid, SlaTarget, TargetInput } from '../../../shared/api/slas-api';
import { periodOf, periodRange } from '../../../shared/domain/sla-periods';
import type { ResultStatus } from '../../../shared/domain/sla-status';
import { measurementValueProblem, workloadProblem } from '../../../shared/domain/sla-targets';
import { recordAudit, type Actor } from '../audit-repository';
import { loadOwner, ownerTargets, type OwnerInfo, type TargetOwner } from './sla-rows';
import { buildTargetResults, statusOf } from './target-results';
import { replaceTargets } from './targets';

export type MeasurementSource = 'entered' | 'imported' | 'outages';

/** The owner named by an input with `slaId` or `contractId` (the schema makes sure it is one of them). */
export function ownerOf(input: { slaId?: number | undefined; contractId?: number | undefined }): TargetOwner {
  return input.slaId !== undefined ? { kind: 'sla', id: input.slaId } : { kind: 'contract', id: input.contractId! };
}

/** Months × targets of an owner, with results, status and error budgets. */
export function measurementGrid(db: Database.Database, owner: TargetOwner, from: string, to: string, today: string): MeasurementGrid {
  const info = loadOwner(db, owner, today);
  const periods = periodRange(from, to);
  return {
    owner: { kind: info.kind, id: info.id, code: info.code, title: info.title },
    periods,
    rows: buildTargetResults(db, info, ownerTargets(db, owner), periods),
  };
}

/** One measurement to write; a null value removes the month's result. */
export interface MeasurementWrite {
  target: SlaTarget;
  period: string;
  value: number | null;
  workload?: number | null | undefined;
  notes?: string | undefined;
}

interface StoredMeasurement {
  id: number;
  value: number;
  workload: number | null;
  notes: string;
}

/**
 * Write measurements that have been checked, auditing each change as entity "measurement"
 * (id "targetId/period"). Workload and notes left out keep what was recorded; unchanged cells
 * are not touched. Runs in the caller's transaction.
 */
export function writeMeasurements(
  db: Database.Database,
  actor: Actor,
  owner: OwnerInfo,
  writes: readonly MeasurementWrite[],
  source: MeasurementSource,
  now: string,
): { created: number; updated: number; deleted: number; unchanged: number } {
  const find = db.prepare('SELECT id, value, workload, notes FROM sla_measurements WHERE target_id = ? AND period = ?');
  const insert = db.prepare('INSERT INTO sla_measurements (target_id, period, value, workload, notes, source, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE sla_measurements SET value = ?, workload = ?, notes = ?, source = ?, updated_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM sla_measurements WHERE id = ?');
  const counts = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  for (const write of writes) {
    const existing = find.get(write.target.id, write.period) as StoredMeasurement | undefined;
    const entityId = `${write.target.id}/${write.period}`;
    const about = { [owner.kind === 'sla' ? 'sla' : 'contract']: owner.code ?? owner.title, target: write.target.label, period: write.period };
    if (write.value === null) {
      if (!existing) {
        counts.unchanged += 1;
        continue;
      }
      remove.run(existing.id);
      recordAudit(
        db,
        actor,
        { entity: 'measurement', entityId, action: 'delete', before: { ...about, value: existing.value, workload: existing.workload, notes: existing.notes } },
        now,
      );
      counts.deleted += 1;
      continue;
    }
    const next = {
      value: write.value,
      workload: write.workload !== undefined ? write.workload : (existing?.workload ?? null),
      notes: write.notes !== undefined ? write.notes : (existing?.notes ?? ''),
    };
    if (!existing) {
      insert.run(write.target.id, write.period, next.value, next.workload, next.notes, source, now);
      recordAudit(db, actor, { entity: 'measurement', entityId, action: 'create', after: { ...about, ...next, source } }, now);
      counts.created += 1;
    } else if (existing.value !== next.value || existing.workload !== next.workload || existing.notes !== next.notes) {
      update.run(next.value, next.workload, next.notes, source, now, existing.id);
      const before = { value: existing.value, workload: existing.workload, notes: existing.notes };
      recordAudit(db, actor, { entity: 'measurement', entityId, action: 'update', before: { ...about, ...before }, after: { ...about, ...next, source } }, now);
      counts.updated += 1;
    } else {
      counts.unchanged += 1;
    }
  }
  return counts;
}

export interface CellInput {
  targetId: number;
  period: string;
  value: number | null;
  workload?: number | null | undefined;
  notes?: string | undefined;
}

/**
 * Save grid cells: every cell is checked first (its target belongs to the owner, the month is
 * not in the future and appears once, the value and workload fit the target), and the first bad
 * one is reported at its path ("cells.3.value") with how many others are bad; then all are
 * written, or none.
 */
export function saveMeasurements(db: Database.Database, actor: Actor, owner: TargetOwner, cells: readonly CellInput[], today: string, now: string) {
  const info = loadOwner(db, owner, today);
  const targets = new Map(ownerTargets(db, owner).map((target) => [target.id, target]));
  const thisMonth = periodOf(today);
  const problems: Array<{ field: string; message: string }> = [];
  const seen = new Map<string, number>();
  const writes: MeasurementWrite[] = [];
  cells.forEach((cell, index) => {
    const target = targets.get(cell.targetId);
    const where = target ? ` (${target.label}, ${cell.period})` : '';
    const problem = (field: string, label: string, message: string) =>
      problems.push({ field: `cells.${index}.${field}`, message: `${label}: ${message}${where}.` });
    if (!target) {
      problem('targetId', 'Target', `there is no target with id ${cell.targetId} in ${info.kind === 'sla' ? `SLA ${info.code}` : `contract "${info.title}"`}`);
      return;
    }
    const key = `${cell.targetId}/${cell.period}`;
    if (seen.has(key)) problem('period', 'Period', `the same cell is also cell ${seen.get(key)! + 1}`);
    else seen.set(key, index);
    if (cell.period > thisMonth) problem('period', 'Period', 'is in the future');
    if (cell.value !== null) {
      const valueProblem = measurementValueProblem(target, cell.value);
      if (valueProblem) problem('value', 'Value', valueProblem);
    }
    if (cell.workload !== undefined && cell.workload !== null) {
      const workload = workloadProblem(cell.workload);
      if (workload) problem('workload', 'Workload', workload);
    }
    writes.push({ target, period: cell.period, value: cell.value, workload: cell.workload, notes: cell.notes?.trim() });
  });
  if (problems.length) {
    const first = problems[0]!;
    const others = problems.length - 1;
    throw new AppError(
      'invalid_input',
      `${first.message}${others ? ` ${others} more cell${others === 1 ? ' has a problem' : 's have problems'}; nothing was saved.` : ' Nothing was saved.'}`,
      first.field,
    );
  }
  const counts = writeMeasurements(db, actor, info, writes, 'entered', now);
  const statuses: Array<{ targetId: number; period: string; status: ResultStatus | null }> = writes.map((write) => ({
    targetId: write.target.id,
    period: write.period,
    status: write.value === null ? null : statusOf(write.target, write.value),
  }));
  return { ...counts, cells: statuses };
}

/** Replace a contract's targets; answers with its grid for the last twelve months. */
export function setContractTargets(
  db: Database.Database,
  actor: Actor,
  input: { contractId: number; targets: TargetInput[]; removeMeasuredTargets: boolean },
  periods: { from: string; to: string },
  today: string,
  now: string,
): MeasurementGrid {
  const owner: TargetOwner = { kind: 'contract', id: input.contractId };
  loadOwner(db, owner, today);
  replaceTargets(db, actor, owner, input.targets, { removeMeasured: input.removeMeasuredTargets, audit: true }, now);
  db.prepare('UPDATE contracts SET updated_at = ? WHERE id = ?').run(now, input.contractId);
  return measurementGrid(db, owner, periods.from, periods.to, today);
}
