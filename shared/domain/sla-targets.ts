/**
 * What an SLA (or contract/OLA) target is, and the rules a target and a measured value must
 * follow. Shared by the API schemas, the measurement grid and the importers, so the editor,
 * a paste and a CSV get the same messages.
 */
import type { Direction } from './sla-status';
import { warningProblem } from './sla-status';

/** What a target measures: availability %, response or resolution % in time, a custom measure, a workload limit. */
export const TARGET_KINDS = ['availability', 'response', 'resolution', 'custom', 'workload'] as const;
/** One of TARGET_KINDS. */
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Ticket priorities response and resolution targets are set for. */
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
/** One of PRIORITIES. */
export type Priority = (typeof PRIORITIES)[number];

/** A target as agreed: what is measured, how, and the levels. */
export interface TargetDefinition {
  kind: TargetKind;
  label: string;
  /** Response and resolution targets: the ticket priority. */
  priority: Priority | null;
  /** Response and resolution targets: the time within which tickets count as on time. */
  timeLimitMinutes: number | null;
  /** '%' for availability, response and resolution; e.g. '/5', 'tickets' otherwise. */
  unit: string;
  direction: Direction;
  target: number;
  warning: number | null;
}

/** One thing wrong with a target definition, at its field. */
export interface TargetProblem {
  field: 'kind' | 'label' | 'priority' | 'timeLimitMinutes' | 'unit' | 'direction' | 'target' | 'warning';
  message: string;
}

/** True for kinds measured as a percentage where higher is better. */
export function isPercentKind(kind: TargetKind): boolean {
  return kind === 'availability' || kind === 'response' || kind === 'resolution';
}

/** The upper bound a unit implies: 100 for '%', 5 for '/5'; null when unbounded. */
export function unitMaximum(unit: string): number | null {
  if (unit.trim() === '%') return 100;
  const match = /^\/\s*(\d+(?:\.\d+)?)$/.exec(unit.trim());
  return match ? Number(match[1]) : null;
}

/** "15 min", "4 h", "1 h 30 min": a time limit as people write it. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** The label used when none is given: "Availability", "P1 responded to within 15 min", "Workload limit (tickets)". */
export function defaultTargetLabel(target: Pick<TargetDefinition, 'kind' | 'priority' | 'timeLimitMinutes' | 'unit'>): string {
  const limit = target.timeLimitMinutes ? formatMinutes(target.timeLimitMinutes) : '…';
  switch (target.kind) {
    case 'availability':
      return 'Availability';
    case 'response':
      return `${target.priority ?? 'Tickets'} responded to within ${limit}`;
    case 'resolution':
      return `${target.priority ?? 'Tickets'} resolved within ${limit}`;
    case 'workload':
      return `Workload limit (${target.unit || 'tickets'})`;
    default:
      return 'Custom measure';
  }
}

/**
 * The kind's fixed settings applied: availability, response and resolution are percentages where
 * higher is better; a workload limit is a maximum (lower is better) counted in tickets unless
 * said otherwise; a missing label gets the default one.
 */
export function normaliseTarget<T extends Partial<TargetDefinition> & { kind: TargetKind; target: number }>(input: T): TargetDefinition {
  const percent = isPercentKind(input.kind);
  const unit = percent ? '%' : (input.unit ?? '').trim() || (input.kind === 'workload' ? 'tickets' : '');
  const base = {
    kind: input.kind,
    priority: input.kind === 'response' || input.kind === 'resolution' ? (input.priority ?? null) : null,
    timeLimitMinutes: input.kind === 'response' || input.kind === 'resolution' ? (input.timeLimitMinutes ?? null) : null,
    unit,
  };
  return {
    ...base,
    label: input.label?.trim() || defaultTargetLabel(base),
    direction: percent ? 'higher' : input.kind === 'workload' ? (input.direction ?? 'lower') : (input.direction ?? 'higher'),
    target: input.target,
    warning: input.warning ?? null,
  };
}

/**
 * Everything wrong with a target definition (after `normaliseTarget`): percentages from 0 to
 * 100, a priority and a time limit for response and resolution, a unit and a direction for
 * custom measures, a workload limit that is a maximum, and the warning on the right side.
 */
export function targetProblems(target: TargetDefinition): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const percent = isPercentKind(target.kind);
  if ((target.kind === 'response' || target.kind === 'resolution') && target.priority === null) {
    problems.push({ field: 'priority', message: `is required for a ${target.kind} target (P1 to P4)` });
  }
  if ((target.kind === 'response' || target.kind === 'resolution') && target.timeLimitMinutes === null) {
    problems.push({ field: 'timeLimitMinutes', message: `is required for a ${target.kind} target (the time within which a ticket counts as on time)` });
  }
  if (!target.unit) problems.push({ field: 'unit', message: 'is required for a custom measure (e.g. %, /5, tickets)' });
  if (target.kind === 'workload' && target.direction !== 'lower') {
    problems.push({ field: 'direction', message: 'must be lower: a workload limit is a maximum' });
  }
  const maximum = unitMaximum(target.unit);
  const bounded = (field: 'target' | 'warning', value: number) => {
    if (!Number.isFinite(value)) problems.push({ field, message: 'must be a number' });
    else if (maximum !== null && (value < 0 || value > maximum)) {
      problems.push({ field, message: percent || target.unit === '%' ? 'must be a percentage from 0 to 100' : `must be from 0 to ${maximum}` });
    } else if (target.kind === 'workload' && value < 0) problems.push({ field, message: 'cannot be negative' });
  };
  bounded('target', target.target);
  if (target.warning !== null) {
    const before = problems.length;
    bounded('warning', target.warning);
    if (problems.length === before) {
      const side = warningProblem(target);
      if (side) problems.push({ field: 'warning', message: side });
    }
  }
  return problems;
}

/**
 * Why a measured value cannot be recorded for a target, or null: percentages from 0 to 100,
 * scores within their scale ("/5": 0 to 5), workload counts not negative, always a finite number.
 */
export function measurementValueProblem(target: Pick<TargetDefinition, 'kind' | 'unit'>, value: number): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
  const maximum = unitMaximum(target.unit);
  if (maximum !== null && (value < 0 || value > maximum)) {
    return target.unit.trim() === '%' ? `${value} is not a percentage from 0 to 100` : `${value} is not from 0 to ${maximum}`;
  }
  if (target.kind === 'workload' && value < 0) return 'cannot be negative';
  return null;
}

/** Why a workload figure (tickets, surveys behind a result) cannot be recorded, or null. */
export function workloadProblem(workload: number): string | null {
  if (typeof workload !== 'number' || !Number.isFinite(workload)) return 'must be a number';
  if (workload < 0) return 'cannot be negative';
  return null;
}
