/**
 * A target as the editor holds it (numbers may be empty while being typed, a time limit in
 * minutes or hours), and its translation to and from the API's target input.
 */
import type { MethodInput } from '../../../../../shared/api/contract';
import type { SlaTarget } from '../../../../../shared/api/slas-api';
import type { Direction } from '../../../../../shared/domain/sla-status';
import { defaultTargetLabel, isPercentKind, type Priority, type TargetKind } from '../../../../../shared/domain/sla-targets';

export type TimeUnit = 'min' | 'h';

/** A target as sent to the API (create or setTargets). */
export type TargetInput = MethodInput<'slas.setTargets'>['targets'][number];

export interface TargetRow {
  /** Stable React key, also for rows not saved yet. */
  key: string;
  /** The saved target this row edits; absent for a new one. */
  id?: number;
  kind: TargetKind;
  label: string;
  priority: Priority | null;
  /** Numbers as the inputs hold them: a number, or text while being typed ('' when empty). */
  timeLimit: number | string;
  timeUnit: TimeUnit;
  unit: string;
  direction: Direction;
  target: number | string;
  warning: number | string;
  /** Months recorded against the saved target (0 for a new row). */
  measurementCount: number;
}

export const KIND_LABEL: Record<TargetKind, string> = {
  availability: 'Availability',
  response: 'Response time',
  resolution: 'Resolution time',
  custom: 'Custom measure',
  workload: 'Workload limit',
};

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `new-${nextKey}`;
}

/** A new row of a kind, with the levels most SLAs start from. */
export function newTargetRow(kind: TargetKind): TargetRow {
  const base = {
    key: newKey(),
    kind,
    label: '',
    priority: null,
    timeLimit: '' as const,
    timeUnit: 'h' as const,
    unit: '',
    direction: 'higher' as const,
    warning: '' as const,
    measurementCount: 0,
  };
  switch (kind) {
    case 'availability':
      return { ...base, unit: '%', target: 99.9 };
    case 'response':
      return { ...base, unit: '%', priority: 'P1', timeLimit: 15, timeUnit: 'min', target: 95 };
    case 'resolution':
      return { ...base, unit: '%', priority: 'P1', timeLimit: 4, target: 95 };
    case 'workload':
      return { ...base, unit: 'tickets', direction: 'lower', target: '' };
    default:
      return { ...base, target: '' };
  }
}

/** A saved target as an editor row; a time limit in whole hours reads in hours. */
export function targetRowOf(target: SlaTarget): TargetRow {
  const minutes = target.timeLimitMinutes;
  const inHours = minutes !== null && minutes >= 60 && minutes % 60 === 0;
  return {
    key: `target-${target.id}`,
    id: target.id,
    kind: target.kind,
    // A default label stays a default, so it follows a change of priority or time limit.
    label: target.label === defaultTargetLabel(target) ? '' : target.label,
    priority: target.priority,
    timeLimit: minutes === null ? '' : inHours ? minutes / 60 : minutes,
    timeUnit: minutes === null || inHours ? 'h' : 'min',
    unit: target.unit,
    direction: target.direction,
    target: target.target,
    warning: target.warning ?? '',
    measurementCount: target.measurementCount,
  };
}

/** A number input's value as a number: null when empty, NaN when it is not a number. */
export function numberOf(value: number | string): number | null {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? null : Number(value);
}

export function timeLimitMinutesOf(row: Pick<TargetRow, 'timeLimit' | 'timeUnit'>): number | null {
  const limit = numberOf(row.timeLimit);
  if (limit === null) return null;
  return Math.round(limit * (row.timeUnit === 'h' ? 60 : 1));
}

function usesTime(kind: TargetKind): boolean {
  return kind === 'response' || kind === 'resolution';
}

/**
 * The API's input for a row: only the settings the kind has, so a row switched from custom to
 * availability does not carry a stale unit. An empty number becomes NaN for the schema to refuse
 * (the form says "is required" before that happens).
 */
export function toTargetInput(row: TargetRow): TargetInput {
  const input: TargetInput = {
    kind: row.kind,
    label: row.label.trim() || null,
    target: numberOf(row.target) ?? Number.NaN,
    warning: numberOf(row.warning),
  };
  if (row.id !== undefined) input.id = row.id;
  if (usesTime(row.kind)) {
    input.priority = row.priority;
    input.timeLimitMinutes = timeLimitMinutesOf(row);
  }
  if (!isPercentKind(row.kind)) input.unit = row.unit.trim() || null;
  if (row.kind === 'custom') input.direction = row.direction;
  if (row.kind === 'workload') input.direction = 'lower';
  return input;
}

/** The label the API will store when the row's own is left empty. */
export function placeholderLabel(row: TargetRow): string {
  return defaultTargetLabel({
    kind: row.kind,
    priority: usesTime(row.kind) ? row.priority : null,
    timeLimitMinutes: usesTime(row.kind) ? timeLimitMinutesOf(row) : null,
    unit: row.unit.trim() || (row.kind === 'workload' ? 'tickets' : ''),
  });
}

/** What a saved target is judged by; a change to any of it re-judges the months already recorded. */
function judgedBy(input: TargetInput): string {
  return JSON.stringify([
    input.kind,
    input.priority ?? null,
    input.timeLimitMinutes ?? null,
    input.unit ?? null,
    input.direction ?? null,
    input.target,
    input.warning ?? null,
  ]);
}

/** Saved targets with results that the edited rows remove or re-define, for the confirmation. */
export function measuredChanges(saved: readonly SlaTarget[], rows: readonly TargetRow[]): { removed: SlaTarget[]; changed: SlaTarget[] } {
  const byId = new Map(rows.filter((row) => row.id !== undefined).map((row) => [row.id!, row]));
  const measured = saved.filter((target) => target.measurementCount > 0);
  const removed = measured.filter((target) => !byId.has(target.id));
  const changed = measured.filter((target) => {
    const row = byId.get(target.id);
    return row !== undefined && judgedBy(toTargetInput(row)) !== judgedBy(toTargetInput(targetRowOf(target)));
  });
  return { removed, changed };
}
