import type { ImportField } from './column-mapping';
import { PRIORITIES, TARGET_KINDS, type Priority, type TargetKind } from '../domain/sla-targets';

/** Fields of a period-results file. */
export type MeasurementImportKey = 'sla' | 'target' | 'period' | 'value' | 'workload' | 'notes' | 'within' | 'total';
/** Fields of an outage log. */
export type OutageImportKey = 'service' | 'start' | 'end' | 'notes';

/** Columns of a file of period results (one row per SLA target and month). */
export const MEASUREMENT_IMPORT_FIELDS: readonly ImportField<MeasurementImportKey>[] = [
  {
    key: 'sla',
    label: 'SLA or contract',
    required: true,
    synonyms: ['sla code', 'sla id', 'sla ref', 'agreement', 'agreement code', 'contract', 'ola', 'underpinning contract', 'sla or contract'],
    hint: 'the SLA code (SLA-001), or the title of an underpinning contract or OLA',
  },
  {
    key: 'target',
    label: 'Target',
    required: true,
    synonyms: ['measure', 'metric', 'kpi', 'target name', 'target label', 'measurement'],
    hint: 'the target’s label, or its kind and priority: "availability", "response P1"',
  },
  {
    key: 'period',
    label: 'Period',
    required: true,
    synonyms: ['month', 'reporting period', 'reporting month', 'date'],
    hint: '2026-03, Mar 2026 or any date in the month',
  },
  // Not required on its own: response and resolution rows may give ticket counts instead (checked with the mapping).
  {
    key: 'value',
    label: 'Value',
    required: false,
    synonyms: ['actual', 'result', 'achieved', 'score', 'measured', 'attainment'],
    hint: 'the month’s figure: 99.95, 4.3, 380 (or give Within time and Total tickets)',
  },
  {
    key: 'workload',
    label: 'Workload',
    required: false,
    synonyms: ['volume', 'tickets', 'count', 'number of tickets', 'responses'],
    hint: 'the volume behind the figure, e.g. tickets',
  },
  { key: 'notes', label: 'Notes', required: false, synonyms: ['note', 'comment', 'comments', 'remarks', 'explanation'], hint: 'what happened' },
  {
    key: 'within',
    label: 'Within time',
    required: false,
    synonyms: [
      'in time',
      'on time',
      'within',
      'within target',
      'within sla',
      'tickets within',
      'tickets within time',
      'tickets in time',
      'tickets on time',
      'within time limit',
    ],
    hint: 'response and resolution: tickets handled within the time limit, e.g. 19',
  },
  {
    key: 'total',
    label: 'Total tickets',
    required: false,
    synonyms: ['total', 'all tickets', 'tickets total', 'total count', 'tickets in all'],
    hint: 'response and resolution: all tickets of the month, e.g. 20 (19 of 20 is 95 %)',
  },
];

/**
 * The mapping rule the required flags cannot say: a value column, or both ticket-count columns
 * (response and resolution figures computed from them), or both.
 */
export function measurementMappingProblems(mapping: Readonly<Record<string, string | null | undefined>>): string[] {
  const within = Boolean(mapping.within);
  const total = Boolean(mapping.total);
  if (within !== total) return [`Choose the column for ${within ? 'Total tickets' : 'Within time'} too: ticket counts need both.`];
  if (!mapping.value && !within) return ['Choose the column for Value, or the columns for Within time and Total tickets.'];
  return [];
}

/** Columns of an outage log (one row per outage of a service). */
export const OUTAGE_IMPORT_FIELDS: readonly ImportField<OutageImportKey>[] = [
  {
    key: 'service',
    label: 'Service',
    required: true,
    synonyms: ['service code', 'code', 'service id', 'service name', 'system', 'ci'],
    hint: 'the service code (SVC-001) or its exact name',
  },
  {
    key: 'start',
    label: 'Start',
    required: true,
    synonyms: ['from', 'started', 'start time', 'outage start', 'down from', 'begin', 'start date'],
    hint: '2026-01-31 23:00 (local wall-clock time, no zone)',
  },
  {
    key: 'end',
    label: 'End',
    required: true,
    synonyms: ['to', 'ended', 'end time', 'outage end', 'restored', 'resolved', 'end date', 'up at'],
    hint: '2026-02-01 02:00',
  },
  {
    key: 'notes',
    label: 'Notes',
    required: false,
    synonyms: ['description', 'summary', 'comment', 'incident', 'reference', 'cause'],
    hint: 'incident number, cause',
  },
];

/**
 * Read a number as spreadsheets write it: "99.95", "99,95" (decimal comma), "1,234" or
 * "1 234" (thousands), "99.9 %". Returns null when it is not a number.
 */
export function parseDecimal(text: string): number | null {
  let value = text
    .trim()
    .replace(/\s*%$/, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (!value) return null;
  if (value.includes(',') && value.includes('.')) value = value.replace(/,/g, '');
  else if (/^-?\d{1,3}(,\d{3})+$/.test(value)) value = value.replace(/,/g, '');
  else value = value.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** A target as the matcher sees it. */
export interface MatchableTarget {
  id: number;
  kind: TargetKind;
  label: string;
  priority: Priority | null;
}

/** The target a cell names, or why it names none (or several). */
export type TargetMatch<T> = { ok: true; target: T } | { ok: false; error: string };

/**
 * Find the target a cell names: its label (ignoring case and surrounding spaces) first, else a
 * kind with an optional priority in any order ("availability", "response P1", "P2 resolution").
 * When that fits more than one target the label is asked for.
 */
export function matchTarget<T extends MatchableTarget>(text: string, targets: readonly T[], ownerName: string): TargetMatch<T> {
  const wanted = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!wanted) return { ok: false, error: 'is empty; give the target’s label or its kind' };
  const byLabel = targets.filter((target) => target.label.trim().toLowerCase().replace(/\s+/g, ' ') === wanted);
  if (byLabel.length === 1) return { ok: true, target: byLabel[0]! };
  const words = wanted.split(/[\s,/-]+/);
  const kind = TARGET_KINDS.find((candidate) => words.includes(candidate));
  const priority = PRIORITIES.find((candidate) => words.includes(candidate.toLowerCase()));
  const labels = targets.map((target) => `"${target.label}"`);
  const known = labels.length ? `its targets are ${labels.slice(0, 6).join(', ')}${labels.length > 6 ? ', …' : ''}` : 'it has no targets yet';
  if (!kind) return { ok: false, error: `"${text.trim()}" is not a target of ${ownerName}; ${known}` };
  const byKind = targets.filter((target) => target.kind === kind && (priority === undefined || target.priority === priority));
  if (byKind.length === 1) return { ok: true, target: byKind[0]! };
  if (byKind.length === 0) return { ok: false, error: `${ownerName} has no ${priority ? `${priority} ` : ''}${kind} target; ${known}` };
  return {
    ok: false,
    error: `"${text.trim()}" fits ${byKind.length} targets of ${ownerName} (${byKind.map((t) => `"${t.label}"`).join(', ')}); use the label`,
  };
}
