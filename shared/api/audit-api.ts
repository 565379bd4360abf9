import { z } from 'zod';
import { defineMethod } from './define-method';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `beforeId` to fetch the next (older) page; null when there is none. */
  nextBeforeId: number | null;
}

export const auditApi = {
  'audit.list': defineMethod<AuditPage>()({
    input: z
      .object({
        entity: z.string().trim().max(60).optional(),
        entityId: z.string().trim().max(60).optional(),
        beforeId: z.number().int().positive().optional(),
        limit: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500').default(100),
      })
      .strict(),
    effect: 'read',
    domains: ['audit', 'people'],
    summary: 'The audit trail, newest first: who changed what, when, with before and after.',
  }),
};

/** One field of one change, ready to read: ids are names, enum values labels. */
export interface AuditFieldChange {
  field: string;
  /** "Owner", "Next review": from the entity's descriptor or its single label map (shared/audit). */
  label: string;
  /** The value as a reader reads it; null when empty. Dates stay YYYY-MM-DD (`type: 'date'`) for the reader's locale. */
  before: string | null;
  after: string | null;
  type: 'text' | 'date';
}

/** An audit entry resolved for an auditor: the record by code and name, the actor by name, a field-by-field diff. */
export interface ReadableAuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  action: AuditEntry['action'];
  entity: string;
  /** "Risk", "SLA". */
  entityLabel: string;
  entityId: string;
  /** "RSK-042" (risks, services, SLAs); null for records without a code. */
  recordCode: string | null;
  /** The record's title or name today, or as its last snapshot had it once deleted. */
  recordName: string | null;
  /** False once the record is deleted (no page to open). */
  recordExists: boolean;
  /** What changed (update), what it was created with (create) or what was deleted (delete), field by field. */
  changes: AuditFieldChange[];
  /** "Bulk change", a reason or a comment recorded with the change. */
  note: string | null;
  /** One sentence for entries better read whole: "Review completed: still valid, next 2027-03-01 by Samira Haddad". */
  summary: string | null;
  /** The stored snapshots, for an auditor who wants the raw record. */
  before: unknown;
  after: unknown;
}

export interface ReadableAuditPage {
  entries: ReadableAuditEntry[];
  /** Pass as `beforeId` for the next (older) page; null when there is none. */
  nextBeforeId: number | null;
}

const instant = z
  .string()
  .trim()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T/, 'must be an ISO instant like 2026-11-24T00:00:00Z');

/** The audit screen's filters; every one optional, all combined with AND. */
export const auditFilterSchema = z
  .object({
    /** The person who made the change. */
    actorId: z.number().int().positive('must be a person id').optional(),
    /** A kind of record: risk, service, sla, supplier, contract… */
    entity: z.string().trim().min(1).max(60).optional(),
    /** With `entity`: one record. */
    entityId: z.string().trim().min(1).max(60).optional(),
    /** Changes at or after this instant (the start of the reader's first day). */
    since: instant.optional(),
    /** Changes before this instant (the start of the day after the reader's last day). */
    until: instant.optional(),
    /** Words in the actor's name, the record's code, the recorded values or the names of people, services and suppliers they refer to. */
    text: z.string().trim().max(200, 'must be at most 200 characters').optional(),
    /** With `entity` and `entityId` of a risk, SLA, service or supplier: its reviews' entries too (a record's History). */
    withReviews: z.boolean().optional(),
  })
  .strict()
  .refine((filter) => filter.entityId === undefined || filter.entity !== undefined, { message: 'needs the kind of record too', path: ['entityId'] })
  .refine((filter) => !filter.since || !filter.until || filter.since < filter.until, { message: 'must be after the start of the range', path: ['until'] });

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditReadableApi = {
  'audit.search': defineMethod<ReadableAuditPage>()({
    input: z
      .object({
        filter: auditFilterSchema.default({}),
        beforeId: z.number().int().positive().optional(),
        limit: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500').default(100),
      })
      .strict(),
    effect: 'read',
    domains: ['audit', 'people'],
    summary: 'The audit trail for a reader, newest first and filtered: records by code, people by name, a field-by-field diff.',
  }),
  'audit.export': defineMethod<{ fileName: string; mimeType: string; contentBase64: string; rows: number }>()({
    input: z.object({ filter: auditFilterSchema.default({}) }).strict(),
    effect: 'read',
    domains: ['audit', 'people'],
    summary: 'The filtered audit trail as CSV, one line per changed field, formulas neutralised.',
  }),
};
