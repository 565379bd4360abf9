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
    summary: 'The audit trail, newest first: who changed what, when, with before and after.',
  }),
};
