import type { AuditFieldChange, AuditFilter, ReadableAuditEntry } from '../../../../shared/api/audit-api';
import { AUDIT_FILTER_KINDS } from '../../../../shared/audit/audit-fields';
import { formatDate } from '../../lib/format';

/** A value as the reader reads it: dates in the locale's format, "—" for nothing. */
export function changeValue(change: AuditFieldChange, side: 'before' | 'after'): string {
  const value = change[side];
  if (value === null) return '—';
  return change.type === 'date' ? formatDate(value) : value;
}

/** "owner" from "Owner", but "SLA" stays "SLA": a label read inside a sentence. */
function inSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * "owner: Daniel Kowalski → Samira Haddad" after a record's code; "Owner: …" at the start of a
 * line (`startsLine`, on the record's own page). A create or delete reads "owner: Daniel Kowalski".
 */
export function changeText(change: AuditFieldChange, action: ReadableAuditEntry['action'], startsLine = false): string {
  const label = startsLine ? change.label : inSentence(change.label);
  if (action === 'create') return `${label}: ${changeValue(change, 'after')}`;
  if (action === 'delete') return `${label}: ${changeValue(change, 'before')}`;
  return `${label}: ${changeValue(change, 'before')} → ${changeValue(change, 'after')}`;
}

/** How a line names the record: "RSK-042", else "Supplier Mailco", else "Risk #42". */
export function recordShortName(entry: ReadableAuditEntry): string {
  if (entry.recordCode) return entry.recordCode;
  if (entry.recordName) return `${entry.entityLabel} ${entry.recordName}`;
  return `${entry.entityLabel} #${entry.entityId}`;
}

/** The record's own page, for the kinds that have one (and only while it exists). */
export function recordPath(entry: Pick<ReadableAuditEntry, 'entity' | 'entityId' | 'recordExists'>): string | null {
  if (!entry.recordExists) return null;
  switch (entry.entity) {
    case 'risk':
      return `/risks/${entry.entityId}`;
    case 'service':
      return `/services/${entry.entityId}`;
    case 'sla':
      return `/slas/${entry.entityId}`;
    case 'supplier':
      return `/suppliers/${entry.entityId}`;
    case 'person':
      return `/settings/people?focus=${entry.entityId}`;
    default:
      return null;
  }
}

export const ACTION_VERB: Record<ReadableAuditEntry['action'], string> = { create: 'Created', update: 'Changed', delete: 'Deleted' };

/** The audit screen's filters as the address holds them: `#/settings/audit?person=3&kind=risk&record=42&from=…&to=…&q=…`. */
export interface AuditScreenFilters {
  personId: number | null;
  kind: string | null;
  /** With `kind`: one record's id. */
  recordId: string | null;
  /** Local days, inclusive. */
  from: string | null;
  to: string | null;
  text: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Read the filters from the address; anything unreadable is ignored rather than failing the screen. */
export function filtersFromParams(params: URLSearchParams): AuditScreenFilters {
  const person = Number(params.get('person'));
  const kind = params.get('kind');
  const record = params.get('record');
  const day = (name: string) => {
    const value = params.get(name);
    return value && DAY.test(value) ? value : null;
  };
  const knownKind = kind && (AUDIT_FILTER_KINDS as readonly string[]).includes(kind) ? kind : null;
  return {
    personId: Number.isInteger(person) && person > 0 ? person : null,
    kind: knownKind,
    recordId: knownKind && record && /^\d+$/.test(record) ? record : null,
    from: day('from'),
    to: day('to'),
    text: (params.get('q') ?? '').slice(0, 200),
  };
}

export function isFiltered(filters: AuditScreenFilters): boolean {
  return filters.personId !== null || filters.kind !== null || filters.from !== null || filters.to !== null || filters.text.trim() !== '';
}

/** The start of a local day as an ISO instant: a "1 Nov" filter means 1 Nov on the reader's clock. */
function startOfLocalDay(day: string, addDays = 0): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + addDays).toISOString();
}

/** The API filter for the screen's filters; a range given backwards is read the right way round. */
export function apiFilter(filters: AuditScreenFilters): AuditFilter {
  const [from, to] = filters.from && filters.to && filters.from > filters.to ? [filters.to, filters.from] : [filters.from, filters.to];
  return {
    ...(filters.personId !== null ? { actorId: filters.personId } : {}),
    ...(filters.kind ? { entity: filters.kind } : {}),
    ...(filters.kind && filters.recordId ? { entityId: filters.recordId } : {}),
    ...(from ? { since: startOfLocalDay(from) } : {}),
    ...(to ? { until: startOfLocalDay(to, 1) } : {}),
    ...(filters.text.trim() ? { text: filters.text.trim() } : {}),
  };
}
