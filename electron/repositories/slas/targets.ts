import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { targetDefinitionOf, type SlaTarget, type TargetInput } from '../../../shared/api/slas-api';
import { measurementValueProblem } from '../../../shared/domain/sla-targets';
import { recordAudit, type Actor } from '../audit-repository';
import { ownerTargets, type TargetOwner } from './sla-rows';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The part of a target the audit trail keeps. */
function auditTarget(target: SlaTarget) {
  const { measurementCount: _count, sortOrder: _order, ...fields } = target;
  return fields;
}

/**
 * Replace an owner's targets with a list in one go: a target with an id is kept (with its
 * results) and updated, one without is added, and one missing from the list is removed.
 * Refused, naming the target: an id of another owner, two targets with the same label (imports
 * name targets by label), a measured target changing kind or unit so its results no longer fit,
 * and removing a measured target unless `removeMeasured` confirms that its results go too.
 */
export function replaceTargets(
  db: Database.Database,
  actor: Actor,
  owner: TargetOwner,
  inputs: readonly TargetInput[],
  options: { removeMeasured: boolean; audit: boolean },
  now: string,
): { before: SlaTarget[]; after: SlaTarget[] } {
  const before = ownerTargets(db, owner);
  const byId = new Map(before.map((target) => [target.id, target]));
  const definitions = inputs.map((input) => targetDefinitionOf(input));
  const seenIds = new Map<number, number>();
  const seenLabels = new Map<string, number>();
  inputs.forEach((input, index) => {
    if (input.id !== undefined) {
      if (!byId.has(input.id))
        throw new AppError(
          'not_found',
          `Target: there is no target with id ${input.id} in this ${owner.kind === 'sla' ? 'SLA' : 'contract'}.`,
          `targets.${index}.id`,
        );
      if (seenIds.has(input.id))
        throw new AppError(
          'invalid_input',
          `Target: the target with id ${input.id} is listed twice (also at ${seenIds.get(input.id)! + 1}).`,
          `targets.${index}.id`,
        );
      seenIds.set(input.id, index);
    }
    const label = definitions[index]!.label;
    const other = seenLabels.get(label.toLowerCase());
    if (other !== undefined) {
      throw new AppError(
        'invalid_input',
        `Label: "${label}" is also the label of target ${other + 1}; each target needs its own label so results can be imported by it.`,
        `targets.${index}.label`,
      );
    }
    seenLabels.set(label.toLowerCase(), index);
  });

  const valuesOf = db.prepare('SELECT period, value FROM sla_measurements WHERE target_id = ? ORDER BY period');
  inputs.forEach((input, index) => {
    const existing = input.id === undefined ? undefined : byId.get(input.id);
    if (!existing || existing.measurementCount === 0) return;
    const definition = definitions[index]!;
    if (definition.kind !== existing.kind) {
      throw new AppError(
        'conflict',
        `Kind: "${existing.label}" has ${plural(existing.measurementCount, 'recorded month')} as ${existing.kind}; add a new target for another kind of measure instead.`,
        `targets.${index}.kind`,
      );
    }
    for (const row of valuesOf.all(existing.id) as Array<{ period: string; value: number }>) {
      const problem = measurementValueProblem(definition, row.value);
      if (problem) {
        throw new AppError(
          'conflict',
          `Unit: the result recorded for ${row.period} no longer fits "${definition.label}": ${problem}.`,
          `targets.${index}.unit`,
        );
      }
    }
  });

  const removed = before.filter((target) => !seenIds.has(target.id));
  const measured = removed.filter((target) => target.measurementCount > 0);
  if (measured.length && !options.removeMeasured) {
    const names = measured.map((t) => `"${t.label}" (${plural(t.measurementCount, 'recorded month')})`).join(', ');
    throw new AppError(
      'conflict',
      `Targets: removing ${names} would delete ${measured.length === 1 ? 'its' : 'their'} results. Keep ${measured.length === 1 ? 'it' : 'them'}, or confirm removing the results too.`,
      'targets',
    );
  }

  const ownerColumn = owner.kind === 'sla' ? 'sla_id' : 'contract_id';
  const remove = db.prepare('DELETE FROM sla_targets WHERE id = ?');
  const update = db.prepare(
    `UPDATE sla_targets SET kind = @kind, label = @label, priority = @priority, time_limit_minutes = @timeLimitMinutes, unit = @unit,
            direction = @direction, target = @target, warning = @warning, sort_order = @sortOrder WHERE id = @id`,
  );
  const insert = db.prepare(
    `INSERT INTO sla_targets (${ownerColumn}, kind, label, priority, time_limit_minutes, unit, direction, target, warning, sort_order)
     VALUES (@owner, @kind, @label, @priority, @timeLimitMinutes, @unit, @direction, @target, @warning, @sortOrder)`,
  );
  for (const target of removed) remove.run(target.id);
  inputs.forEach((input, index) => {
    const values = { ...definitions[index]!, sortOrder: index };
    if (input.id !== undefined) update.run({ ...values, id: input.id });
    else insert.run({ ...values, owner: owner.id });
  });
  const after = ownerTargets(db, owner);
  if (options.audit) {
    recordAudit(
      db,
      actor,
      { entity: owner.kind, entityId: owner.id, action: 'update', before: { targets: before.map(auditTarget) }, after: { targets: after.map(auditTarget) } },
      now,
    );
  }
  return { before, after };
}

export { auditTarget };
