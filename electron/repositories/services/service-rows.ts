import type { ServiceHours } from '../../../shared/domain/service-hours';
import { formatServiceHours, serviceHoursSchema } from '../../../shared/domain/service-hours';
import type { Lifecycle, ServiceKind, ServiceSummary } from '../../../shared/api/services-api';
import { parseJsonArray } from '../sql-helpers';

/** A services row joined with its owner's name and dependency counts. */
export interface ServiceRow {
  id: number;
  code: string;
  name: string;
  description: string;
  category: string | null;
  kind: ServiceKind;
  lifecycle: Lifecycle;
  owner_id: number | null;
  owner_name: string | null;
  customers_json: string;
  criticality: number;
  service_hours_json: string;
  support_contact: string | null;
  tags_json: string;
  last_review_date: string | null;
  next_review_date: string | null;
  depends_on_count: number;
  dependent_count: number;
  created_at: string;
  updated_at: string;
}

export const SERVICE_SELECT = `
  SELECT s.*, p.name AS owner_name,
         (SELECT count(*) FROM service_dependencies d WHERE d.service_id = s.id) AS depends_on_count,
         (SELECT count(*) FROM service_dependencies d WHERE d.depends_on_id = s.id) AS dependent_count
    FROM services s LEFT JOIN people p ON p.id = s.owner_id`;

/** Stored hours, falling back to 24×7 if the column was damaged (never fail a whole list on it). */
export function parseServiceHoursColumn(text: string): ServiceHours {
  try {
    const parsed = serviceHoursSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { mode: '24x7' };
  } catch {
    return { mode: '24x7' };
  }
}

export function toServiceSummary(row: ServiceRow): ServiceSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    category: row.category,
    kind: row.kind,
    lifecycle: row.lifecycle,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    criticality: row.criticality,
    customers: parseJsonArray(row.customers_json),
    tags: parseJsonArray(row.tags_json),
    serviceHoursText: formatServiceHours(parseServiceHoursColumn(row.service_hours_json)),
    supportContact: row.support_contact,
    lastReviewDate: row.last_review_date,
    nextReviewDate: row.next_review_date,
    dependsOnCount: row.depends_on_count,
    dependentCount: row.dependent_count,
    updatedAt: row.updated_at,
  };
}
