import type { ServiceHours } from '../../../shared/domain/service-hours';
import { formatServiceHours } from '../../../shared/domain/service-hours';
import type { ServiceSummary } from '../../../shared/api/services-api';
import { fromColumns } from '../../../shared/entity/field-descriptor';
import { serviceEntity, storedServiceHours } from '../../../shared/entity/service-entity';

/**
 * A services row joined with its owner's name and dependency counts. The declared fields' columns
 * are read through the service descriptor (`serviceFromRow`); only what the descriptor does not
 * declare is typed here.
 */
export interface ServiceRow extends Record<string, unknown> {
  id: number;
  code: string;
  name: string;
  owner_name: string | null;
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
  return storedServiceHours(text);
}

/** The declared fields of a service read from its row. */
export function serviceFromRow(row: ServiceRow) {
  return fromColumns(serviceEntity, row);
}

export function toServiceSummary(row: ServiceRow): ServiceSummary {
  const { description: _description, serviceHours, ...fields } = serviceFromRow(row);
  return {
    id: row.id,
    ...fields,
    ownerName: row.owner_name,
    serviceHoursText: formatServiceHours(serviceHours),
    dependsOnCount: row.depends_on_count,
    dependentCount: row.dependent_count,
    updatedAt: row.updated_at,
  };
}
