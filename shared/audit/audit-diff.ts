import type { AuditFieldChange } from '../api/audit-api';
import { formatServiceHours, serviceHoursSchema } from '../domain/service-hours';
import { AUDIT_ENTITIES, AUDIT_META_KEYS, auditFieldLabel, type AuditFieldKind } from './audit-fields';

/** Names for the ids a snapshot holds; the caller looks up only the ids the page needs. */
export interface AuditLookups {
  person: (id: number) => string | undefined;
  /** "SVC-001 Email". */
  service: (id: number) => string | undefined;
  supplier: (id: number) => string | undefined;
}

/** Keys whose text explains the change rather than being part of the record. */
const NOTE_KEYS = new Set(['reason', 'comment']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

const idName = (value: unknown, find: (id: number) => string | undefined, what: string) =>
  typeof value === 'number' ? (find(value) ?? `${what} #${value}`) : String(value);

/** A nested value (an acceptance, a target list) as one line: "Approved by Samira Haddad on 2026-11-02, until 2027-05-01". */
function compact(value: unknown, lookups: AuditLookups): string {
  if (Array.isArray(value)) return value.map((item) => compact(item, lookups)).join('; ');
  if (!isRecord(value)) return String(value);
  if ('approvedOn' in value) {
    const approver = typeof value.approverName === 'string' ? value.approverName : idName(value.approverId, lookups.person, 'person');
    const until = value.expiresOn ? `, until ${String(value.expiresOn)}` : '';
    const revoked = value.revokedOn ? `; revoked on ${String(value.revokedOn)}${value.revokeReason ? `: ${String(value.revokeReason)}` : ''}` : '';
    return `Approved by ${approver} on ${String(value.approvedOn)}${until}${revoked}`;
  }
  if (typeof value.code === 'string' && typeof value.name === 'string') return `${value.code} ${value.name}`;
  if (typeof value.at === 'string' && 'rationale' in value)
    return `Assessed on ${value.at.slice(0, 10)}${value.rationale ? `: ${String(value.rationale)}` : ''}`;
  if ('label' in value && 'target' in value) {
    const unit = typeof value.unit === 'string' && value.unit ? ` ${value.unit}` : '';
    const direction = value.direction === 'lower' ? '≤' : '≥';
    return `${String(value.label)} ${direction} ${String(value.target)}${unit}`;
  }
  return Object.entries(value)
    .filter(([, inner]) => !isEmpty(inner))
    .map(([key, inner]) => `${key}: ${typeof inner === 'object' ? JSON.stringify(inner) : String(inner)}`)
    .join(', ');
}

/** One stored value as a reader reads it; null when empty. Dates stay ISO for the reader's locale. */
export function describeAuditValue(entity: string, field: string, value: unknown, lookups: AuditLookups): string | null {
  if (isEmpty(value)) return null;
  const described = AUDIT_ENTITIES[entity];
  const kind: AuditFieldKind = described?.kinds?.[field] ?? 'text';
  const enumLabels = described?.values?.[field];
  if (enumLabels && typeof value === 'string') return enumLabels[value] ?? value;
  switch (kind) {
    case 'person':
      return idName(value, lookups.person, 'person');
    case 'service':
      return idName(value, lookups.service, 'service');
    case 'supplier':
      return idName(value, lookups.supplier, 'supplier');
    case 'tier':
      return `Tier ${String(value)}`;
    case 'boolean':
      return value ? 'Yes' : 'No';
    case 'serviceHours': {
      const parsed = serviceHoursSchema.safeParse(value);
      return parsed.success ? formatServiceHours(parsed.data) : compact(value, lookups);
    }
    default:
      if (typeof value === 'boolean') return value ? 'Yes' : 'No';
      // A list of records (targets, linked services) reads one per "; ", plain values one per ", ".
      if (Array.isArray(value)) return value.some(isRecord) ? value.map((item) => compact(item, lookups)).join('; ') : value.map(String).join(', ');
      return typeof value === 'object' ? compact(value, lookups) : String(value);
  }
}

const typeOf = (entity: string, field: string): AuditFieldChange['type'] => (AUDIT_ENTITIES[entity]?.kinds?.[field] === 'date' ? 'date' : 'text');

/** Fields in the order the entity's label map lists them (its form order); unknown fields after, as stored. */
function orderedKeys(entity: string, before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const known = Object.keys(AUDIT_ENTITIES[entity]?.labels ?? {});
  const present = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...new Set([...known.filter((key) => present.has(key)), ...present])].filter((key) => !AUDIT_META_KEYS.has(key) && !NOTE_KEYS.has(key));
}

/**
 * What a change did, field by field: for an update the fields whose values differ; for a create the
 * fields it was created with; for a delete the fields it had. Values are read with `lookups`.
 */
export function auditChanges(
  entity: string,
  action: 'create' | 'update' | 'delete',
  before: unknown,
  after: unknown,
  lookups: AuditLookups,
): AuditFieldChange[] {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  return orderedKeys(entity, from, to)
    .filter((key) =>
      action === 'update' ? JSON.stringify(from[key] ?? null) !== JSON.stringify(to[key] ?? null) : !isEmpty(action === 'create' ? to[key] : from[key]),
    )
    .map((field) => ({
      field,
      label: auditFieldLabel(entity, field),
      before: action === 'create' ? null : describeAuditValue(entity, field, from[field], lookups),
      after: action === 'delete' ? null : describeAuditValue(entity, field, to[field], lookups),
      type: typeOf(entity, field),
    }));
}

/** What the change says about itself: a bulk change, a reason, a comment. */
export function auditNote(after: unknown): string | null {
  if (!isRecord(after)) return null;
  const parts: string[] = [];
  if (after.bulk === true) parts.push('Bulk change');
  for (const key of NOTE_KEYS) if (typeof after[key] === 'string' && after[key]) parts.push(String(after[key]));
  return parts.length ? parts.join(' · ') : null;
}

/** The ids of people, services and suppliers a snapshot refers to, so a page looks them up in one query each. */
export function auditReferences(entity: string, values: unknown[]): { person: Set<number>; service: Set<number>; supplier: Set<number> } {
  const found = { person: new Set<number>(), service: new Set<number>(), supplier: new Set<number>() };
  const kinds = AUDIT_ENTITIES[entity]?.kinds ?? {};
  for (const value of values) {
    if (!isRecord(value)) continue;
    for (const [field, kind] of Object.entries(kinds)) {
      const id = value[field];
      if ((kind === 'person' || kind === 'service' || kind === 'supplier') && typeof id === 'number') found[kind].add(id);
    }
    const acceptance = value.acceptance;
    if (isRecord(acceptance) && typeof acceptance.approverId === 'number') found.person.add(acceptance.approverId);
  }
  return found;
}
